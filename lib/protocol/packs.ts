// Messages of the library's Sources page: subscribing to corpus packs, listing, enabling, unsubscribing.
import * as v from 'valibot';
import type { PackSummary } from '../packs/state';
import { PackIdSchema } from '../packs/format';
import { HttpUrlSchema } from '../validate/url';
import { message, NO_PAYLOAD } from './message';

const PACK_ID = v.message(PackIdSchema, '"id" must be a pack id');

export const PACK_MESSAGES = {
  listPacks: message<PackSummary[]>()(NO_PAYLOAD),
  /** Fetches and verifies the pack at `url` (its pack.json), then keeps it; the page asked for the host's permission. */
  subscribePack: message<PackSummary>()(
    v.strictObject({ url: v.message(HttpUrlSchema, '"url" must be an http(s) address') }),
  ),
  /** Checks every pack for a newer version now (the background also does at each pack's expiry). */
  checkPacks: message<PackSummary[]>()(NO_PAYLOAD),
  setPackEnabled: message<PackSummary>()(v.strictObject({ id: PACK_ID, enabled: v.boolean() })),
  /** Removes the pack's articles and entities; nothing of the reader's own. */
  unsubscribePack: message<void>()(v.strictObject({ id: PACK_ID })),
};
