// Every message the background answers, by sender: a content script may send PAGE_MESSAGES only; the
// extension's pages may send them all. The names are the keys of these objects, written nowhere else.
import { EXTENSION_PAGE_MESSAGES } from './extension-page';
import { LIBRARY_MESSAGES } from './library';
import type { ProtocolOf } from './message';
import { PACK_MESSAGES } from './packs';
import { PAGE_MESSAGES } from './page';

export const BACKGROUND_MESSAGES = {
  ...PAGE_MESSAGES,
  ...EXTENSION_PAGE_MESSAGES,
  ...LIBRARY_MESSAGES,
  ...PACK_MESSAGES,
};

export type BackgroundProtocol = ProtocolOf<typeof BACKGROUND_MESSAGES>;
export type BackgroundMessageType = keyof BackgroundProtocol;

export const isPageMessage = (type: BackgroundMessageType): type is keyof typeof PAGE_MESSAGES =>
  Object.hasOwn(PAGE_MESSAGES, type);
