// The background's subscribed packs: subscribing, checking for updates at each pack's expiry, enabling,
// unsubscribing. The fetching and verifying is lib/packs'; here the outcome is written to IndexedDB, one
// transaction per change, and the corpus service reloads its index. Checks run one at a time.
import { fetchPack, type PackFetch } from '../../lib/packs/fetch-pack';
import type { HeldPack } from '../../lib/packs/merge';
import { afterCheck, nextCheckAt, summaryOf, type PackRecord, type PackSummary } from '../../lib/packs/state';
import type { ContextLensDb } from '../../platform/db';
import { readHeldPacks } from '../../platform/held-packs';

export interface PackServiceDeps {
  db: ContextLensDb;
  fetch: PackFetch;
  subtle: SubtleCrypto;
  now?: () => number;
  /** Whether the reader allowed fetching from the origin of `url` (the host permission). */
  mayFetch: (url: string) => Promise<boolean>;
  /** The packs in use changed: reload the index and republish the matcher pack. */
  changed: () => Promise<void>;
  /** Wake the worker at `when` for the next check (browser.alarms); null: no pack to check. */
  schedule?: (when: number | null) => Promise<void> | void;
  timeoutMs?: number;
  maxBytes?: number;
}

export class PackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackError';
  }
}

export class PackService {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: PackServiceDeps) {}

  private get now(): number {
    return (this.deps.now ?? Date.now)();
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async records(): Promise<PackRecord[]> {
    return (await this.deps.db.packs.toArray()).sort((a, b) => a.subscribedAt - b.subscribedAt);
  }

  async list(): Promise<PackSummary[]> {
    return (await this.records()).map(summaryOf);
  }

  /** The enabled packs' data, in subscription order: what the index merges. */
  async held(): Promise<HeldPack[]> {
    return (await readHeldPacks(this.deps.db)).packs;
  }

  private fetchDeps() {
    const { fetch, subtle, timeoutMs, maxBytes } = this.deps;
    return { fetch, subtle, now: () => this.now, timeoutMs, maxBytes };
  }

  /** Fetches, verifies and keeps the pack at `url`; throws PackError saying why when it cannot. */
  subscribe(url: string): Promise<PackSummary> {
    return this.serial(async () => {
      const existing = (await this.records()).find((r) => r.url === url);
      if (existing) return summaryOf(await this.checkRecord(existing));
      if (!(await this.deps.mayFetch(url)))
        throw new PackError(`Context Lens was not allowed to fetch from ${new URL(url).host}`);
      const check = await fetchPack(url, null, this.fetchDeps());
      if (check.kind === 'failed') throw new PackError(check.message);
      if (check.kind !== 'updated') throw new PackError(`${url} gave no pack`);
      const { id } = check.manifest;
      const taken = await this.deps.db.packs.get(id);
      if (taken) throw new PackError(`the pack “${id}” is already subscribed, from ${taken.url}`);
      const now = this.now;
      const record: PackRecord = {
        id,
        url,
        manifest: check.manifest,
        fingerprint: check.fingerprint,
        etag: check.etag,
        bytes: check.bytes,
        enabled: true,
        subscribedAt: now,
        updatedAt: now,
        checkedAt: now,
        lastError: null,
      };
      const { db } = this.deps;
      await db.transaction('rw', [db.packs, db.packData], async () => {
        await db.packData.put({ id, content: check.content });
        await db.packs.put(record);
      });
      try {
        await this.deps.changed();
      } catch (error) {
        // A pack the index cannot take would break every later publish: it is not kept.
        await db.transaction('rw', [db.packs, db.packData], async () => {
          await db.packs.delete(id);
          await db.packData.delete(id);
        });
        await this.deps.changed();
        throw new PackError(
          `the pack could not be added to the library (${error instanceof Error ? error.message : String(error)})`,
        );
      }
      await this.reschedule();
      return summaryOf(record);
    });
  }

  /** Checks one held pack; a new version replaces the old in one transaction, a failure is recorded. */
  private async checkRecord(record: PackRecord): Promise<PackRecord> {
    const check = (await this.deps.mayFetch(record.url))
      ? await fetchPack(record.url, record, this.fetchDeps())
      : ({
          kind: 'failed',
          message: `Context Lens is no longer allowed to fetch from ${new URL(record.url).host}`,
        } as const);
    const next = afterCheck(record, check, this.now);
    const { db } = this.deps;
    const kept = await db.transaction('rw', [db.packs, db.packData], async () => {
      // Unsubscribed while the check ran: nothing is written back.
      if (!(await db.packs.get(record.id))) return false;
      if (check.kind === 'updated') await db.packData.put({ id: record.id, content: check.content });
      await db.packs.put(next);
      return true;
    });
    if (kept && check.kind === 'updated' && next.enabled) await this.deps.changed();
    return next;
  }

  /** Checks the packs whose time has come (their expiry; an hour after a failure). */
  checkDue(): Promise<PackSummary[]> {
    return this.serial(async () => {
      for (const record of await this.records())
        if (nextCheckAt(record) <= this.now) await this.checkRecord(record);
      await this.reschedule();
      return this.list();
    });
  }

  /** Checks every pack now. */
  checkAll(): Promise<PackSummary[]> {
    return this.serial(async () => {
      for (const record of await this.records()) await this.checkRecord(record);
      await this.reschedule();
      return this.list();
    });
  }

  setEnabled(id: string, enabled: boolean): Promise<PackSummary> {
    return this.serial(async () => {
      const record = await this.deps.db.packs.get(id);
      if (!record) throw new PackError(`no pack “${id}” is subscribed`);
      const next = { ...record, enabled };
      await this.deps.db.packs.put(next);
      if (record.enabled !== enabled) await this.deps.changed();
      return summaryOf(next);
    });
  }

  /** Removes the pack's record and data; the index, rebuilt without it, keeps all the reader's own. */
  unsubscribe(id: string): Promise<void> {
    return this.serial(async () => {
      const { db } = this.deps;
      await db.transaction('rw', [db.packs, db.packData], async () => {
        await db.packs.delete(id);
        await db.packData.delete(id);
      });
      await this.deps.changed();
      await this.reschedule();
    });
  }

  private async reschedule(): Promise<void> {
    if (!this.deps.schedule) return;
    const times = (await this.records()).map(nextCheckAt);
    await this.deps.schedule(times.length ? Math.min(...times) : null);
  }
}
