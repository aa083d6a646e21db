// Hashes and signatures of packs through WebCrypto: the extension passes `crypto.subtle`, Node tests pass
// `crypto.webcrypto.subtle` (Ed25519 in Chrome 137+, Firefox 129+, Node 20).

function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function sha256Hex(subtle: SubtleCrypto, bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return hex(await subtle.digest('SHA-256', bytes));
}

/** The signer's identity as the reader sees and pins it: SHA-256 of the raw public key, in hex. */
export function keyFingerprint(subtle: SubtleCrypto, publicKey: string): Promise<string> {
  return sha256Hex(subtle, base64ToBytes(publicKey));
}

/** "3f9a c2…": the fingerprint in groups of four, the first 32 digits, as the Sources page shows it. */
export function formatFingerprint(fingerprint: string): string {
  return (fingerprint.slice(0, 32).match(/.{4}/g) ?? []).join(' ');
}

/** Whether `signature` (base64) is the Ed25519 signature of `text`'s UTF-8 bytes by `publicKey` (raw, base64). */
export async function verifyEd25519(
  subtle: SubtleCrypto,
  publicKey: string,
  text: string,
  signature: string,
): Promise<boolean> {
  try {
    const key = await subtle.importKey('raw', base64ToBytes(publicKey), { name: 'Ed25519' }, false, [
      'verify',
    ]);
    return await subtle.verify(
      { name: 'Ed25519' },
      key,
      base64ToBytes(signature),
      new TextEncoder().encode(text),
    );
  } catch {
    return false;
  }
}
