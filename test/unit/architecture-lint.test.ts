// The import zones of docs/ARCHITECTURE.md are lint rules (eslint.config.js): these probes prove that the
// rules fire, so that a change to the config cannot silently switch a row of the table off.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const STRUCTURE_RULES = new Set([
  'import-x/no-restricted-paths',
  'no-restricted-globals',
  'no-restricted-imports',
]);

const eslint = new ESLint({
  // Types are not needed for these rules; without them a probe lints in milliseconds.
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ruleFilter: ({ ruleId }) => STRUCTURE_RULES.has(ruleId),
});

async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

// The first probe loads the whole config and its plugins: seconds on a loaded machine.
describe('the architecture is enforced by lint', { timeout: 60_000 }, () => {
  it('refuses ui/ importing an entry point or platform/', async () => {
    expect(
      await violations(
        'ui/probe.ts',
        "import { x } from '../entrypoints/content/yield';\nexport const y = x;\n",
      ),
    ).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*ui\/ imports lib\/ only/)]);
    expect(
      await violations('ui/probe.ts', "import { x } from '../platform/settings';\nexport const y = x;\n"),
    ).toHaveLength(1);
  });

  it('refuses lib/ importing platform/, the browser, or Node', async () => {
    expect(
      await violations('lib/probe.ts', "import { x } from '../platform/settings';\nexport const y = x;\n"),
    ).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*pure core/)]);
    expect(await violations('lib/probe.ts', 'export const id = () => browser.runtime.id;\n')).toEqual([
      expect.stringMatching(/^no-restricted-globals: Unexpected use of 'browser'/),
    ]);
    expect(await violations('lib/probe.ts', 'export const body = () => document.body;\n')).toHaveLength(1);
    expect(
      await violations('lib/probe.ts', "import { browser } from 'wxt/browser';\nexport const b = browser;\n"),
    ).toHaveLength(1);
    expect(
      await violations(
        'lib/probe.ts',
        "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      ),
    ).toHaveLength(1);
  });

  it('refuses one entry point importing another', async () => {
    expect(
      await violations(
        'entrypoints/popup/probe.ts',
        "import { x } from '../content/yield';\nexport const y = x;\n",
      ),
    ).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*Entry points never import each other/),
    ]);
  });

  it('lets each context import what its row allows', async () => {
    expect(
      await violations('ui/probe.ts', "import { x } from '../lib/model';\nexport const y = x;\n"),
    ).toEqual([]);
    expect(
      await violations(
        'entrypoints/content/probe.ts',
        "import { x } from '../../ui/popover/EntityPopover';\nexport const y = x;\n",
      ),
    ).toEqual([]);
    expect(
      await violations(
        'platform/probe.ts',
        "import { browser } from 'wxt/browser';\nexport const b = browser;\n",
      ),
    ).toEqual([]);
  });
});
