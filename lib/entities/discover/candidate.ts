import type { ArticleId, EntityType } from '../../model';
import type { Gender } from '../../morph/morphology';

/** 'thing': a quoted title of a work or product («корабль «Союз»»): no entity, and no name of its stem is one. */
type CandidateKind = 'person' | 'acronym' | 'quoted' | 'name' | 'latin' | 'thing';

/** One name as found in one sentence. */
export interface Candidate {
  kind: CandidateKind;
  type: EntityType;
  /** As written. */
  surface: string;
  /** The nominative (for a person: "First Last"); quoted and Latin names as written. */
  lemma: string;
  person?: { first?: string; middle?: string; last: string; gender: Gender };
  articleId: ArticleId;
  sentence: number;
  start: number;
  end: number;
}

/** A candidate before it is placed in its sentence: what was found, over which words. */
export interface Found {
  candidate: Omit<Candidate, 'articleId' | 'sentence' | 'start' | 'end'>;
  from: number;
  to: number;
}
