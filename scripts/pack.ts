// `npm run pack -- DIR --out OUT [--key pack-key.pem] [--id ID] [--name NAME] [--description TEXT]
//   [--version N] [--expires-days N]`: builds and signs a corpus pack (docs/PACKS.md). DIR/pack-info.json
// may hold id, name, description, expiresInDays; the version defaults to the one in OUT/pack.json plus one.
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { PACK_INDEX_FILE, PackIdSchema, PackIndexSchema, PackManifestSchema } from '../lib/packs/format';
import { buildPackFromDir, loadPrivateKey, signPack, writePackFiles, type PackInfo } from './pack-build';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    key: { type: 'string' },
    id: { type: 'string' },
    name: { type: 'string' },
    description: { type: 'string' },
    version: { type: 'string' },
    'expires-days': { type: 'string' },
  },
});
const dir = positionals[0];
if (!dir || !values.out) {
  console.error(
    'usage: npm run pack -- DIR --out OUT [--key pack-key.pem] [--id ID] [--name NAME] [--version N]',
  );
  process.exit(2);
}
const readJson = async (path: string): Promise<unknown> =>
  JSON.parse(await readFile(path, 'utf8').catch(() => 'null')) as unknown;

async function previousVersion(outDir: string): Promise<number> {
  const index = v.safeParse(PackIndexSchema, await readJson(join(outDir, PACK_INDEX_FILE)));
  if (!index.success) return 0;
  const manifest = v.safeParse(PackManifestSchema, JSON.parse(index.output.manifest));
  return manifest.success ? manifest.output.version : 0;
}

const fromDir = ((await readJson(join(dir, 'pack-info.json'))) ?? {}) as Partial<PackInfo>;
const slug = basename(resolve(dir))
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, '-')
  .replace(/^-|-$/g, '');
const info: PackInfo = {
  id: values.id ?? fromDir.id ?? slug,
  name: values.name ?? fromDir.name ?? basename(resolve(dir)),
  description: values.description ?? fromDir.description ?? '',
  version: values.version ? Number(values.version) : (await previousVersion(values.out)) + 1,
  expiresInDays: Number(values['expires-days'] ?? fromDir.expiresInDays ?? 7),
};
if (!v.is(PackIdSchema, info.id))
  throw new Error(`pack id ${JSON.stringify(info.id)} is not a slug (a-z, 0-9, -)`);
if (!Number.isInteger(info.version) || info.version < 1)
  throw new Error('--version must be a positive integer');

const keyPath = resolve(values.key ?? process.env.CONTEXT_LENS_PACK_KEY ?? 'pack-key.pem');
const key = loadPrivateKey(await readFile(keyPath, 'utf8'));
const started = performance.now();
const content = await buildPackFromDir(dir, info.id);
const files = signPack(content, info, key);
await writePackFiles(values.out, files);
const bytes = [...files.values()].reduce((n, b) => n + b.length, 0);
console.log(
  `${info.id} v${info.version}: ${content.articles.length} articles, ${content.entities.length} entities, ` +
    `${content.mentions.length} mentions, ${(bytes / 1024).toFixed(0)} KB in ${values.out}; ` +
    `built in ${Math.round(performance.now() - started)} ms`,
);
