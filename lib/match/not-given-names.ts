// Capitalised words that often stand right before a surname without being a first name: titles,
// sentence-initial function words, demonyms. A capitalised word before a bare surname that is none of
// these (and not the entity's own first name) is taken as another person's first name ("Mehriban Aliyeva").

const FUNCTION_WORDS = `a an the and but or nor so yet if then when while as after before since until because though
although also now here there today yesterday tomorrow meanwhile however moreover still even only just
in on at by for with from to of into over under about against between among during without
said says say told asks asked according did does do will would can could should may might must is was are
were has had have be been being it its he she they we you i his her their our your my this that these those
what why how where who whom whose which whether dear hello hi thanks thank
azerbaijani azerbaijan kazakh kazakhstani kazakhstan russian russia turkish turkey turkic uzbek kyrgyz tajik
turkmen chinese american european iranian georgian armenian ukrainian belarusian mongolian pakistani indian
afghan british french german italian israeli palestinian arab
photo video watch read see more news live update breaking exclusive opinion analysis interview comment
и а но или да в во с со по на к ко у о об обо от до за из изо для при про без над под через как когда также
тоже тогда сегодня вчера завтра однако ранее затем после перед между он она они оно мы вы я его ее их это этот
эта эти то что чем где кто ни не даже именно лично сам сама сами уважаемый уважаемая фото видео господин
госпожа г-н г-жа экс вице жена жены жене жену женой муж мужа мужу сын сына сыну сыном дочь дочери брат брата
сестра сестры отец отца мать матери кроме помимо позже позднее потом сначала сперва теперь сейчас уже ещё еще
лишь только впрочем кстати например поэтому поскольку возможно конечно наконец вместе одновременно против
вокруг ради благодаря согласно несмотря пока зато хотя если чтобы словно будто вот вон ведь разве неужели
по-прежнему по-видимому по-моему`;

/** Titles and roles that stand before a name ("President", "Mrs", "Sheikh"). */
const EN_TITLES = `president presidents vice prime minister ministers premier chancellor mr mrs ms miss mx dr prof professor
sir dame lord lady madam madame mister monsieur king queen prince princess sheikh sheik emir sultan shah
chairman chairwoman chair chairperson secretary general gen col colonel major captain commander speaker
senator sen rep representative governor gov mayor ambassador envoy director head leader leaders deputy
foreign defence defense interior finance economy spokesman spokeswoman spokesperson adviser advisor aide
counterpart official officials analyst expert political former late incumbent acting elder senior junior
new old both all several many some first lady`;

/** Stems of Russian titles and roles; a word is one of them when it is the stem plus at most 3 letters. */
const RU_STEMS = `президент премьер министр глав лидер председател спикер посол посл генерал советник помощник
секретар губернатор депутат сенатор корол принц шейх эмир султан канцлер эксперт политолог аналитик
журналист директор руководител представител коллег супруг судья судь прокурор адвокат следовател тренер
игрок защитник нападающ капитан вратар мэр академик профессор доктор писател режисс актер актёр актрис певец
певиц художник бизнесмен предпринимател миллиардер основател командир полковник космонавт астронавт
архиепископ митрополит патриарх епископ`;

const WORDS = new Set(FUNCTION_WORDS.split(/\s+/).filter(Boolean));
const TITLES = new Set(EN_TITLES.split(/\s+/).filter(Boolean));
const STEMS = RU_STEMS.split(/\s+/).filter(Boolean);
const RU_ADJECTIVE_RE = /(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ие|их|ими)$/;

/** `key` is a normalised word (lower case). */
export function isNotGivenName(key: string): boolean {
  return WORDS.has(key) || RU_ADJECTIVE_RE.test(key) || isTitle(key);
}

/** A title or role: "president", "mrs", "президента", "министр". */
export function isTitle(key: string): boolean {
  if (TITLES.has(key)) return true;
  for (const stem of STEMS) {
    if (key.startsWith(stem) && key.length - stem.length <= 3) return true;
  }
  return false;
}
