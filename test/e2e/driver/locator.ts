// One implementation of role, text, label and CSS locators for both drivers: the query runs in the page,
// through open shadow roots as Playwright's does and through the closed roots of the extension's own UI hosts,
// which the driver hands in (CDP and BiDi reach closed roots; the page's scripts cannot), and only clicks, keys
// and files go through the driver.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Evaluator, Locator, Rect, RoleOptions } from './types';

type Pattern = { source: string; flags: string } | { text: string; exact: boolean };
type Step =
  | { kind: 'role'; role: string; name?: Pattern }
  | { kind: 'text'; pattern: Pattern }
  | { kind: 'label'; pattern: Pattern }
  | { kind: 'css'; css: string; hasText?: Pattern }
  | { kind: 'filter'; hasText: Pattern }
  | { kind: 'nth'; index: number };

type Action = 'count' | 'visible' | 'texts' | 'textContent' | 'box' | 'center' | 'scroll' | 'fill';

/** What a driver adds to a page for locators: a click at a point and handing files to an input. */
export interface LocatorHost extends Evaluator {
  /** Runs `fn` in the page with the closed shadow roots of the extension's UI hosts as its second argument. */
  evaluateWithRoots<A, R>(fn: (arg: A, roots: ShadowRoot[]) => R, arg: A): Promise<R>;
  mouseClick(x: number, y: number): Promise<void>;
  /** Sets the files of the input element that `find(arg)`, run in the page, returns. */
  setFiles<A>(find: (arg: A) => unknown, arg: A, paths: string[]): Promise<void>;
}

const DEFAULT_TIMEOUT = 15_000;

function pattern(p: string | RegExp, exact = false): Pattern {
  return typeof p === 'string' ? { text: p, exact } : { source: p.source, flags: p.flags };
}

export function createLocator(host: LocatorHost, steps: Step[] = []): Locator {
  const then = (step: Step) => createLocator(host, [...steps, step]);
  const run = <R>(action: Action, arg?: string) =>
    host.evaluateWithRoots(
      inPage as (a: { steps: Step[]; action: Action; arg?: string }, roots: ShadowRoot[]) => R,
      { steps, action, arg },
    );
  const describe = () => JSON.stringify(steps);

  async function waitUntil(check: () => Promise<boolean>, timeout: number, what: string): Promise<void> {
    const deadline = Date.now() + timeout;
    for (;;) {
      if (await check()) return;
      if (Date.now() > deadline) throw new Error(`Locator ${describe()}: not ${what} within ${timeout} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const attached = () => waitUntil(async () => (await run<number>('count')) > 0, DEFAULT_TIMEOUT, 'attached');
  const visible = (timeout = DEFAULT_TIMEOUT) =>
    waitUntil(async () => (await run<number>('visible')) > 0, timeout, 'visible');

  const locator: Locator = {
    first: () => then({ kind: 'nth', index: 0 }),
    nth: (index) => then({ kind: 'nth', index }),
    filter: ({ hasText }) => then({ kind: 'filter', hasText: pattern(hasText) }),
    getByRole: (role, options: RoleOptions = {}) =>
      then({
        kind: 'role',
        role,
        name: options.name === undefined ? undefined : pattern(options.name, options.exact),
      }),
    getByText: (text, options = {}) => then({ kind: 'text', pattern: pattern(text, options.exact) }),
    getByLabel: (text) => then({ kind: 'label', pattern: pattern(text) }),
    locator: (css, options = {}) =>
      then({
        kind: 'css',
        css,
        hasText: options.hasText === undefined ? undefined : pattern(options.hasText),
      }),
    count: () => run<number>('count'),
    async waitFor({ state = 'visible', timeout = DEFAULT_TIMEOUT } = {}) {
      if (state === 'visible') return visible(timeout);
      if (state === 'attached')
        return waitUntil(async () => (await run<number>('count')) > 0, timeout, state);
      if (state === 'detached')
        return waitUntil(async () => (await run<number>('count')) === 0, timeout, state);
      return waitUntil(async () => (await run<number>('visible')) === 0, timeout, state);
    },
    async innerText() {
      await attached();
      return (await run<string[]>('texts'))[0];
    },
    async textContent() {
      await attached();
      return run<string>('textContent');
    },
    allInnerTexts: () => run<string[]>('texts'),
    async boundingBox() {
      await attached();
      return run<Rect | null>('box');
    },
    async scrollIntoViewIfNeeded() {
      await attached();
      await run('scroll');
    },
    async click() {
      await visible();
      // As Playwright does: wait until the element is enabled and has stopped moving (a list loading above
      // it shifts it down), then click its middle.
      type Point = { x: number; y: number; disabled: boolean };
      let point: Point | null = null;
      await waitUntil(
        async () => {
          const next = await run<Point | null>('center');
          const stable = next && point && !next.disabled && next.x === point.x && next.y === point.y;
          point = next;
          return Boolean(stable);
        },
        DEFAULT_TIMEOUT,
        'enabled and still',
      );
      await host.mouseClick(point!.x, point!.y);
    },
    async fill(text) {
      await visible();
      const ok = await run<boolean>('fill', text);
      if (!ok) throw new Error(`Locator ${describe()}: not an input that can be filled`);
    },
    async setInputFiles(files) {
      await attached();
      const list = Array.isArray(files) ? files : [files];
      let dir: string | null = null;
      const paths = list.map((f) => {
        if (typeof f === 'string') return f;
        dir ??= mkdtempSync(join(tmpdir(), 'context-lens-upload-'));
        const path = join(mkdtempSync(join(dir, 'f-')), f.name);
        writeFileSync(path, f.buffer);
        return path;
      });
      await host.setFiles(inPage, { steps, action: 'element' as const }, paths);
    },
  };
  return locator;
}

/**
 * Resolves `steps` in the page and performs `action` on the result. Serialised into the page by the
 * drivers: everything it needs is declared inside it.
 */
function inPage(
  {
    steps,
    action,
    arg,
  }: {
    steps: Step[];
    action: Action | 'element';
    arg?: string;
  },
  closedRoots: ShadowRoot[] = [],
): unknown {
  const closed = new Map<Element, ShadowRoot>(closedRoots.map((r) => [r.host, r]));
  const shadowOf = (el: Element) => el.shadowRoot ?? closed.get(el) ?? null;
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const matches = (p: Pattern, value: string) => {
    if ('source' in p) return new RegExp(p.source, p.flags).test(value);
    return p.exact
      ? norm(value) === norm(p.text)
      : norm(value).toLowerCase().includes(norm(p.text).toLowerCase());
  };
  const descendants = (root: Document | Element): Element[] => {
    const out: Element[] = [];
    const walk = (node: Document | Element | ShadowRoot) => {
      for (let c = node.firstElementChild; c; c = c.nextElementSibling) {
        out.push(c);
        const shadow = shadowOf(c);
        if (shadow) walk(shadow);
        walk(c);
      }
    };
    const own = root instanceof Element ? shadowOf(root) : null;
    if (own) walk(own);
    walk(root);
    return out;
  };
  const roleOf = (el: Element): string | null => {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit.split(/\s+/)[0];
    const tag = el.tagName.toLowerCase();
    if (tag === 'button' || tag === 'summary') return 'button';
    if (tag === 'a' && el.hasAttribute('href')) return 'link';
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (tag === 'dialog') return 'dialog';
    if (tag === 'textarea') return 'textbox';
    if (tag === 'select') return 'combobox';
    if (tag === 'li') return 'listitem';
    if (tag === 'ul' || tag === 'ol') return 'list';
    if (tag === 'input') {
      const type = (el.getAttribute('type') ?? 'text').toLowerCase();
      if (type === 'search') return 'searchbox';
      if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
      if (type === 'checkbox' || type === 'radio') return type;
      if (['text', 'email', 'url', 'tel', 'password', ''].includes(type)) return 'textbox';
      return type;
    }
    return null;
  };
  // An element's text as an accessible name reads it: without what is aria-hidden.
  const visibleText = (el: Element): string => {
    if (!el.querySelector('[aria-hidden="true"]'))
      return (el as HTMLElement).innerText ?? el.textContent ?? '';
    let text = '';
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) text += c.textContent ?? '';
      else if (c instanceof Element && c.getAttribute('aria-hidden') !== 'true')
        text += ` ${visibleText(c)} `;
    }
    return text;
  };
  const nameOf = (el: Element): string => {
    const root = el.getRootNode() as Document | ShadowRoot;
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy)
      return norm(
        labelledBy
          .split(/\s+/)
          .map((id) => root.getElementById?.(id)?.textContent ?? '')
          .join(' '),
      );
    const label = el.getAttribute('aria-label');
    if (label) return norm(label);
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length) return norm([...labels].map((l) => l.textContent ?? '').join(' '));
    const role = roleOf(el);
    if (
      ['button', 'link', 'heading', 'tab', 'menuitem', 'option', 'checkbox', 'radio', 'listitem'].includes(
        role ?? '',
      )
    )
      return norm(visibleText(el));
    return norm(el.getAttribute('title') ?? el.getAttribute('placeholder') ?? '');
  };
  const textOf = (el: Element) => norm(el.textContent ?? '');
  const isVisible = (el: Element) => {
    if (!el.isConnected) return false;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none';
  };
  const labelled = (el: Element, p: Pattern) => {
    if (!/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)) return false;
    const label = el.getAttribute('aria-label');
    if (label && matches(p, label)) return true;
    return [...((el as HTMLInputElement).labels ?? [])].some((l) => matches(p, l.textContent ?? ''));
  };

  let scope: (Document | Element)[] = [document];
  for (const step of steps) {
    if (step.kind === 'nth') {
      scope = scope.length > step.index ? [scope[step.index]] : [];
      continue;
    }
    if (step.kind === 'filter') {
      scope = scope.filter((el) => matches(step.hasText, (el as Element).textContent ?? ''));
      continue;
    }
    const found = new Set<Element>();
    for (const root of scope) {
      for (const el of descendants(root)) {
        if (step.kind === 'css') {
          if (el.matches(step.css) && (!step.hasText || matches(step.hasText, el.textContent ?? '')))
            found.add(el);
        } else if (step.kind === 'role') {
          if (roleOf(el) === step.role && (!step.name || matches(step.name, nameOf(el)))) found.add(el);
        } else if (step.kind === 'label') {
          if (labelled(el, step.pattern)) found.add(el);
        } else if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(el.tagName)) {
          continue;
        } else if (matches(step.pattern, textOf(el))) {
          // The innermost element whose text matches, as a reader would point at it.
          const child = [...el.children].some((c) => matches(step.pattern, textOf(c)));
          if (!child) found.add(el);
        }
      }
    }
    scope = [...found];
  }
  const elements = scope.filter((e): e is Element => e instanceof Element);
  const first = elements[0] as HTMLElement | undefined;
  switch (action) {
    case 'element':
      return first ?? null;
    case 'count':
      return elements.length;
    case 'visible':
      return elements.filter(isVisible).length;
    case 'texts':
      return elements.map((e) => (e as HTMLElement).innerText ?? e.textContent ?? '');
    case 'textContent':
      return first?.textContent ?? '';
    case 'box': {
      if (!first) return null;
      const r = first.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    }
    case 'scroll': {
      first?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      return null;
    }
    case 'center': {
      const target = elements.find(isVisible);
      if (!target) return null;
      target.scrollIntoView({ block: 'center', inline: 'center' });
      const r = target.getBoundingClientRect();
      const disabled =
        (target as HTMLButtonElement).disabled === true || target.getAttribute('aria-disabled') === 'true';
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, disabled };
    }
    case 'fill': {
      const input = first as HTMLInputElement | HTMLTextAreaElement | undefined;
      if (!input || !('select' in input)) return false;
      input.focus();
      input.select();
      // execCommand edits as typing does: the page sees trusted input events, as from a keyboard.
      if (arg) document.execCommand('insertText', false, arg);
      else document.execCommand('delete');
      return input.value === (arg ?? '');
    }
  }
}
