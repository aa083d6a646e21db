// The background's gate: every message is checked for who sent it and what it carries before any
// handler runs. Web pages cannot reach the background at all (no externally_connectable, no
// window.postMessage listener); a content script runs inside a web page, so what it sends is treated as
// untrusted input: it may send only the page's messages (lib/protocol/page.ts). Each payload is checked
// against the schema its message is declared with, the same one its TypeScript type comes from.
import * as v from 'valibot';
import {
  BACKGROUND_MESSAGES,
  isPageMessage,
  type BackgroundMessageType,
  type BackgroundProtocol,
} from '../lib/protocol/background';
import type { PayloadOf } from '../lib/protocol/message';

/** Thrown for any message the background will not answer; the sender receives its message. */
export class MessageRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MessageRefused';
  }
}

/** What the background knows about itself: its id, and its pages' origin ('chrome-extension://<id>/'). */
export interface TrustContext {
  extensionId: string;
  extensionOrigin: string;
}

/** The parts of runtime.MessageSender the guard reads. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

type SenderKind = 'extension-page' | 'content-script';

/** Who sent the message; throws MessageRefused for anything that is not this extension. */
function classifySender(sender: SenderInfo, trust: TrustContext): SenderKind {
  if (!sender || sender.id !== trust.extensionId)
    throw new MessageRefused('Refused: the sender is not this extension.');
  if (typeof sender.url === 'string' && sender.url.startsWith(trust.extensionOrigin)) return 'extension-page';
  if (sender.tab != null) return 'content-script';
  throw new MessageRefused('Refused: the sender is neither an extension page nor a content script.');
}

/** The first issue in words: an unknown or missing field by its name, anything else by its schema's message. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  const key: unknown = issue.path?.at(-1)?.key;
  if (issue.type === 'strict_object' && typeof key === 'string') {
    return issue.expected === 'never' ? `unexpected field "${key}"` : `"${key}" is missing`;
  }
  if (issue.type === 'strict_object') return 'the payload must be an object';
  const at = issue.path
    ?.map((item) => (typeof item.key === 'number' ? `item ${item.key + 1}` : null))
    .filter(Boolean);
  return at?.length ? `${issue.message} (${at.join(', ')})` : issue.message;
}

/**
 * Checks a message before it is handled: the sender, whether that sender may send this type, and the
 * payload's shape and size. Returns the payload as its schema outputs it (declared fields only).
 */
export function guardBackgroundMessage<T extends BackgroundMessageType>(
  type: T,
  data: unknown,
  sender: SenderInfo,
  trust: TrustContext,
): PayloadOf<BackgroundProtocol, T> {
  if (typeof type !== 'string' || !Object.hasOwn(BACKGROUND_MESSAGES, type))
    throw new MessageRefused(`Refused: unknown message "${String(type)}".`);
  const kind = classifySender(sender, trust);
  if (kind === 'content-script' && !isPageMessage(type)) {
    throw new MessageRefused(`Refused ${type}: content scripts may not send it.`);
  }
  const result = v.safeParse(BACKGROUND_MESSAGES[type].payload, data);
  if (!result.success) throw new MessageRefused(`Refused ${type}: ${describeIssue(result.issues[0])}.`);
  return result.output as PayloadOf<BackgroundProtocol, T>;
}
