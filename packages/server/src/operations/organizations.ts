import * as z from 'zod/mini';
import { Language, RegionCode } from '@emplois-en-regions/schemas';
import type { OrganizationAccount, OrganizationWrite, Store } from '../store/types.js';
import { OperationError, parseInput } from './errors.js';

const name = z.string().check(z.trim(), z.minLength(2), z.maxLength(200));
const description = z.string().check(z.trim(), z.maxLength(1000));

/** `org_<slug>`: lower-case letters, digits and hyphens, as in the demo's `carrefour-bsl`. */
export const OrganizationSlug = z.string().check(z.regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/));

const fields = {
  nameFr: name,
  nameEn: name,
  role: z.enum(['lead', 'partner']),
  descriptionFr: description,
  descriptionEn: description,
  website: z.nullable(z.url({ protocol: /^https?$/ }).check(z.maxLength(2048))),
  regionCodes: z
    .array(RegionCode)
    .check(
      z.refine((codes) => new Set(codes).size === codes.length, { params: { code: 'duplicate_region' } }),
    ),
  email: z.nullable(z.email().check(z.maxLength(254))),
  language: Language,
};

/** What the operator gives to create an organization (eer-admin `org create`). */
export const OrganizationCreate = z.strictObject({
  slug: OrganizationSlug,
  nameFr: name,
  nameEn: z.optional(name),
  role: z.optional(fields.role),
  descriptionFr: z.optional(description),
  descriptionEn: z.optional(description),
  website: z.optional(fields.website),
  regionCodes: fields.regionCodes,
  email: z.optional(fields.email),
  language: z.optional(Language),
});
export type OrganizationCreate = z.input<typeof OrganizationCreate>;

/** `org update`: only the given fields change. */
export const OrganizationUpdate = z.partial(z.strictObject(fields));
export type OrganizationUpdate = z.input<typeof OrganizationUpdate>;

/** The organization by id (`org_promis`) or slug (`promis`), or a `not_found` error on `field`. */
export async function findOrganization(
  store: Store,
  idOrSlug: string,
  field = 'organization',
): Promise<OrganizationAccount> {
  const organization = await store.organizationAccount(idOrSlug);
  if (!organization) throw OperationError.field('not_found', field, 'not_found');
  return organization;
}

export async function createOrganization(
  store: Store,
  input: unknown,
  now: Date,
): Promise<OrganizationAccount> {
  const data = parseInput(OrganizationCreate, input);
  if ((await store.organizationAccount(data.slug)) || (await store.organizationAccount(`org_${data.slug}`))) {
    throw OperationError.field('conflict', 'slug', 'already_exists');
  }
  const write: OrganizationWrite = {
    slug: data.slug,
    names: { fr: data.nameFr, en: data.nameEn ?? data.nameFr },
    role: data.role ?? 'partner',
    description: { fr: data.descriptionFr ?? '', en: data.descriptionEn ?? '' },
    website: data.website ?? null,
    regionCodes: data.regionCodes,
    email: data.email ?? null,
    language: data.language ?? 'fr',
  };
  return await store.insertOrganization(write, now);
}

export async function updateOrganization(
  store: Store,
  idOrSlug: string,
  input: unknown,
  now: Date,
): Promise<OrganizationAccount> {
  const current = await findOrganization(store, idOrSlug);
  const data = parseInput(OrganizationUpdate, input);
  const write: OrganizationWrite = {
    slug: current.slug,
    names: { fr: data.nameFr ?? current.names.fr, en: data.nameEn ?? current.names.en },
    role: data.role ?? current.role,
    description: {
      fr: data.descriptionFr ?? current.description.fr,
      en: data.descriptionEn ?? current.description.en,
    },
    website: data.website === undefined ? current.website : data.website,
    regionCodes: data.regionCodes ?? current.regionCodes,
    email: data.email === undefined ? current.email : data.email,
    language: data.language ?? current.language,
  };
  return await store.updateOrganization(current.id, write, now);
}
