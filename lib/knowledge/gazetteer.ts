// The curated knowledge (gazetteer.json), typed. Reviewed like code: see the file's $comment.
import type { EntityId, EntityType, NameForm } from '../model';
import type { Gender } from '../morph/morphology';
import data from './gazetteer.json';

export interface GazetteerEntry {
  id: EntityId;
  type: EntityType;
  /** Display names; `ru` is the nominative. */
  name: { en: string; ru: string };
  /** A person's Russian name, declined by gender; its romanisations join the English forms. */
  person?: { first?: string; middle?: string; last: string; gender: Gender };
  /** Russian full names, declined (head noun and its adjectives). */
  ru?: string[];
  /** Russian shortened names, declined: kind 'short'. */
  ruShort?: string[];
  /** Russian forms used exactly as written (quoted titles, foreign names, forms the rules cannot make). */
  ruFixed?: string[];
  /** English full names and their spellings. */
  en?: string[];
  /** English shortened names: kind 'short'. */
  enShort?: string[];
  /** English spellings of a person's surname: kind 'surname'. */
  enSurname?: string[];
  /** Acronyms in either script, written in capitals. */
  acronyms?: string[];
  /** Any other form, with its kind spelled out. */
  extra?: NameForm[];
  description: { en: string; ru: string };
  links: EntityId[];
  /** Indexed but not highlighted on pages (see Entity.quiet). */
  quiet?: true;
}

export const GAZETTEER: readonly GazetteerEntry[] = (data as { entities: GazetteerEntry[] }).entities;
