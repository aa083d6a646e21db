// npm run bench:hotspots -- [page-word]: where the content script spends its CPU on one page, by function
// (self time, and total time with callees), from a DevTools CPU profile of the built extension.
// The npm script builds without minifying, so that functions keep their names; `npm run build` restores
// the normal build in .output. HOTSPOT_DIR=DIR profiles another unpacked build instead (a prototype, an
// older commit's), built unminified the same way.
import { launchBrowser, SHARED_PAGES_DIR, startStaticServer, waitForMatcherPack } from '../test/e2e/harness';
import { readdirSync } from 'node:fs';
import { generateLongPage } from './generate-page';
import { recordPage } from './trace';
import { sampleDurations, type CpuProfile, type Task } from './profile';

function hotspots(profile: CpuProfile, urlPrefix: string, tasks: Task[]) {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const underOwn = (id: number): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      if (byId.get(at)!.callFrame.url.startsWith(urlPrefix)) return true;
    }
    return false;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const samples = profile.samples ?? [];
  // Samples end with their task at the latest (a starved sampler otherwise gives the yield before an idle
  // gap all of that gap).
  const durations = sampleDurations(
    profile,
    [...tasks].sort((a, b) => a.ts - b.ts),
  ).us;
  let sum = 0;
  let gcAfterOwn = 0;
  let inRun = false;
  for (let i = 0; i < samples.length; i++) {
    const us = durations[i];
    const own = underOwn(samples[i]);
    if (!own && inRun && byId.get(samples[i])!.callFrame.functionName === '(garbage collector)') {
      gcAfterOwn += us;
      continue;
    }
    inRun = own;
    if (!own) continue;
    sum += us;
    const leaf = byId.get(samples[i])!;
    const name = (n: typeof leaf) =>
      `${n.callFrame.functionName || '(anonymous)'}:${(n.callFrame as { lineNumber?: number }).lineNumber ?? '?'}${n.callFrame.url.startsWith(urlPrefix) ? '' : ' [' + (n.callFrame.url.split('/').pop() || 'native') + ']'}`;
    self.set(name(leaf), (self.get(name(leaf)) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = samples[i]; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at)!);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + us);
    }
  }
  // HOTSPOT_CALLERS=name: where the time of that function comes from.
  const callers = new Map<string, number>();
  const wanted = process.env.HOTSPOT_CALLERS;
  if (wanted) {
    for (let i = 0; i < samples.length; i++) {
      const us = durations[i];
      const chain: string[] = [];
      for (let at: number | undefined = samples[i]; at !== undefined; at = parent.get(at)) {
        const f = byId.get(at)!.callFrame as { functionName: string; lineNumber?: number };
        chain.push(`${f.functionName || '(anonymous)'}:${f.lineNumber ?? '?'}`);
      }
      const k = chain.findIndex((c) => c.startsWith(`${wanted}:`));
      if (k >= 0) {
        const key = chain.slice(k, k + 6).join(' < ');
        callers.set(key, (callers.get(key) ?? 0) + us);
      }
    }
  }
  self.set('(garbage collector, in our runs)', gcAfterOwn);
  return { sum: sum + gcAfterOwn, self, total, callers };
}

async function main() {
  const word = process.argv[2] ?? 'generated';
  const server = await startStaticServer();
  server.put('/blank.html', '<!doctype html><p>start</p>');
  server.put('/generated.html', generateLongPage());
  // Twenty empty frames, as ad slots and beacons leave on news pages.
  server.put('/frames.html', `<!doctype html><p>Astana</p>${'<iframe></iframe>'.repeat(20)}`);
  const file =
    word === 'generated' || word === 'frames'
      ? null
      : readdirSync(SHARED_PAGES_DIR).find((f) => f.includes(word));
  const path = file ? `/shared/${file}` : `/${word}.html`;
  const browser = await launchBrowser(
    process.env.HOTSPOT_DIR ? { extensionDir: process.env.HOTSPOT_DIR } : {},
  );
  try {
    await waitForMatcherPack(browser);
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/blank.html`);
    const cdp = await browser.context.newCDPSession(page);
    const stop = await recordPage(cdp);
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    await page.waitForTimeout(Number(process.env.HOTSPOT_WAIT ?? 4000));
    const { profile, tasks } = await stop();
    const { sum, self, total, callers } = hotspots(
      profile,
      `chrome-extension://${browser.extensionId}/`,
      tasks,
    );
    console.log(`${path}: extension ${(sum / 1000).toFixed(1)} ms\n`);
    const top = (m: Map<string, number>, label: string) => {
      console.log(`${label}:`);
      for (const [k, v] of [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, Number(process.env.HOTSPOT_TOP ?? 25))) {
        console.log(`  ${(v / 1000).toFixed(1).padStart(7)} ms  ${k}`);
      }
    };
    top(self, 'self');
    top(total, 'total');
    if (callers.size) top(callers, 'callers');
    // HOTSPOT_LINES=name: the lines of that function where samples fell.
    const linesOf = process.env.HOTSPOT_LINES;
    if (linesOf) {
      const lines = new Map<number, number>();
      for (const node of profile.nodes as ((typeof profile.nodes)[number] & {
        positionTicks?: { line: number; ticks: number }[];
      })[]) {
        if (
          `${node.callFrame.functionName}:${(node.callFrame as { lineNumber?: number }).lineNumber}` !==
          linesOf
        )
          continue;
        for (const t of node.positionTicks ?? []) lines.set(t.line, (lines.get(t.line) ?? 0) + t.ticks);
      }
      console.log(`lines of ${linesOf} (samples):`);
      for (const [line, ticks] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 15))
        console.log(`  ${String(ticks).padStart(6)}  line ${line}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
