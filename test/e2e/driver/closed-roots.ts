// The closed shadow roots of the extension's UI hosts, reached the way assistive technology and automation
// reach them (CDP's DOM domain, WebDriver BiDi's serialisation with includeShadowTree "all"), never through
// anything a page's script could call. The locators search them as they search open roots.
import type { CDPSession, Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { CONTEXT_LENS_HOST_TAG } from '../../../lib/dom/elements';

type RootsFunction<A, R> = (arg: A, roots: ShadowRoot[]) => R;

const sessions = new WeakMap<PlaywrightPage, Promise<CDPSession>>();

/** Chromium: hosts found in the main world, their closed roots resolved through DOM.describeNode. */
export async function chromiumEvaluateWithRoots<A, R>(
  page: PlaywrightPage,
  fn: RootsFunction<A, R>,
  arg: A,
): Promise<R> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  const cdp = await session;
  const objectGroup = 'context-lens-locator';
  try {
    const hosts = await cdp.send('Runtime.evaluate', {
      expression: `[...document.querySelectorAll(${JSON.stringify(CONTEXT_LENS_HOST_TAG)})]`,
      objectGroup,
    });
    const hostsId = hosts.result.objectId!;
    const { result: props } = await cdp.send('Runtime.getProperties', {
      objectId: hostsId,
      ownProperties: true,
    });
    const roots: string[] = [];
    for (const prop of props) {
      if (!/^\d+$/.test(prop.name) || !prop.value?.objectId) continue;
      const { node } = await cdp.send('DOM.describeNode', {
        objectId: prop.value.objectId,
        depth: 1,
        pierce: true,
      });
      for (const shadow of node.shadowRoots ?? []) {
        const { object } = await cdp.send('DOM.resolveNode', {
          backendNodeId: shadow.backendNodeId,
          objectGroup,
        });
        if (object.objectId) roots.push(object.objectId);
      }
    }
    const call = await cdp.send('Runtime.callFunctionOn', {
      functionDeclaration: `function (arg, ...roots) { return (${fn.toString()})(arg, roots); }`,
      objectId: hostsId,
      arguments: [{ value: arg }, ...roots.map((objectId) => ({ objectId }))],
      returnByValue: true,
      awaitPromise: true,
    });
    if (call.exceptionDetails)
      throw new Error(call.exceptionDetails.exception?.description ?? call.exceptionDetails.text);
    return call.result.value as R;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => undefined);
  }
}

interface BidiRealm {
  callFunction(
    declaration: string,
    awaitPromise: boolean,
    options: object,
  ): Promise<
    | { type: 'success'; result: { type: string; value?: unknown } }
    | { type: 'exception'; exceptionDetails: { text: string } }
  >;
}

/** Firefox: the hosts serialised over BiDi with their shadow trees (closed included), then one call with them. */
export async function firefoxEvaluateWithRoots<A, R>(
  page: PuppeteerPage,
  fn: RootsFunction<A, R>,
  arg: A,
): Promise<R> {
  const frame = page.mainFrame() as unknown as { realms: { default: { realm: BidiRealm } } };
  const realm = frame.realms.default.realm;
  const hosts = await realm.callFunction(
    `() => [...document.querySelectorAll(${JSON.stringify(CONTEXT_LENS_HOST_TAG)})]`,
    false,
    {
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0, maxObjectDepth: 1 },
      resultOwnership: 'none',
    },
  );
  if (hosts.type !== 'success') throw new Error(hosts.exceptionDetails.text);
  type Node = { value?: { shadowRoot?: { sharedId?: string } | null } };
  const roots = ((hosts.result.value ?? []) as Node[])
    .map((h) => h.value?.shadowRoot?.sharedId)
    .filter((id): id is string => Boolean(id));
  // The argument and the result cross as JSON, as Puppeteer's own evaluate would carry them.
  const call = await realm.callFunction(
    `async function (json, ...roots) { const r = await (${fn.toString()})(JSON.parse(json), roots); return r === undefined ? undefined : JSON.stringify(r); }`,
    true,
    {
      arguments: [
        { type: 'string', value: JSON.stringify(arg ?? null) },
        ...roots.map((sharedId) => ({ sharedId })),
      ],
      resultOwnership: 'none',
      userActivation: true,
    },
  );
  if (call.type !== 'success') throw new Error(call.exceptionDetails.text);
  return (call.result.type === 'string' ? JSON.parse(call.result.value as string) : undefined) as R;
}
