// Every surface form of an entity: the declined Russian names, the English names and spellings, acronyms.
import { isSiteAddress } from '../validate/forms';
import type { FormKind, Lang, NameForm } from '../model';
import type { GazetteerEntry } from '../knowledge/gazetteer';
import { declinePersonName, type PersonName } from '../morph/decline-person';
import { declinePhrase } from '../morph/decline-phrase';
import type { RussianMorphology } from '../morph/morphology';
import { romanize } from '../morph/romanize';
import { otherRomanizations } from '../morph/romanize-systems';
import { usualSpelling } from '../morph/usual-spelling';

const CYRILLIC = /[\u0400-\u04FF]/;
/** Quotes inside a name («Атлас», "Южный Кавказ"): a page may leave them out. */
const INNER_QUOTES = /[«»"“”„]/g;

/** Stronger kinds win when one text is listed twice: a full name is never demoted to a bare surname. */
const KIND_RANK: Record<FormKind, number> = { full: 3, acronym: 2, short: 1, surname: 0 };

function langOf(text: string): Lang {
  return CYRILLIC.test(text) ? 'ru' : 'en';
}

/** Collects forms, drops the ones that would misfire, keeps one per text and language. */
export class FormSet {
  private readonly byKey = new Map<string, NameForm>();

  add(text: string, kind: FormKind, lang: Lang = langOf(text)): void {
    for (const variant of typographicVariants(text.trim())) {
      if (!isSafeForm(variant, kind)) continue;
      const key = `${lang}\u0000${variant}`;
      const known = this.byKey.get(key);
      if (!known || KIND_RANK[kind] > KIND_RANK[known.kind])
        this.byKey.set(key, { text: variant, kind, lang });
    }
  }

  addAll(texts: Iterable<string>, kind: FormKind, lang?: Lang): void {
    for (const text of texts) this.add(text, kind, lang);
  }

  toArray(): NameForm[] {
    return [...this.byKey.values()];
  }
}

/**
 * The name as written and, when it holds quotes, without them (the matcher already equates ’ ' – - and
 * spaces); a name in a Kazakh or Azerbaijani spelling also as the press usually writes it.
 */
function typographicVariants(text: string): string[] {
  const out = [text];
  const unquoted = text.replace(INNER_QUOTES, '').replace(/\s+/g, ' ').trim();
  if (unquoted !== text && unquoted.length > 0) out.push(unquoted);
  for (const variant of [...out]) {
    const usual = usualSpelling(variant);
    if (usual) out.push(usual);
  }
  return out;
}

/**
 * A form that names nothing on its own is dropped: a lowercase single word ("мира", "peace"), a form
 * without a single capital or digit ("совет мира"), an "acronym" of one letter. A site's address in lower
 * case («baltinfo.ru») names its publisher.
 */
function isSafeForm(text: string, kind: FormKind): boolean {
  const letters = text.replace(/[^\p{L}\p{N}]/gu, '');
  if (letters.length < 2) return false;
  if (kind === 'acronym') return text === text.toUpperCase();
  if (isSiteAddress(text)) return true;
  if (!/[\p{Lu}\p{N}]/u.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length === 1 && !/^[\p{Lu}\p{N}]/u.test(text)) return false;
  return true;
}

export function personForms(person: PersonName, morph: RussianMorphology, forms: FormSet): void {
  const declined = declinePersonName(person, morph);
  forms.addAll(declined.full, 'full', 'ru');
  forms.addAll(declined.firstMiddle, 'full', 'ru');
  forms.addAll(declined.surname, 'surname', 'ru');
  const fullName = [person.first, person.last].filter(Boolean).join(' ');
  forms.addAll(romanize(fullName), 'full', 'en');
  forms.addAll(romanize(person.last), 'surname', 'en');
  forms.addAll(otherRomanizations(fullName), 'full', 'en');
  forms.addAll(otherRomanizations(person.last), 'surname', 'en');
}

/** Initial + surname in English: "K. Tokayev", for every English first name and surname known. */
function englishInitials(fullNames: string[], surnames: string[], forms: FormSet): void {
  const initials = new Set(fullNames.map((n) => n.trim().charAt(0)).filter((c) => /\p{Lu}/u.test(c)));
  for (const initial of initials)
    for (const surname of surnames) forms.add(`${initial}. ${surname}`, 'full', 'en');
}

export function gazetteerForms(entry: GazetteerEntry, morph: RussianMorphology): NameForm[] {
  const forms = new FormSet();
  if (entry.person) personForms(entry.person, morph, forms);
  for (const name of entry.ru ?? []) forms.addAll(declinePhrase(name, morph), 'full', 'ru');
  for (const name of entry.ruShort ?? []) forms.addAll(declinePhrase(name, morph), 'short', 'ru');
  forms.addAll(entry.ruFixed ?? [], 'full', 'ru');
  forms.addAll(entry.en ?? [], 'full', 'en');
  forms.addAll(entry.enShort ?? [], 'short', 'en');
  forms.addAll(entry.enSurname ?? [], 'surname', 'en');
  if (entry.person) {
    const surnames = [...(entry.enSurname ?? []), ...romanize(entry.person.last)];
    englishInitials([...(entry.en ?? []), ...romanize(entry.person.first ?? '')], surnames, forms);
  }
  for (const acronym of entry.acronyms ?? []) forms.add(acronym, 'acronym');
  for (const form of entry.extra ?? []) forms.add(form.text, form.kind, form.lang);
  return forms.toArray();
}
