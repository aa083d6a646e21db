// The messengers of the contexts a web page can reach: a content script sends the page's messages to the
// background (its messenger has no other message to name) and answers the popup's. Types only are
// imported, so no schema is bundled into the content script.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageProtocol } from '../lib/protocol/page';
import type { TabProtocol } from '../lib/protocol/tab';

/** Content script → background. */
export const pageMessaging = defineExtensionMessaging<PageProtocol>();
/** Popup → the content script of its tab. */
export const tabMessaging = defineExtensionMessaging<TabProtocol>();
