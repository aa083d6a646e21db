// The outlet of an article that carries no metadata, as the text itself names it.

import { findDateline } from './dateline';

/** Shown when neither metadata nor the text names the outlet. */
export const UNKNOWN_SOURCE = 'Источник не указан';

/** A site name such as Day.Az, El.kz, Tengrinews.kz after a cue: "в беседе с Day.Az", "ИА El.kz". */
const SITE_CUE = new RegExp(
  String.raw`(?:беседе с|интервью(?:\s+(?:ИА|агентству|изданию|порталу|сайту|корреспонденту))?|` +
    String.raw`ИА|агентству|агентства|изданию|издания|порталу|портала|сайту|сайта|сообщает|передает|передаёт|пишет|` +
    String.raw`told|according to|reported by|reports)\s+[«"“]?(?<site>\p{L}[\p{L}\d-]*\.\p{L}{2,4})(?![\p{L}\d])`,
  'u',
);
/** A quoted agency name: ИА «Казинформ», агентство "Тренд". */
const QUOTED_AGENCY =
  /(?:ИА|агентств[оау]|издани[еяю]|газет[аеуы]|портал[ау]?)\s+[«"“](?<site>[^»"”\n]{2,40})[»"”]/u;
/** A body that released the news: "сообщила пресс-служба МИД РК", "сообщили в МИД РК". */
const RELEASED_BY = new RegExp(
  String.raw`(?:сообщил[аи]?|сообщает|сообщается|информирует|передает|передаёт)\s+(?:(?:в|во)\s+)?` +
    String.raw`(?<press>пресс-служб[аеыу]\s+)?(?<body>\p{Lu}[\p{L}\d-]*(?:\s+(?:\p{Lu}[\p{L}\d-]*))*)`,
  'u',
);

/** The outlet as the text cites it, or null when it names none. */
export function detectSource(paragraphs: readonly string[]): string | null {
  const outlet = paragraphs.length > 0 ? findDateline(paragraphs[0])?.outlet : null;
  if (outlet) return outlet;
  const text = paragraphs.join('\n');
  const site = SITE_CUE.exec(text)?.groups?.site ?? QUOTED_AGENCY.exec(text)?.groups?.site;
  if (site) return site.trim();
  const released = RELEASED_BY.exec(text)?.groups;
  if (released) return released.press ? `Пресс-служба ${released.body}` : released.body;
  return null;
}
