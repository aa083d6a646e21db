// Every case form of a person's name, by gender, with petrovich (through RussianMorphology).
import { CASES, type Gender, type RussianMorphology } from './morphology';

export interface PersonName {
  first?: string;
  middle?: string;
  last: string;
  gender: Gender;
}

export interface PersonForms {
  /** First (+ middle) + last name, and initials + last name, in every case. */
  full: string[];
  /** The surname alone in every case. */
  surname: string[];
  /** First name + patronymic ("Ассоль Ербулатовна"), the polite form without the surname. */
  firstMiddle: string[];
}

export function declinePersonName(person: PersonName, morph: RussianMorphology): PersonForms {
  const full = new Set<string>();
  const surname = new Set<string>();
  const firstMiddle = new Set<string>();
  for (const grammaticalCase of CASES) {
    const last = morph.declineName('last', person.last, person.gender, grammaticalCase);
    surname.add(last);
    const firsts = person.first ? declineFirst(person.first, person.gender, grammaticalCase, morph) : [];
    const middle = person.middle
      ? morph.declineName('middle', person.middle, person.gender, grammaticalCase)
      : null;
    for (const first of firsts) {
      full.add(`${first} ${last}`);
      if (middle) {
        full.add(`${first} ${middle} ${last}`);
        firstMiddle.add(`${first} ${middle}`);
      }
    }
    if (person.first) for (const initials of initialsOf(person.first)) full.add(`${initials} ${last}`);
  }
  return { full: [...full], surname: [...surname], firstMiddle: [...firstMiddle] };
}

/**
 * A hyphenated first name declines in full by the rules (Касыма-Жомарта), but the press often declines
 * only its last part (Касым-Жомарта): a page may contain either.
 */
function declineFirst(
  first: string,
  gender: Gender,
  grammaticalCase: (typeof CASES)[number],
  morph: RussianMorphology,
): string[] {
  const whole = morph.declineName('first', first, gender, grammaticalCase);
  const parts = first.split('-');
  if (parts.length < 2) return [whole];
  const lastPart = morph.declineName('first', parts[parts.length - 1], gender, grammaticalCase);
  return [whole, [...parts.slice(0, -1), lastPart].join('-')];
}

/** "К." and, for a hyphenated name, "К.-Ж.". */
function initialsOf(first: string): string[] {
  const parts = first.split('-');
  const initials = [`${parts[0].charAt(0)}.`];
  if (parts.length > 1) initials.push(parts.map((p) => `${p.charAt(0)}.`).join('-'));
  return initials;
}
