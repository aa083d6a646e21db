// A deterministic long news page (about 1 MB of text): English and Russian paragraphs of ordinary
// reporting with a sprinkling of the corpus's names, in sections, lists, links and tables as real pages have.

/** mulberry32: small, fast, and the same sequence on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN_NAMES = [
  'Kassym-Jomart Tokayev',
  'Tokayev',
  'Ilham Aliyev',
  'Aliyev',
  'the Organization of Turkic States',
  'the OTS',
  'CICA',
  'the Middle Corridor',
  'Astana',
  'Baku',
  'the OSCE',
  'the SCO',
  'Kazakhstan',
  'Azerbaijan',
];
const RU_NAMES = [
  'Касым-Жомарт Токаев',
  'Токаева',
  'Ильхам Алиев',
  'Алиева',
  'Организации тюркских государств',
  'ОТГ',
  'СВМДА',
  'Среднего коридора',
  'Астане',
  'Баку',
  'ОБСЕ',
  'ШОС',
  'Казахстана',
  'Азербайджана',
];

const EN_SUBJECTS = [
  'The ministry',
  'Officials',
  'A spokesperson for the port authority',
  'Analysts in the region',
  'The delegation',
  'Local businesses',
  'The central bank',
  'Freight operators',
  'Several economists',
  'The city council',
  'Farmers in the north',
  'Researchers at the university',
  'The committee',
  'Investors',
];
const EN_VERBS = [
  'said on Tuesday that',
  'warned that',
  'expect that',
  'noted in a statement that',
  'argued that',
  'told reporters that',
  'confirmed that',
  'estimated that',
  'have long complained that',
  'suggested that',
];
const EN_CLAUSES = [
  'rail traffic across the steppe had doubled over the past two years',
  'the new terminal would open before the winter storms close the sea lanes',
  'grain exports were likely to recover once the harvest is brought in',
  'the cost of shipping a container to Europe had fallen for the third month in a row',
  'a shortage of drivers was slowing deliveries to the border crossings',
  'the agreement on customs procedures would be signed within weeks',
  'inflation had eased but remained above the target for the year',
  'the talks covered energy, transport and the exchange of students',
  'water levels in the reservoirs were lower than at any time in a decade',
  'the road to the port would be widened and resurfaced next summer',
  'more than forty companies had applied to take part in the tender',
  'the forum would gather ministers, diplomats and business leaders',
];
const RU_SENTENCES = [
  'Министерство сообщило, что грузооборот через порт за год вырос почти на треть.',
  'Эксперты отмечают, что стоимость перевозки контейнера в Европу снижается третий месяц подряд.',
  'По словам аналитиков, урожай зерна в этом году может оказаться выше прошлогоднего.',
  'Участники встречи обсудили вопросы энергетики, транспорта и образования.',
  'Власти города объявили о реконструкции дороги, ведущей к новому терминалу.',
  'В тендере на строительство логистического центра приняли участие более сорока компаний.',
  'Инфляция замедлилась, однако по-прежнему остаётся выше целевого уровня.',
  'Стороны договорились упростить таможенные процедуры на границе.',
  'Фермеры жалуются на нехватку воды и рост цен на удобрения.',
  'Форум соберёт министров, дипломатов и представителей делового сообщества.',
];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function englishSentence(rnd: () => number): string {
  const r = rnd();
  if (r < 0.25) return `${capitalise(pick(rnd, EN_NAMES))} ${pick(rnd, EN_VERBS)} ${pick(rnd, EN_CLAUSES)}.`;
  if (r < 0.4) {
    return `${pick(rnd, EN_SUBJECTS)} ${pick(rnd, EN_VERBS)} ${pick(rnd, EN_CLAUSES)}, according to ${pick(rnd, EN_NAMES)}.`;
  }
  return `${pick(rnd, EN_SUBJECTS)} ${pick(rnd, EN_VERBS)} ${pick(rnd, EN_CLAUSES)}.`;
}

function russianSentence(rnd: () => number): string {
  const r = rnd();
  if (r < 0.3) return `${pick(rnd, RU_SENTENCES).slice(0, -1)}, заявил представитель ${pick(rnd, RU_NAMES)}.`;
  return pick(rnd, RU_SENTENCES);
}

function paragraph(rnd: () => number, russian: boolean): string {
  const count = 3 + Math.floor(rnd() * 5);
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) sentences.push(russian ? russianSentence(rnd) : englishSentence(rnd));
  // Now and then a link around a sentence's first words, as news sites do.
  if (rnd() < 0.2) sentences[0] = `<a href="/story/${Math.floor(rnd() * 1e6)}">${sentences[0]}</a>`;
  return `<p>${sentences.join(' ')}</p>`;
}

/** An HTML page whose body holds at least `targetChars` characters of text. */
export function generateLongPage(targetChars = 1_000_000, seed = 20251207): string {
  const rnd = random(seed);
  const parts: string[] = [];
  let size = 0;
  let section = 0;
  while (size < targetChars) {
    section++;
    const russian = section % 3 === 0;
    const block: string[] = [`<section><h2>${russian ? 'Раздел' : 'Section'} ${section}</h2>`];
    const paragraphs = 4 + Math.floor(rnd() * 6);
    for (let i = 0; i < paragraphs; i++) block.push(paragraph(rnd, russian && rnd() < 0.8));
    if (rnd() < 0.3) {
      block.push(`<ul>${[0, 1, 2].map(() => `<li>${englishSentence(rnd)}</li>`).join('')}</ul>`);
    }
    if (rnd() < 0.15) {
      const rows = [0, 1, 2, 3].map(
        (i) =>
          `<tr><td>${2021 + i}</td><td>${Math.floor(rnd() * 9000)} t</td><td>${pick(rnd, EN_NAMES)}</td></tr>`,
      );
      block.push(`<table><tr><th>Year</th><th>Freight</th><th>Note</th></tr>${rows.join('')}</table>`);
    }
    block.push('</section>');
    const html = block.join('\n');
    size += html.replace(/<[^>]+>/g, '').length;
    parts.push(html);
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Caspian freight: a year of reporting</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:48rem;margin:2rem auto}</style></head>
<body><main><article><h1>Caspian freight: a year of reporting</h1>
${parts.join('\n')}
</article></main></body></html>`;
}
