// The small surface the end-to-end tests drive a browser through, the same for Chromium (Playwright over CDP)
// and Firefox (Puppeteer over WebDriver BiDi). A test written against it runs in both.

export type BrowserName = 'chromium' | 'firefox';

/** A function serialised into the page and run there; its argument and result cross as JSON. */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

export interface Evaluator {
  evaluate<R, A = undefined>(fn: PageFunction<A, R>, arg?: A): Promise<R>;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RoleOptions {
  /** The accessible name: a substring (case-insensitive) unless `exact`, or a pattern. */
  name?: string | RegExp;
  exact?: boolean;
}

/** A lazily resolved set of elements, looked up again by every action (as Playwright's locators are). */
export interface Locator {
  first(): Locator;
  nth(index: number): Locator;
  filter(options: { hasText: string | RegExp }): Locator;
  getByRole(role: string, options?: RoleOptions): Locator;
  getByText(text: string | RegExp, options?: { exact?: boolean }): Locator;
  getByLabel(text: string): Locator;
  locator(css: string, options?: { hasText?: string | RegExp }): Locator;
  count(): Promise<number>;
  waitFor(options?: {
    state?: 'visible' | 'hidden' | 'attached' | 'detached';
    timeout?: number;
  }): Promise<void>;
  innerText(): Promise<string>;
  textContent(): Promise<string>;
  allInnerTexts(): Promise<string[]>;
  /** The first element's viewport rectangle (not scrolled into view: see scrollIntoViewIfNeeded). */
  boundingBox(): Promise<Rect | null>;
  scrollIntoViewIfNeeded(): Promise<void>;
  click(): Promise<void>;
  /** Replaces an input's value as typing would (trusted input events). */
  fill(text: string): Promise<void>;
  /** Files given as paths, or as name + content (written to a temporary folder first). */
  setInputFiles(files: string | string[] | InputFile | InputFile[]): Promise<void>;
}

interface InputFile {
  name: string;
  mimeType?: string;
  buffer: Buffer;
}

interface TestFrame extends Evaluator {
  url(): string;
}

export interface TestPage extends Evaluator {
  readonly browserName: BrowserName;
  goto(url: string, options?: { timeout?: number }): Promise<void>;
  url(): string;
  close(): Promise<void>;
  bringToFront(): Promise<void>;
  waitForTimeout(ms: number): Promise<void>;
  viewportSize(): { width: number; height: number };
  /** A child frame whose URL matches (null when none has loaded). */
  frame(url: RegExp): TestFrame | null;
  mouse: {
    click(x: number, y: number): Promise<void>;
    dblclick(x: number, y: number): Promise<void>;
    move(x: number, y: number): Promise<void>;
  };
  /** `press` takes Playwright's syntax: "Escape", "Tab", "Alt+Shift+N". */
  keyboard: { press(keys: string): Promise<void> };
  getByRole(role: string, options?: RoleOptions): Locator;
  getByText(text: string | RegExp, options?: { exact?: boolean }): Locator;
  getByLabel(text: string): Locator;
  locator(css: string, options?: { hasText?: string | RegExp }): Locator;
  /** Runs `action` and returns the path of the file it downloaded. */
  download(action: () => Promise<void>, timeoutMs?: number): Promise<string>;
  /** Accepts every alert/confirm/prompt from now on. */
  acceptDialogs(): void;
  /** Uncaught errors of the page (and, where the browser reports them, of the extension's scripts in it). */
  onPageError(listener: (message: string) => void): void;
}

export interface TestBrowser {
  readonly name: BrowserName;
  /** chrome-extension://<id> or moz-extension://<uuid>; null when launched without the extension. */
  readonly extensionOrigin: string | null;
  /** The host part of extensionOrigin (Chrome's extension id, Firefox's internal UUID). */
  readonly extensionId: string | null;
  newPage(): Promise<TestPage>;
  /** Waits for a tab opened by a page or the extension (not one the test holds) whose URL satisfies `predicate`. */
  waitForPage(predicate: (url: string) => boolean, timeoutMs?: number): Promise<TestPage>;
  /** Runs `fn` in an extension context (Chrome: the service worker; Firefox: an extension page). */
  evaluateInExtension<R, A = undefined>(fn: PageFunction<A, R>, arg?: A): Promise<R>;
  /** The URLs of every open tab. */
  tabUrls(): Promise<string[]>;
  /** Every request seen for pages (and, in Chromium, workers and the extension). */
  requests: string[];
  /** Requests that went neither to 127.0.0.1 nor to the extension itself (nor to data:/blob:). */
  offMachineRequests(): string[];
  close(): Promise<void>;
}
