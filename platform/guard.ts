// The background's gate: every message is checked for who sent it and what it carries before any
// handler runs. Web pages cannot reach the background at all (no externally_connectable, no
// window.postMessage listener); a content script runs inside a web page, so what it sends is treated as
// untrusted input: it may ask only for CONTENT_SCRIPT_MESSAGES, with payloads of a bounded shape.
import type { EntityId, Lang } from '../lib/model';
import { INGEST_BATCH_SIZE, MAX_ARTICLE_CHARS } from '../lib/ingest/limits';
import type { IngestInput } from '../lib/ingest/prepare';
import { CONTENT_SCRIPT_MESSAGES, type BackgroundProtocol } from './messages';

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

export type BackgroundMessageType = keyof BackgroundProtocol;
export type PayloadOf<T extends BackgroundMessageType> = Parameters<BackgroundProtocol[T]>[0];

export const LIMITS = {
  idLength: 80,
  queryLength: 200,
  maxSearchLimit: 50,
  /** Library messages (extension pages only). */
  labelLength: 1000,
  metaLength: 2000,
  removeIds: 5000,
  importChars: 60_000_000,
} as const;

const ARTICLE_ID = /^user-[a-z0-9-]+$/;
const ANY_ARTICLE_ID = /^(seed|user)-[a-z0-9-]+$/;
const INGEST_FIELDS = ['label', 'text', 'title', 'url', 'source', 'author', 'date', 'reading'] as const;
const READINGS: readonly unknown[] = ['ru', 'en', 'names-only'];

function ingestInput(value: unknown, i: number): IngestInput {
  const o = plainObject(value, `addArticles (item ${i + 1})`, INGEST_FIELDS);
  if (typeof o.label !== 'string' || o.label.length > LIMITS.labelLength)
    throw new MessageRefused('Refused addArticles: each item needs a "label".');
  if (typeof o.text !== 'string' || o.text.length > MAX_ARTICLE_CHARS) {
    throw new MessageRefused(
      `Refused addArticles: "${o.label}" must carry a text of at most ${MAX_ARTICLE_CHARS} characters.`,
    );
  }
  const item: IngestInput = { label: o.label, text: o.text };
  for (const key of ['title', 'url', 'source', 'author', 'date'] as const) {
    const v = o[key];
    if (v === undefined) continue;
    if (typeof v !== 'string' || v.length > LIMITS.metaLength)
      throw new MessageRefused(`Refused addArticles: "${key}" must be a short string.`);
    item[key] = v;
  }
  if (o.reading !== undefined) {
    if (!READINGS.includes(o.reading))
      throw new MessageRefused('Refused addArticles: "reading" must be "ru", "en" or "names-only".');
    item.reading = o.reading as IngestInput['reading'];
  }
  return item;
}

function noPayload(type: string, data: unknown): void {
  if (data !== undefined && data !== null) throw new MessageRefused(`Refused ${type}: it takes no payload.`);
}

const ENTITY_ID = /^[a-z0-9-]+$/;
const LANGS: readonly Lang[] = ['ru', 'en'];

/** Who sent the message; throws MessageRefused for anything that is not this extension. */
function classifySender(sender: SenderInfo, trust: TrustContext): SenderKind {
  if (!sender || sender.id !== trust.extensionId)
    throw new MessageRefused('Refused: the sender is not this extension.');
  if (typeof sender.url === 'string' && sender.url.startsWith(trust.extensionOrigin)) return 'extension-page';
  if (sender.tab != null) return 'content-script';
  throw new MessageRefused('Refused: the sender is neither an extension page nor a content script.');
}

type Validator<T extends BackgroundMessageType> = (data: unknown) => PayloadOf<T>;

function plainObject(data: unknown, what: string, keys: readonly string[]): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new MessageRefused(`Refused ${what}: the payload must be an object.`);
  }
  const extra = Object.keys(data).filter((key) => !keys.includes(key));
  if (extra.length)
    throw new MessageRefused(`Refused ${what}: unexpected field ${extra.map((k) => `"${k}"`).join(', ')}.`);
  return data as Record<string, unknown>;
}

function entityId(value: unknown, what: string): EntityId {
  if (
    typeof value !== 'string' ||
    value.length === 0 ||
    value.length > LIMITS.idLength ||
    !ENTITY_ID.test(value)
  ) {
    throw new MessageRefused(
      `Refused ${what}: "id" must be an entity id (a-z, 0-9, -; at most ${LIMITS.idLength} characters).`,
    );
  }
  return value;
}

function lang(value: unknown, what: string): Lang {
  if (!LANGS.includes(value as Lang))
    throw new MessageRefused(`Refused ${what}: "lang" must be "ru" or "en".`);
  return value as Lang;
}

const validators: { [T in BackgroundMessageType]: Validator<T> } = {
  getEntityCard(data) {
    const o = plainObject(data, 'getEntityCard', ['id', 'lang']);
    return { id: entityId(o.id, 'getEntityCard'), lang: lang(o.lang, 'getEntityCard') };
  },
  search(data) {
    const o = plainObject(data, 'search', ['query', 'lang', 'limit']);
    if (typeof o.query !== 'string' || o.query.length > LIMITS.queryLength) {
      throw new MessageRefused(
        `Refused search: "query" must be a string of at most ${LIMITS.queryLength} characters.`,
      );
    }
    const limit = o.limit;
    if (
      limit !== undefined &&
      (!Number.isInteger(limit) || (limit as number) < 1 || (limit as number) > LIMITS.maxSearchLimit)
    ) {
      throw new MessageRefused(
        `Refused search: "limit" must be an integer from 1 to ${LIMITS.maxSearchLimit}.`,
      );
    }
    return {
      query: o.query,
      lang: lang(o.lang, 'search'),
      ...(limit === undefined ? {} : { limit: limit as number }),
    };
  },
  getStatus(data) {
    if (data !== undefined && data !== null)
      throw new MessageRefused('Refused getStatus: it takes no payload.');
    return undefined;
  },
  openLibrary(data) {
    const o = plainObject(data, 'openLibrary', ['article', 'sentence', 'entity']);
    if (o.entity !== undefined) {
      if (o.article !== undefined || o.sentence !== undefined)
        throw new MessageRefused('Refused openLibrary: give an entity, or an article and a sentence.');
      return { entity: entityId(o.entity, 'openLibrary') };
    }
    const article = o.article;
    if (typeof article !== 'string' || article.length > LIMITS.idLength || !ANY_ARTICLE_ID.test(article)) {
      throw new MessageRefused('Refused openLibrary: "article" must be an article id.');
    }
    if (!Number.isInteger(o.sentence) || (o.sentence as number) < 0)
      throw new MessageRefused('Refused openLibrary: "sentence" must be a sentence index.');
    return { article, sentence: o.sentence as number };
  },
  addArticles(data) {
    const o = plainObject(data, 'addArticles', ['items']);
    if (!Array.isArray(o.items) || o.items.length === 0 || o.items.length > INGEST_BATCH_SIZE * 4) {
      throw new MessageRefused(
        `Refused addArticles: "items" must list 1 to ${INGEST_BATCH_SIZE * 4} articles.`,
      );
    }
    return { items: o.items.map(ingestInput) };
  },
  setArticleReading(data) {
    const o = plainObject(data, 'setArticleReading', ['id', 'reading']);
    if (typeof o.id !== 'string' || o.id.length > LIMITS.idLength || !ARTICLE_ID.test(o.id))
      throw new MessageRefused('Refused setArticleReading: "id" must be one of the reader’s article ids.');
    if (!READINGS.includes(o.reading))
      throw new MessageRefused('Refused setArticleReading: "reading" must be "ru", "en" or "names-only".');
    return { id: o.id, reading: o.reading as PayloadOf<'setArticleReading'>['reading'] };
  },
  removeArticles(data) {
    const o = plainObject(data, 'removeArticles', ['ids']);
    if (
      !Array.isArray(o.ids) ||
      o.ids.length > LIMITS.removeIds ||
      !o.ids.every((id) => typeof id === 'string' && id.length <= LIMITS.idLength && ARTICLE_ID.test(id))
    ) {
      throw new MessageRefused('Refused removeArticles: "ids" must list the reader’s article ids (user-…).');
    }
    return { ids: o.ids as string[] };
  },
  exportLibrary(data) {
    noPayload('exportLibrary', data);
    return undefined;
  },
  importLibrary(data) {
    const o = plainObject(data, 'importLibrary', ['text']);
    if (typeof o.text !== 'string' || o.text.length > LIMITS.importChars) {
      throw new MessageRefused(
        `Refused importLibrary: "text" must be the text of an export file, at most ${LIMITS.importChars} characters.`,
      );
    }
    return { text: o.text };
  },
  wipeLibrary(data) {
    noPayload('wipeLibrary', data);
    return undefined;
  },
};

/**
 * Checks a message before it is handled: the sender, whether that sender may send this type, and the
 * payload's shape and size. Returns the payload rebuilt from its checked fields only.
 */
export function guardBackgroundMessage<T extends BackgroundMessageType>(
  type: T,
  data: unknown,
  sender: SenderInfo,
  trust: TrustContext,
): PayloadOf<T> {
  if (!Object.hasOwn(validators, type))
    throw new MessageRefused(`Refused: unknown message "${String(type)}".`);
  const kind = classifySender(sender, trust);
  if (kind === 'content-script' && !CONTENT_SCRIPT_MESSAGES.has(type)) {
    throw new MessageRefused(`Refused ${type}: content scripts may not send it.`);
  }
  return (validators[type] as Validator<T>)(data);
}
