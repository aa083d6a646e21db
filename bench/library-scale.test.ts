// Property test of the matcher at library scale: with 50,000 generated entities (every Russian case form,
// the English names), pages that write each form in running text, in both scripts, find every one of
// them at its place and as its entity, through the shards a page reads (lib/match/shards.ts) as the
// content script does: scan, read the shards of the candidate words it lacked, scan again.
import { describe, expect, it } from 'vitest';
import { createPageContext, createShardedMatcher } from '../lib/match/scanner';
import { splitPack } from '../lib/match/shards';
import { buildMatcherPack } from '../lib/corpus-index/pack';
import { generateEntities } from './library-gen';

const COUNT = 50_000;
/** Forms per generated page: a long article, as pages go. */
const PER_PAGE = 400;

const CONTEXTS = {
  ru: (form: string) => `По словам ${form}, рост продолжится. `,
  en: (form: string) => `According to ${form}, growth will continue. `,
};

describe(`a library of ${COUNT.toLocaleString('en-US')} generated entities`, () => {
  it('finds every form of every entity on generated pages', () => {
    const entities = generateEntities(COUNT);
    expect(new Set(entities.map((e) => e.name.en)).size).toBe(COUNT);
    const pack = buildMatcherPack(entities, { forPages: true });
    const { index: packIndex, shards } = splitPack(pack, 'test');
    // One matcher for all the pages, so that each shard is added once (a page's own matcher is fresh).
    const matcher = createShardedMatcher(packIndex);
    const index = new Map(pack.entities.map((e, i) => [e.id, i]));
    const wanted = entities.flatMap((e) => e.forms.map((f) => ({ entity: index.get(e.id)!, ...f })));
    let missed: string[] = [];
    let found = 0;
    for (let from = 0; from < wanted.length; from += PER_PAGE) {
      let text = '';
      const expected: { start: number; end: number; entity: number; text: string }[] = [];
      for (const form of wanted.slice(from, from + PER_PAGE)) {
        const sentence = CONTEXTS[form.lang](form.text);
        const start = text.length + sentence.indexOf(form.text);
        expected.push({ start, end: start + form.text.length, entity: form.entity, text: form.text });
        text += sentence;
      }
      // As a page does: the shards its words lack are read, then the text is scanned again.
      matcher.scan(text, createPageContext());
      expect(matcher.missing.size).toBeLessThanOrEqual(PER_PAGE);
      for (const s of [...matcher.missing]) matcher.add(shards[s]);
      matcher.missing.clear();
      matcher.missedAny();
      const matches = matcher.scan(text, createPageContext());
      const at = new Map(matches.map((m) => [m.start, m]));
      for (const e of expected) {
        const m = at.get(e.start);
        if (m && m.end === e.end && m.entity === e.entity) found++;
        else if (missed.length < 20) missed = [...missed, e.text];
      }
    }
    expect(missed).toEqual([]);
    expect(found).toBe(wanted.length);
  }, 300_000);
});
