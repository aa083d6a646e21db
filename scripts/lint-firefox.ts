// `web-ext lint` on the built Firefox add-on (.output/firefox-mv2): fails on any error, and on any warning
// other than the known ones (README, "Firefox"), so a new warning of our own is caught.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, '.output/firefox-mv2');

interface Message {
  code: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
}

/**
 * Warnings that come from the libraries' own code, with what they are. Each is matched by its code and the
 * source text around it, so a warning at another place (or from our code) is not excused.
 */
const KNOWN: { code: string; around: RegExp; why: string }[] = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', around: /documentElement\.innerHTML=/, why: 'DOMPurify parses its input' },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    around: /_attempts\.push|\.innerHTML=\w+\.innerHTML/,
    why: 'Readability, on the inert copy of a page',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    around: /dangerouslySetInnerHTML/,
    why: "Preact's dangerouslySetInnerHTML (unused by our components)",
  },
  {
    // Ours, and not fixable: a module's URL in an extension is known only at run time (runtime.getURL).
    code: 'UNSAFE_VAR_ASSIGNMENT',
    around: /import\(\w+\.runtime\.getURL\(/,
    why: 'the popover module, imported from the extension’s own URL at the first gesture on a name',
  },
];

const out = execFileSync(
  join(root, 'node_modules/.bin/web-ext'),
  ['lint', '--source-dir', dir, '--output', 'json'],
  {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  },
);
const report = JSON.parse(out) as { errors: Message[]; warnings: Message[]; notices: Message[] };
const { readFileSync } = await import('node:fs');

function context(m: Message): string {
  if (!m.file || !m.line) return '';
  const line = readFileSync(join(dir, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  const at = m.column ?? 0;
  return line.slice(Math.max(0, at - 400), at + 200);
}

const unexplained = report.warnings.filter(
  (w) => !KNOWN.some((k) => k.code === w.code && k.around.test(context(w))),
);
const place = (m: Message) => `${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} ${m.message}`;
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - unexplained.length} known and explained), ${report.notices.length} notices`,
);
for (const w of report.warnings)
  if (!unexplained.includes(w))
    console.log(
      `  known: ${place(w)} (${KNOWN.find((k) => k.code === w.code && k.around.test(context(w)))!.why})`,
    );
for (const m of [...report.errors, ...unexplained]) console.error(`  ${place(m)}`);
if (report.errors.length > 0 || unexplained.length > 0) process.exit(1);
