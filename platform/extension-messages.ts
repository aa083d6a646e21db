// The messenger of the extension's own pages (popup, library) and of the background that answers them:
// every message of lib/protocol/background.ts. Content scripts use platform/messages.ts instead.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BackgroundProtocol } from '../lib/protocol/background';

export const backgroundMessaging = defineExtensionMessaging<BackgroundProtocol>();
