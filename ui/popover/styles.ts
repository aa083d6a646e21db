// The popover's own stylesheet, inside its shadow root: the page's CSS cannot reach it.
import { ENTITY_TYPES } from '../../lib/model';
import { ENTITY_COLORS } from '../theme/entity-colors';

export const POPOVER_CSS = `
:host { all: initial; }
.cl-layer { position: fixed; top: 0; left: 0; z-index: 2147483647; }
.cl-card {
  --bg: #ffffff; --fg: #1d2330; --muted: #5d6577; --line: #e3e6ec; --soft: #f3f5f8; --mark: #fff1a8; --accent: #2457c5;
  position: fixed; top: 0; left: 0; box-sizing: border-box;
  width: min(380px, calc(100vw - 16px)); max-height: min(460px, calc(100vh - 16px)); overflow: auto;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 10px 30px rgba(15, 23, 42, .18), 0 2px 6px rgba(15, 23, 42, .08);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  text-align: left; direction: ltr; letter-spacing: normal; word-spacing: normal; text-transform: none;
  padding: 14px 16px 12px; outline: none;
}
.cl-card[data-theme="dark"] {
  --bg: #1e2128; --fg: #e7e9ee; --muted: #a2a9b8; --line: #363b46; --soft: #272b33; --mark: #5b4d12; --accent: #8fb0ff;
  box-shadow: 0 10px 30px rgba(0, 0, 0, .5), 0 2px 6px rgba(0, 0, 0, .3);
}
.cl-card *, .cl-card *::before, .cl-card *::after { box-sizing: border-box; }
.cl-head { display: flex; align-items: flex-start; gap: 8px; }
.cl-titles { flex: 1; min-width: 0; }
.cl-name { margin: 0; font-size: 17px; line-height: 1.3; font-weight: 650; color: var(--fg); }
.cl-original { margin-top: 1px; color: var(--muted); font-size: 13px; }
.cl-meta { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; margin-top: 8px; color: var(--muted); font-size: 12.5px; }
.cl-type { display: inline-flex; align-items: center; gap: 5px; font-weight: 600; color: var(--fg); }
.cl-dot { width: 8px; height: 8px; border-radius: 50%; background: var(--type-color, #888); flex: none; }
.cl-desc { margin: 8px 0 0; }
.cl-passages { list-style: none; margin: 12px 0 0; padding: 0; display: grid; gap: 10px; }
.cl-passage { border-left: 3px solid var(--line); padding: 2px 0 2px 10px; }
.cl-quote { margin: 0; font-size: 13.5px; }
.cl-quote mark { background: var(--mark); color: inherit; border-radius: 2px; padding: 0 1px; }
.cl-source { margin-top: 3px; font-size: 12px; color: var(--muted); display: flex; flex-wrap: wrap; gap: 2px 6px; align-items: baseline; }
.cl-link.cl-title-link { display: block; margin-top: 1px; text-align: left; font-size: 12.5px; line-height: 1.35; text-decoration: none; }
.cl-link.cl-title-link:hover { text-decoration: underline; }
.cl-related { margin-top: 12px; }
.cl-label { font-size: 11.5px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 0 0 6px; font-weight: 600; }
.cl-chips { display: flex; flex-wrap: wrap; gap: 6px; }
.cl-chip { display: inline-flex; align-items: center; gap: 5px; border: 1px solid var(--line); background: var(--soft); color: var(--fg);
  border-radius: 999px; padding: 3px 10px 3px 8px; font: inherit; font-size: 12.5px; cursor: pointer; }
.cl-chip:hover { border-color: var(--muted); }
.cl-foot { display: flex; justify-content: space-between; align-items: center; margin-top: 12px; gap: 8px; }
.cl-link { background: none; border: 0; padding: 0; font: inherit; font-size: 12.5px; color: var(--accent); cursor: pointer; text-decoration: underline; text-underline-offset: 2px; }
.cl-icon { background: none; border: 0; color: var(--muted); font: inherit; font-size: 18px; line-height: 1; width: 28px; height: 28px; border-radius: 6px; cursor: pointer; flex: none; }
.cl-icon:hover { background: var(--soft); color: var(--fg); }
.cl-card :focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.cl-status { margin: 10px 0 4px; color: var(--muted); }
${ENTITY_TYPES.map((t) => `.cl-t-${t} { --type-color: ${ENTITY_COLORS[t]}; }`).join('\n')}
@media (prefers-reduced-motion: no-preference) { .cl-card { animation: cl-in .12s ease-out; } }
@keyframes cl-in { from { opacity: 0; transform: translateY(2px); } }
`;
