// Generated libraries for the scale bench and the scale property test: `count` entities with distinct,
// realistic names in Russian and English and all the forms a page writes them in (people with first name
// and surname in every case, towns in every case, companies), deterministic for a seed.
import type { Entity, EntityType, NameForm } from '../lib/model';
import { random } from './generate-page';

/** Syllables of surnames and place names, Cyrillic with their romanisation. */
const SYLLABLES: [string, string][] = [
  ['ба', 'ba'],
  ['бе', 'be'],
  ['бо', 'bo'],
  ['ва', 'va'],
  ['ве', 've'],
  ['га', 'ga'],
  ['го', 'go'],
  ['да', 'da'],
  ['до', 'do'],
  ['жа', 'zha'],
  ['за', 'za'],
  ['зу', 'zu'],
  ['ка', 'ka'],
  ['ке', 'ke'],
  ['ко', 'ko'],
  ['ку', 'ku'],
  ['ла', 'la'],
  ['ле', 'le'],
  ['ло', 'lo'],
  ['ма', 'ma'],
  ['ме', 'me'],
  ['му', 'mu'],
  ['на', 'na'],
  ['не', 'ne'],
  ['но', 'no'],
  ['ну', 'nu'],
  ['па', 'pa'],
  ['ра', 'ra'],
  ['ре', 're'],
  ['ро', 'ro'],
  ['ру', 'ru'],
  ['са', 'sa'],
  ['се', 'se'],
  ['со', 'so'],
  ['та', 'ta'],
  ['те', 'te'],
  ['то', 'to'],
  ['ту', 'tu'],
  ['ха', 'kha'],
  ['ша', 'sha'],
  ['ар', 'ar'],
  ['ан', 'an'],
  ['ал', 'al'],
  ['ер', 'er'],
  ['ил', 'il'],
  ['ур', 'ur'],
  ['ам', 'am'],
  ['бар', 'bar'],
  ['кан', 'kan'],
  ['мир', 'mir'],
  ['дар', 'dar'],
  ['сай', 'sai'],
  ['тай', 'tai'],
  ['бек', 'bek'],
  ['жан', 'zhan'],
  ['мур', 'mur'],
  ['нур', 'nur'],
  ['рах', 'rakh'],
  ['сул', 'sul'],
  ['тим', 'tim'],
];

/** Masculine first names ending in a consonant (they decline as Руслан, Руслана, Руслану…). */
const FIRST_NAMES: [string, string][] = [
  ['Руслан', 'Ruslan'],
  ['Арман', 'Arman'],
  ['Тимур', 'Timur'],
  ['Ержан', 'Yerzhan'],
  ['Данияр', 'Daniyar'],
  ['Марат', 'Marat'],
  ['Нурлан', 'Nurlan'],
  ['Азамат', 'Azamat'],
  ['Серик', 'Serik'],
  ['Ильдар', 'Ildar'],
  ['Кайрат', 'Kairat'],
  ['Олжас', 'Olzhas'],
  ['Самат', 'Samat'],
  ['Рустам', 'Rustam'],
  ['Эльдар', 'Eldar'],
  ['Фарид', 'Farid'],
  ['Вагиф', 'Vagif'],
  ['Рашид', 'Rashid'],
  ['Анар', 'Anar'],
  ['Эльнур', 'Elnur'],
  ['Мурат', 'Murat'],
  ['Давид', 'David'],
  ['Артур', 'Artur'],
  ['Роман', 'Roman'],
  ['Олег', 'Oleg'],
  ['Бахыт', 'Bakhyt'],
  ['Асхат', 'Askhat'],
  ['Жандос', 'Zhandos'],
  ['Ислам', 'Islam'],
  ['Максат', 'Maksat'],
];

const SURNAME_ENDINGS: { ru: string[]; en: string }[] = [
  // nominative, genitive (= accusative), dative, instrumental, prepositional
  { ru: ['ов', 'ова', 'ову', 'овым', 'ове'], en: 'ov' },
  { ru: ['ев', 'ева', 'еву', 'евым', 'еве'], en: 'yev' },
  { ru: ['ин', 'ина', 'ину', 'иным', 'ине'], en: 'in' },
  { ru: ['ский', 'ского', 'скому', 'ским', 'ском'], en: 'sky' },
];
const FIRST_NAME_ENDINGS = ['', 'а', 'у', 'ом', 'е'];
const PLACE_ENDINGS = { ru: ['ск', 'ска', 'ску', 'ском', 'ске'], en: 'sk' };
const COMPANY_ENDINGS = { ru: ['транс', 'транса', 'трансу', 'трансом', 'трансе'], en: 'trans' };

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * `count` generated entities (ids `gen-<n>`), no two sharing a surname, a town or a company name, and
 * none sharing a form with `taken` (lower-cased forms of the entities they join).
 */
export function generateEntities(count: number, seed = 15, taken: Set<string> = new Set()): Entity[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const used = new Set(taken);
  const out: Entity[] = [];
  const root = (): [string, string] => {
    const n = 2 + Math.floor(rnd() * 2);
    let ru = '';
    let en = '';
    for (let k = 0; k < n; k++) {
      const [r, e] = pick(SYLLABLES);
      ru += r;
      en += e;
    }
    return [ru, en];
  };
  while (out.length < count) {
    const [ruRoot, enRoot] = root();
    const r = rnd();
    const type: EntityType = r < 0.6 ? 'person' : r < 0.8 ? 'place' : 'organization';
    const forms: NameForm[] = [];
    let nameEn: string;
    let nameRu: string;
    if (type === 'person') {
      let ending = pick(SURNAME_ENDINGS);
      // After a vowel, -ов and -ин read as -ев does (Лованаев, not Лованаов).
      if (/[аеиоуы]$/.test(ruRoot) && ending.en !== 'sky') ending = SURNAME_ENDINGS[1];
      const [firstRu, firstEn] = pick(FIRST_NAMES);
      const surnamesRu = ending.ru.map((e) => capitalise(ruRoot + e));
      const surnameEn = capitalise(enRoot + ending.en);
      if ([...surnamesRu, surnameEn].some((s) => used.has(s.toLowerCase()))) continue;
      nameEn = `${firstEn} ${surnameEn}`;
      nameRu = `${firstRu} ${surnamesRu[0]}`;
      forms.push(
        { text: nameEn, kind: 'full', lang: 'en' },
        { text: surnameEn, kind: 'surname', lang: 'en' },
      );
      surnamesRu.forEach((surname, k) => {
        forms.push({ text: `${firstRu}${FIRST_NAME_ENDINGS[k]} ${surname}`, kind: 'full', lang: 'ru' });
        forms.push({ text: surname, kind: 'surname', lang: 'ru' });
      });
    } else {
      const endings = type === 'place' ? PLACE_ENDINGS : COMPANY_ENDINGS;
      const ru = endings.ru.map((e) => capitalise(ruRoot + e));
      const en = capitalise(enRoot + endings.en);
      if ([...ru, en].some((s) => used.has(s.toLowerCase()))) continue;
      nameEn = en;
      nameRu = ru[0];
      forms.push({ text: en, kind: 'full', lang: 'en' });
      for (const form of ru) forms.push({ text: form, kind: 'full', lang: 'ru' });
    }
    for (const f of forms) if (f.kind !== 'full' || !f.text.includes(' ')) used.add(f.text.toLowerCase());
    out.push({
      id: `gen-${out.length}`,
      type,
      name: { en: nameEn, ru: nameRu },
      description: { en: '', ru: '' },
      forms,
      links: [],
      origin: 'user',
    });
  }
  return out;
}
