// What the background answers, and the wiring that puts the guard in front of every answer.
import { routeHref, type Route } from '../../lib/library-route';
import type { BackgroundMessageType, BackgroundProtocol } from '../../lib/protocol/background';
import { LIBRARY_MESSAGES, type LibraryProtocol } from '../../lib/protocol/library';
import type { AnswerOf, HandlersOf } from '../../lib/protocol/message';
import type { LibraryTarget } from '../../lib/protocol/page';
import { backgroundMessaging } from '../../platform/extension-messages';
import { guardBackgroundMessage, type SenderInfo, type TrustContext } from '../../platform/guard';
import type { CorpusService } from './corpus-service';
import type { PackService } from './pack-service';

export const DEFAULT_SEARCH_LIMIT = 20;

export type BackgroundHandlers = HandlersOf<BackgroundProtocol>;
type LibraryHandlers = HandlersOf<LibraryProtocol>;

/** Opens an extension page in a new tab (the background may; a web page may not). */
export type OpenTab = (url: string) => Promise<unknown>;

export function libraryUrl(extensionOrigin: string, target: LibraryTarget): string {
  const route: Route =
    'entity' in target
      ? { page: 'entity', id: target.entity }
      : { page: 'article', id: target.article, sentence: target.sentence };
  return `${extensionOrigin}library.html${routeHref(route)}`;
}

export function createBackgroundHandlers(
  corpus: CorpusService,
  openTab: OpenTab,
  extensionOrigin: string,
  packs?: PackService,
): BackgroundHandlers {
  const sources = (): PackService => {
    if (!packs) throw new Error('packs are not available here');
    return packs;
  };
  return {
    listPacks: () => sources().list(),
    subscribePack: ({ url }) => sources().subscribe(url),
    checkPacks: () => sources().checkAll(),
    setPackEnabled: ({ id, enabled }) => sources().setEnabled(id, enabled),
    unsubscribePack: ({ id }) => sources().unsubscribe(id),
    async openLibrary(target) {
      await openTab(libraryUrl(extensionOrigin, target));
    },
    getEntityCard({ id, lang }) {
      return corpus.card(id, lang);
    },
    async search({ query, lang, limit }) {
      return (await corpus.searcher()).search(query, lang, limit ?? DEFAULT_SEARCH_LIMIT);
    },
    async getStatus() {
      const index = await corpus.index();
      // Only the popup and the library ask for the status, and a search follows: build the searcher now
      // (~80 ms) rather than on the first keystroke.
      void corpus.searcher();
      const behind = corpus.publishProblem;
      return {
        entities: index.entities.length,
        articles: index.articles.length,
        ...(behind ? { pagesBehind: behind } : {}),
      };
    },
    ...lazyLibraryHandlers(corpus),
  };
}

/**
 * The library's handlers, loaded on the first library message. They bring compromise, az and petrovich,
 * whose evaluation made every wake of the worker (a popover click on a page) about 400 ms slower.
 */
function lazyLibraryHandlers(corpus: CorpusService): LibraryHandlers {
  let loaded: Promise<LibraryHandlers> | null = null;
  const load = () =>
    (loaded ??= import('./library-handlers').then(({ createLibraryHandlers }) =>
      createLibraryHandlers({
        corpus,
        db: corpus.db,
        morph: () =>
          import('../../platform/morph-loader').then(({ loadExtensionMorphology }) =>
            loadExtensionMorphology(),
          ),
      }),
    ));
  const entries = (Object.keys(LIBRARY_MESSAGES) as (keyof LibraryProtocol)[]).map((type) => [
    type,
    async (data: never) => ((await load())[type] as (data: never) => unknown)(data),
  ]);
  return Object.fromEntries(entries) as LibraryHandlers;
}

/** Checks a message and, when it passes, answers it; a refusal reaches the sender as an error. */
export function answerMessage<T extends BackgroundMessageType>(
  handlers: BackgroundHandlers,
  trust: TrustContext,
  type: T,
  data: unknown,
  sender: SenderInfo,
): Promise<AnswerOf<BackgroundProtocol, T>> {
  const payload = guardBackgroundMessage(type, data, sender, trust);
  return handlers[type](payload);
}

export function registerBackgroundHandlers(handlers: BackgroundHandlers, trust: TrustContext): void {
  for (const type of Object.keys(handlers) as BackgroundMessageType[]) {
    backgroundMessaging.onMessage(type, ({ data, sender }) =>
      answerMessage(handlers, trust, type, data, sender as SenderInfo),
    );
  }
}
