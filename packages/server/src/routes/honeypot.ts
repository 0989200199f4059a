import { randomBytes, randomInt } from 'node:crypto';
import type { ContactRequestReceipt } from '@emplois-en-regions/schemas';
import { formatReference, RESPONSE_DELAY_BUSINESS_DAYS } from '../store/contact-requests.js';
import type { Store } from '../store/types.js';
import { TORONTO } from '../time/toronto.js';
import { addBusinessDays, formatLocalDate, localDateOf } from '../time/zone.js';

/** True when the hidden `website` field, which people never see, was filled: a bot. */
export function honeypotFilled(raw: unknown): boolean {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    typeof (raw as { website?: unknown }).website === 'string' &&
    (raw as { website: string }).website !== ''
  );
}

/**
 * What a bot that filled the honeypot gets: an answer shaped like a success, so it
 * learns nothing, while nothing is stored and nobody is notified. Its reference is
 * drawn at random from numbers the year's sequence will not reach.
 */
export async function decoyReceipt(
  store: Store,
  input: { regionCodes: string[] },
  now: Date,
): Promise<ContactRequestReceipt> {
  const today = localDateOf(now, TORONTO);
  const region = input.regionCodes[0] ?? '';
  const organizations = await store.organizations();
  const organization =
    organizations.find((candidate) => candidate.regionCodes.includes(region)) ?? organizations[0];
  return {
    id: `cr_${randomBytes(12).toString('base64url')}`,
    reference: formatReference(today.year, randomInt(900_000, 1_000_000)),
    status: 'received',
    createdAt: now.toISOString(),
    regionCodes: input.regionCodes,
    organization: { id: organization?.id ?? 'org_promis', name: organization?.name ?? 'PROMIS' },
    responseDelayBusinessDays: RESPONSE_DELAY_BUSINESS_DAYS,
    respondBy: formatLocalDate(addBusinessDays(today, RESPONSE_DELAY_BUSINESS_DAYS)),
  };
}
