import { generateKeyPairSync } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRussianMorphology } from '../../scripts/node-morph';
import { signPack, type PackInfo } from '../../scripts/pack-build';
import type { RussianMorphology } from '../morph/morphology';
import { buildPackContent, parsePackSource } from './build';
import { parseCuratedEntities } from './curated';
import { fetchPack, type PackFetch, type PackFetchDeps } from './fetch-pack';
import type { PackContent } from './format';
import { corrupt, forge, host, INDEX_URL as URL_, serve, subtle, type Served } from './pack-host.fixture';

const NOW = Date.parse('2026-03-01T00:00:00Z');

const ARTICLE_MD = `---
title: "Aktau port doubles grain exports"
date: 2026-01-30
source: Caspian News
url: https://caspian.example/aktau
---
# Aktau port doubles grain exports

The port of **Aktau** will double its grain exports this year, the Ministry of Agriculture said, after
the board of [Caspian Grain Holdings](https://caspian.example/cgh) met in Astana. The chief executive
John Harrington said that Caspian Grain Holdings would also invest in storage. Harrington spoke on Tuesday.
`;

const CURATED = parseCuratedEntities([
  {
    id: 'caspian-grain',
    type: 'organization',
    name: { en: 'Caspian Grain Holdings', ru: 'Каспиан Грейн Холдингс' },
    en: ['Caspian Grain Holdings'],
    description: { en: 'A grain trader of the Caspian ports.', ru: 'Зерновой трейдер каспийских портов.' },
  },
]);

let morph: RussianMorphology;
let content: PackContent;
beforeAll(async () => {
  morph = await loadRussianMorphology();
  content = buildPackContent(
    [parsePackSource('news', { fileName: 'aktau.md', text: ARTICLE_MD })],
    morph,
    CURATED,
  );
});

const key = generateKeyPairSync('ed25519').privateKey;
const otherKey = generateKeyPairSync('ed25519').privateKey;
const info = (version: number, days = 7): PackInfo => ({
  id: 'news',
  name: 'Caspian news',
  description: 'test',
  version,
  expiresInDays: days,
});

const deps = (fetch: PackFetch, extra: Partial<PackFetchDeps> = {}): PackFetchDeps => ({
  fetch,
  subtle,
  now: () => NOW,
  ...extra,
});
const issued = new Date(NOW - 86_400_000);

describe('building a pack', () => {
  it('reads Markdown front matter and lets curated entries take precedence over discovery', () => {
    const [article] = content.articles;
    expect(article).toMatchObject({
      id: 'pack-news-aktau',
      title: 'Aktau port doubles grain exports',
      date: '2026-01-30',
      source: 'Caspian News',
      url: 'https://caspian.example/aktau',
    });
    expect(article.paragraphs.join(' ')).not.toMatch(/\*\*|\]\(|^#/);
    const grain = content.entities.filter((e) => e.name.en === 'Caspian Grain Holdings');
    expect(grain).toHaveLength(1);
    expect(grain[0]).toMatchObject({ id: 'caspian-grain', origin: 'gazetteer' });
    expect(grain[0].description.en).toBe('A grain trader of the Caspian ports.');
    expect(content.mentions.filter((m) => m.entityId === 'caspian-grain').length).toBe(2);
    // The gazetteer's entities the pack never names are left to the bundled corpus.
    const named = new Set(content.mentions.map((m) => m.entityId));
    expect(content.entities.every((e) => named.has(e.id) || e.id === 'caspian-grain')).toBe(true);
  });

  it('refuses a curated file with a bad entry, naming where', () => {
    expect(() => parseCuratedEntities([{ id: 'Bad Id', type: 'person' }])).toThrow(
      /entities\.json: 0\.id: an entity id is a slug/,
    );
  });
});

describe('fetching and verifying a pack', () => {
  it('verifies a signed pack and gives its data, counts and the signer fingerprint', async () => {
    const { fetch } = host(serve(signPack(content, info(1), key, issued)));
    const result = await fetchPack(URL_, null, deps(fetch));
    expect(result.kind).toBe('updated');
    if (result.kind !== 'updated') return;
    expect(result.manifest).toMatchObject({ id: 'news', version: 1, counts: { articles: 1 } });
    expect(result.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(result.content.entities.length).toBe(content.entities.length);
    expect(result.etag).toBe('v');
  });

  it('asks with If-None-Match and fetches no data file when the host answers 304', async () => {
    const pack = signPack(content, info(1), key, issued);
    const first = await fetchPack(URL_, null, deps(host(serve(pack)).fetch));
    if (first.kind !== 'updated') throw new Error(first.kind);
    const again = host(serve(pack));
    const result = await fetchPack(URL_, first, deps(again.fetch));
    expect(result.kind).toBe('unchanged');
    expect(again.requests).toEqual([URL_]);
  });

  it('takes a newer version, and says why for each failure', async () => {
    const v1 = signPack(content, info(1), key, issued);
    const held = await fetchPack(URL_, null, deps(host(serve(v1)).fetch));
    if (held.kind !== 'updated') throw new Error(held.kind);
    const v2content = { ...content, articles: content.articles.map((a) => ({ ...a, title: 'Updated' })) };
    const v2 = signPack(v2content, info(2), key, issued);
    const updated = await fetchPack(URL_, held, deps(host(serve(v2, 'w')).fetch));
    expect(updated.kind === 'updated' && updated.content.articles[0].title).toBe('Updated');

    const failure = async (files: Map<string, Served>, extra: Partial<PackFetchDeps> = {}) => {
      const result = await fetchPack(URL_, held, deps(host(files).fetch, extra));
      expect(result.kind).toBe('failed');
      return result.kind === 'failed' ? result.message : '';
    };
    expect(await failure(new Map())).toMatch(/HTTP 404/);
    expect(await failure(corrupt(serve(v2, 'w')))).toMatch(/corrupted/);
    expect(await failure(forge(serve(v2, 'w')))).toMatch(/signature does not match/);

    expect(await failure(serve(signPack(v2content, info(2), otherKey, issued), 'y'))).toMatch(
      /different key/,
    );
    expect(await failure(serve(signPack(content, info(1, -1), key, issued), 'z'))).toMatch(/expired/);
    expect(await failure(serve(v2, 'w'), { maxBytes: 1000 })).toMatch(/over the limit/);
    const hanging = new Map<string, Served>([[URL_, { hang: true }]]);
    expect(await failure(hanging, { timeoutMs: 20 })).toMatch(/did not answer within/);
    const moved = new Map<string, Served>([[URL_, { redirect: true }]]);
    expect(await failure(moved)).toMatch(
      /redirects to another address.*subscribe to the address it leads to/,
    );
    const older = signPack(content, { ...info(1), version: 1 }, key, issued);
    const heldV2 = updated.kind === 'updated' ? updated : held;
    const downgrade = await fetchPack(URL_, heldV2, deps(host(serve(older, 'o')).fetch));
    expect(downgrade.kind === 'failed' && downgrade.message).toMatch(/older than version 2/);
  });

  it('refuses a pack whose data claims articles of another namespace', async () => {
    const hostile = { ...content, articles: content.articles.map((a) => ({ ...a, id: 'seed-000' })) };
    const result = await fetchPack(
      URL_,
      null,
      deps(host(serve(signPack(hostile, info(1), key, issued))).fetch),
    );
    expect(result.kind === 'failed' && result.message).toMatch(/not of the form pack-news-/);
  });
});
