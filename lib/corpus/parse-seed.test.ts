import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusParseError, UNKNOWN_SOURCE, parseArticleText, parseSeedFile } from './parse-seed';

const SEED_DIR = resolve(import.meta.dirname, '../../seeds');
const seedFiles = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const seeds = new Map(
  seedFiles.map((f) => [f.slice(0, 3), parseSeedFile(f, readFileSync(resolve(SEED_DIR, f), 'utf8'))]),
);
const seed = (prefix: string) => seeds.get(prefix)!;

/** Page furniture that must never be quoted as article text. */
const CHROME = [
  /^Лента новостей$/,
  /^Фото:/,
  /^Рассказать друзьям$/,
  /^Поделитесь/,
  /^Telegram$/,
  /Подпишитесь на наш/,
  /(^|\s)date \d{4}-/,
];

describe('parseSeedFile on the real seeds', () => {
  it('gives each file an id from its numeric prefix', () => {
    expect([...seeds.values()].map((a) => a.id)).toEqual(seedFiles.map((f) => `seed-${f.slice(0, 3)}`));
    for (const a of seeds.values()) expect(a.origin).toBe('seed');
  });

  it('takes the headline from a first line glued to the date marker', () => {
    expect(seed('000').title).toBe(
      'Совет мира расширяет роль Азербайджана и Казахстана в международной безопасности',
    );
    expect(seed('000').date).toBe('2026-01-30');
  });

  it('takes the headline that follows section chrome, and drops its duplicates from the body', () => {
    const a = seed('002');
    expect(a.title).toMatch(/^Эксперт: Инициатива К\. Токаева - важный шаг/);
    expect(a.paragraphs.filter((p) => p.startsWith('Эксперт: Инициатива'))).toEqual([]);
  });

  it('takes the date from a "photo credit, date, time, views" strip when there is no marker', () => {
    expect(seed('002').date).toBe('2024-05-16');
  });

  it('derives a short title from the first sentence, without dateline, when the page had none', () => {
    const vienna = seed('003');
    expect(vienna.title).toMatch(/^Министр иностранных дел Республики Казахстан Ермек Кошербаев/);
    expect(vienna.title).not.toMatch(/Вена|KAZAKHSTAN/);
    expect(vienna.title.length).toBeLessThanOrEqual(111);
    const baku = seed('004');
    expect(baku.title).toMatch(/^В преддверии Дня независимости/);
    expect(baku.title).not.toMatch(/сообщили/);
    expect(baku.date).toBe('2025-12-18');
  });

  it('finds the outlet in the text', () => {
    expect(seed('000').source).toBe('Day.Az');
    expect(seed('001').source).toBe('Day.Az');
    expect(seed('002').source).toBe('El.kz');
    expect(seed('003').source).toBe('Kazakhstan Today');
    expect(seed('004').source).toBe('МИД РК');
  });

  it('takes the byline on the last line as the author, not as a paragraph', () => {
    expect(seed('000').author).toBe('Али Гасымов');
    expect(seed('001').author).toBe('Али Гасымов');
    expect(seed('003').author).toBeNull();
    for (const a of seeds.values()) expect(a.paragraphs.at(-1)).not.toBe('Али Гасымов');
  });

  it('leaves no page chrome, blank or padded paragraph', () => {
    for (const a of seeds.values()) {
      expect(a.paragraphs.length).toBeGreaterThan(5);
      for (const p of a.paragraphs) {
        expect(p).toBe(p.trim());
        expect(p).not.toBe('');
        for (const re of CHROME) expect(p).not.toMatch(re);
      }
    }
  });

  it('keeps the article text intact', () => {
    expect(seed('003').paragraphs[0]).toMatch(/^Вена\. 5 декабря\. KAZAKHSTAN TODAY - Министр/);
    expect(seed('002').paragraphs.at(-1)).toMatch(/заключила Мирманова\.$/);
    for (const a of seeds.values()) expect(a.lang).toBe('ru');
  });
});

describe('parseSeedFile on malformed input', () => {
  it('refuses an empty or blank file, naming it', () => {
    expect(() => parseSeedFile('007_empty.txt', '')).toThrow(CorpusParseError);
    expect(() => parseSeedFile('007_empty.txt', ' \n\n \t\n')).toThrow(/007_empty\.txt: .*empty/);
  });

  it('refuses binary bytes', () => {
    const bytes = new Uint8Array(512).map((_, i) => (i * 37) % 256);
    const asText = new TextDecoder('utf-8').decode(bytes);
    expect(() => parseSeedFile('008_image.txt', asText)).toThrow(/008_image\.txt: .*binary/);
  });

  it('refuses a file holding only page chrome', () => {
    const text =
      'Лента новостей\n\nФото: Пресс-служба\n\nПоделитесь:\nTelegram\nПодпишитесь на наш Telegram-канал!';
    expect(() => parseSeedFile('009_chrome.txt', text)).toThrow(/009_chrome\.txt: no article text/);
  });

  it('reads NBSP, soft hyphens and typographic quotes as plain text', () => {
    const text =
      'Казах\u00ADстан и Азербай\u00ADджан подписали соглашение\n\n' +
      'Президент\u00A0Касым-Жомарт\u00A0Токаев   назвал «Средний коридор» приоритетом. “Это важно”, – сказал он.\n\n' +
      'Стороны обсудили сотрудничество.';
    const a = parseSeedFile('010_odd.txt', text);
    expect(a.title).toBe('Казахстан и Азербайджан подписали соглашение');
    expect(a.paragraphs[0]).toBe(
      'Президент Касым-Жомарт Токаев назвал «Средний коридор» приоритетом. “Это важно”, – сказал он.',
    );
    expect(a.source).toBe(UNKNOWN_SOURCE);
    expect(a.date).toBeNull();
  });

  it("drops the previous article's byline glued before the date marker", () => {
    const a = parseSeedFile(
      '013_glued.txt',
      'Али Гасымов date 2026-01-31 Новый заголовок статьи\n\nТекст статьи о встрече.\n\nЕщё один абзац.',
    );
    expect(a).toMatchObject({ title: 'Новый заголовок статьи', date: '2026-01-31', author: null });
    expect(a.paragraphs).toEqual(['Текст статьи о встрече.', 'Ещё один абзац.']);
  });

  it('drops separator lines and reads a title header', () => {
    const a = parseSeedFile(
      '012_header.txt',
      'title: Встреча в Баку\n\n---\n\nПервый абзац.\n\n* * *\n\nВторой абзац.',
    );
    expect(a.title).toBe('Встреча в Баку');
    expect(a.paragraphs).toEqual(['Первый абзац.', 'Второй абзац.']);
  });

  it('joins a hard-wrapped paragraph and handles Windows line breaks', () => {
    const text = 'Заголовок статьи\r\n\r\nПервая строка абзаца\r\nпродолжается здесь.\r\n\r\nВторой абзац.';
    expect(parseSeedFile('011_crlf.txt', text).paragraphs).toEqual([
      'Первая строка абзаца продолжается здесь.',
      'Второй абзац.',
    ]);
  });
});

describe('parseArticleText', () => {
  it('parses a pasted English article with the same cleaning and a stable user id', () => {
    const text =
      'ASTANA — Kazakh President Kassym-Jomart Tokayev met Ilham Aliyev on Monday.\n\nShare this article\n\nThe leaders discussed the Middle Corridor.';
    const a = parseArticleText(text, { url: 'https://example.com/news/1' });
    expect(a.id).toMatch(/^user-[0-9a-f]{8}$/);
    expect(parseArticleText(text, {}).id).toBe(a.id);
    expect(a.origin).toBe('user');
    expect(a.lang).toBe('en');
    expect(a.url).toBe('https://example.com/news/1');
    expect(a.paragraphs).toHaveLength(2);
    expect(a.title).toMatch(/^Kazakh President Kassym-Jomart Tokayev met Ilham Aliyev/);
  });

  it('keeps the metadata it is given', () => {
    const a = parseArticleText('Текст статьи о Казахстане.', {
      title: 'Мой заголовок',
      source: 'Tengrinews.kz',
      date: '2025-01-02',
    });
    expect(a).toMatchObject({
      title: 'Мой заголовок',
      source: 'Tengrinews.kz',
      date: '2025-01-02',
      paragraphs: ['Текст статьи о Казахстане.'],
    });
  });

  it('refuses an article in a language it cannot read', () => {
    const french =
      'Les députés ont, sans surprise, adopté à une large majorité le projet de loi sur le renseignement défendu par le gouvernement. Il sera désormais examiné par le Sénat, puis le Conseil constitutionnel.';
    expect(() => parseArticleText(french, {})).toThrow(/reads as French, not Russian or English/);
    const kazakh =
      'Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев Әзербайжан Президенті Ильхам Әлиевпен кездесті. Тараптар екіжақты ынтымақтастық мәселелерін талқылады.';
    expect(() => parseArticleText(kazakh, {})).toThrow(/reads as Kazakh/);
    try {
      parseArticleText(kazakh, {});
    } catch (error) {
      expect(error).toBeInstanceOf(CorpusParseError);
      expect((error as CorpusParseError).language).toBe('kaz');
    }
  });

  it('keeps an article in another language for names only when asked to', () => {
    const kazakh =
      'Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев Әзербайжан Президенті Ильхам Әлиевпен кездесті. Тараптар екіжақты ынтымақтастық мәселелерін талқылады.';
    const a = parseArticleText(kazakh, {}, 'names-only');
    expect(a).toMatchObject({ namesOnly: true, language: 'kaz', lang: 'ru' });
    // The reader may also say which of the two languages it is in.
    expect(parseArticleText(kazakh, {}, 'ru')).toMatchObject({ lang: 'ru', language: 'kaz' });
    expect(parseArticleText(kazakh, {}, 'ru').namesOnly).toBeUndefined();
  });

  it('names the input in its error', () => {
    expect(() => parseArticleText('', { url: 'https://example.com/a' })).toThrow(
      /https:\/\/example\.com\/a: /,
    );
  });
});
