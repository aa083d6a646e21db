// `npm run pack:keygen -- [OUT.pem]`: makes the Ed25519 key that signs a pack. Keep the private key
// secret; readers pin its public key's fingerprint, so losing it means readers must subscribe again.
import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { keyFingerprint, formatFingerprint } from '../lib/packs/crypto';
import { rawPublicKey } from './pack-build';

const out = resolve(process.argv[2] ?? 'pack-key.pem');
if (existsSync(out)) {
  console.error(`${out} exists: refusing to overwrite a signing key`);
  process.exit(1);
}
const { privateKey } = generateKeyPairSync('ed25519');
await writeFile(out, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
const publicKey = rawPublicKey(privateKey);
const fingerprint = await keyFingerprint(globalThis.crypto.subtle, publicKey);
console.log(`private key: ${out}\npublic key: ${publicKey}\nfingerprint: ${formatFingerprint(fingerprint)}`);
