// Lines a scraper copies from around the article: section names, share buttons, photo credits,
// subscription calls, and the "date time views" strip of news sites.

import { lineKey } from './clean-text';

/** Whole lines that are navigation or share widgets (compared by `lineKey`). */
const CHROME_LINES = new Set(
  [
    'лента новостей',
    'новости',
    'главное',
    'все новости',
    'читайте также',
    'читать также',
    'читайте еще',
    'рассказать друзьям',
    'поделиться',
    'поделитесь',
    'поделиться в соцсетях',
    'комментарии',
    'реклама',
    'подписаться',
    'подпишитесь',
    'версия для печати',
    'распечатать',
    'нашли ошибку',
    'показать еще',
    'telegram',
    'whatsapp',
    'viber',
    'vk',
    'вконтакте',
    'facebook',
    'twitter',
    'x',
    'instagram',
    'youtube',
    'одноклассники',
    'ok',
    'tiktok',
    'дзен',
    'яндекс дзен',
    'email',
    'e-mail',
    'копировать ссылку',
    'share',
    'share this',
    'share this article',
    'read more',
    'related',
    'advertisement',
    'comments',
    'subscribe',
    'print',
    'copy link',
    'most read',
    'latest news',
    'news feed',
  ].map(lineKey),
);

/** Lines that open with a credit or a call to act, whatever follows. */
const CHROME_PREFIXES: RegExp[] = [
  /^(фото|фотография|photo|image|источник фото|видео|video|иллюстрация|коллаж|скриншот)\s*(:|©|—|-)/iu,
  /^(©|\(c\)|все права защищены|all rights reserved)/iu,
  /^(подпишитесь|подписывайтесь|подпишись|следите за нами|читайте нас|присоединяйтесь к нам)(?![\p{L}\d])/iu,
  /^(subscribe to|follow us|sign up for|read more:|read also:|see also:)/iu,
  /^(читайте также|читайте еще|читайте по теме|по теме|смотрите также)\s*:/iu,
  /^(теги|метки|tags|рубрика)\s*:/iu,
];

/** A strip of date, time and view counter: "16.05.2024 19:19 1734". */
const DATE_STRIP = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:,?\s+\d{1,2}:\d{2})?(?:\s+\d+)?$/;
const DATE_INSIDE = /(?:^|\s)(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+\d{1,2}:\d{2})?(?:\s+\d+)?\s*$/;

export interface ChromeVerdict {
  chrome: boolean;
  /** ISO date carried by the line ("Фото: … 16.05.2024 19:19 1734"), if any. */
  date: string | null;
}

function isoDate(day: string, month: string, year: string): string | null {
  const d = Number(day);
  const m = Number(month);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A rule or ornament: "---", "* * *", "===". */
const SEPARATOR = /^[\p{P}\p{S}\s]+$/u;

export function classifyLine(line: string): ChromeVerdict {
  if (SEPARATOR.test(line)) return { chrome: true, date: null };
  const strip = DATE_STRIP.exec(line);
  if (strip) return { chrome: true, date: isoDate(strip[1], strip[2], strip[3]) };
  const isChrome = CHROME_LINES.has(lineKey(line)) || CHROME_PREFIXES.some((re) => re.test(line));
  if (!isChrome) return { chrome: false, date: null };
  const inside = DATE_INSIDE.exec(line);
  return { chrome: true, date: inside ? isoDate(inside[1], inside[2], inside[3]) : null };
}
