// The browser validators (src/wire) must agree with the zod schemas they are
// generated from: same verdict, same field errors (both ways) and the same
// parsed output (zod trims some text) on valid samples and on every mutation
// of them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as zod from '../src/index.js';
import * as wire from '../src/wire/index.js';
import { WIRE_SCHEMA_NAMES } from '../src/wire/generate.js';

const localized = { fr: 'Texte', en: 'Text' };
const region = {
  code: '04',
  name: { fr: 'Mauricie', en: 'Mauricie' },
  served: true,
  serviceArea: 'all',
  cmm: 'none',
  mrcCount: 4,
  equivalentTerritoryCount: 2,
  municipalityCount: 50,
  localMunicipalityCount: 41,
  population: 275000,
  populationOutsideCmm: 275000,
};
const attribution = { text: localized, licence: 'CC BY 4.0', sourcesUrl: 'https://www.donneesquebec.ca/' };
const mrc = {
  code: '371',
  name: 'Trois-Rivières',
  type: 'TE',
  regionCode: '04',
  cmm: 'none',
  municipalityCount: 1,
  population: 1,
};
const municipality = {
  code: '37067',
  name: 'Trois-Rivières',
  designation: 'Ville',
  kind: 'local_municipality',
  regionCode: '04',
  mrcCode: '371',
  cmm: false,
  population: 140000,
};
const organization = {
  id: 'org_promis',
  name: 'PROMIS',
  role: 'lead',
  description: localized,
  website: null,
  regionCodes: ['01', '17'],
  sample: false,
};
const advisor = {
  id: 'adv_1',
  displayName: 'Julie T.',
  title: localized,
  organizationId: 'org_promis',
  organizationName: 'PROMIS',
  regionCodes: ['04'],
  languages: ['fr', 'en'],
  sample: true,
};
const event = {
  id: 'evt_forum',
  title: localized,
  summary: localized,
  type: 'forum',
  format: 'hybrid',
  status: 'scheduled',
  start: '2026-12-03T18:30:00-05:00',
  end: '2026-12-03T20:00:00-05:00',
  timeZone: 'America/Toronto',
  regionCodes: ['17'],
  location: {
    venue: 'Salle',
    address: null,
    municipalityCode: '49058',
    municipalityName: 'Drummondville',
    regionCode: '17',
  },
  onlineUrl: 'https://webinaire.example/x',
  registrationUrl: null,
  organizationId: 'org_promis',
  languages: ['fr'],
  sample: true,
  icsUrl: 'http://localhost:8787/v1/events/evt_forum.ics',
};
const input = {
  name: 'Ana Pérez',
  email: 'ana@example.ca',
  phone: '+1 819 555-0199',
  regionCodes: ['04', '17'],
  municipalityCode: '37067',
  message: 'Bonjour, je souhaite m’installer en Mauricie.',
  preferredLanguage: 'fr',
  consent: true,
  privacyPolicyUrl: 'https://mrc.example/confidentialite',
  website: '',
};
const receipt = {
  id: 'cr_1',
  reference: 'EER-2026-000123',
  status: 'received',
  createdAt: '2026-11-27T22:00:00Z',
  regionCodes: ['04'],
  organization: { id: 'org_promis', name: 'PROMIS' },
  responseDelayBusinessDays: 2,
  respondBy: '2026-12-01',
};
const request = {
  ...receipt,
  status: 'in_progress',
  updatedAt: '2026-11-28T14:00:00.000Z',
  erasedAt: null,
  name: 'Ana',
  email: 'ana@example.ca',
  phone: null,
  municipalityCode: null,
  message: 'Bonjour à vous.',
  preferredLanguage: 'en',
  consentAt: '2026-11-27T22:00:00.123Z',
  privacyPolicyUrl: null,
  origin: 'http://localhost:5173',
};
const problem = {
  type: 'https://emplois-en-regions.example/problems/invalid_body',
  title: 'Invalid',
  status: 422,
  detail: 'd',
  code: 'invalid_body',
  errors: [{ field: 'email', code: 'invalid_email', message: 'm' }],
};
const list = (item: unknown) => ({ data: [item], nextCursor: null });

const SAMPLES: Record<(typeof WIRE_SCHEMA_NAMES)[number], unknown[]> = {
  RegionCode: ['01', '17'],
  MrcCode: ['01', '371'],
  MunicipalityCode: ['49058'],
  Id: ['evt_forum'],
  Region: [region],
  RegionList: [{ ...list(region), attribution }],
  Mrc: [mrc],
  MrcList: [{ ...list(mrc), attribution }],
  Municipality: [municipality, { ...municipality, mrcCode: null }],
  MunicipalityList: [{ ...list(municipality), nextCursor: 'abc', attribution }],
  Organization: [organization, { ...organization, website: 'https://x.example' }],
  OrganizationList: [list(organization)],
  Advisor: [advisor],
  AdvisorList: [list(advisor)],
  Event: [event, { ...event, location: null, onlineUrl: null }],
  EventList: [list(event)],
  ContactRequestInput: [
    input,
    {
      name: 'A',
      email: 'a@b.ca',
      regionCodes: ['01'],
      message: '0123456789',
      preferredLanguage: 'en',
      consent: true,
    },
  ],
  ContactRequestReceipt: [receipt],
  ContactRequest: [request],
  ContactRequestList: [list(request)],
  Problem: [problem, { ...problem, errors: undefined, retryAfter: 1.5, requestId: 'r' }],
  MrcQuery: [{}, { region: '04' }],
  MunicipalityQuery: [{ q: 'st-jean', region: '16', mrc: '56', limit: 20, cursor: 'abc_-1' }],
  AdvisorQuery: [{ region: '04' }],
  EventQuery: [
    { region: '17', type: 'forum', from: '2026-01-01', to: '2026-12-03T10:00:00-05:00', limit: 5 },
  ],
  ContactRequestQuery: [{ status: 'in_progress', limit: 100, cursor: 'x' }],
};

const WRONG_VALUES: unknown[] = [
  undefined,
  null,
  42,
  4.5,
  -1,
  0,
  101,
  true,
  '',
  'x',
  '06',
  '13',
  '18',
  'not an email',
  '2026-02-30',
  '2026-13-01T00:00:00Z',
  'javascript:alert(1)',
  'x'.repeat(3000),
  [],
  ['06'],
  ['01', '02', '03', '04'],
  {},
  { extra: 1 },
  // Whitespace: zod trims names, titles and messages before measuring them.
  '   ',
  ' \t\n ',
  '\u00a0\u2003\u3000\ufeff',
  '   abc      ',
  ' x ',
];

/** Each string of a sample is also tried padded: trimmed by zod where it trims, refused where it does not. */
const PADDINGS: ((text: string) => string)[] = [
  (text) => `   ${text}      `,
  (text) => `\u00a0${text}\u3000`,
  (text) => `\t${text}\n\u2028`,
];

/** Every (path, value) pair of a sample, depth first. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => paths((value as Record<string, unknown>)[key], [...prefix, key]))];
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (!path.length) return value;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<
    string | number,
    unknown
  >;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (rest.length === 0 && value === undefined && !Array.isArray(copy)) delete copy[head];
  else copy[head] = setAt(copy[head], rest, value);
  return copy;
}

/** Accepted or not, the parsed output, and the field errors by field. */
function verdict(schema: { safeParse(v: unknown): wire.SafeParseResult<unknown> }, value: unknown) {
  const result = schema.safeParse(value);
  const fields = new Map<string, string[]>();
  if (!result.success) {
    for (const e of zod.toFieldErrors(result.error.issues, 'fr', value)) {
      fields.set(e.field, [...new Set([...(fields.get(e.field) ?? []), e.code])].sort());
    }
  }
  return { ok: result.success, data: result.success ? result.data : undefined, fields };
}

/** Same verdict, same parsed output, same fields and the same codes for each field. */
function assertAgree(name: string, value: unknown, label: string) {
  const z = verdict(zod[name as keyof typeof zod] as never, value);
  const w = verdict(wire[name as keyof typeof wire] as never, value);
  assert.equal(w.ok, z.ok, `${label}: verdict`);
  assert.deepEqual(w.data, z.data, `${label}: parsed output`);
  assert.deepEqual(Object.fromEntries(w.fields), Object.fromEntries(z.fields), `${label}: field codes`);
}

// The SDK sends `limit` as a number; only the server reads it from text.
const skip = (path: (string | number)[], value: unknown) =>
  path.at(-1) === 'limit' && typeof value !== 'number' && value !== undefined;

describe('browser validators agree with the zod schemas', () => {
  for (const name of WIRE_SCHEMA_NAMES) {
    it(name, () => {
      let cases = 0;
      for (const sample of SAMPLES[name]) {
        assert.equal(verdict(zod[name] as never, sample).ok, true, `${name}: zod accepts the sample`);
        assertAgree(name, sample, `${name}: sample`);
        for (const path of paths(sample)) {
          const original = path.reduce<unknown>((node, key) => (node as never)[key], sample);
          const padded = typeof original === 'string' ? PADDINGS.map((pad) => pad(original)) : [];
          for (const value of [...WRONG_VALUES, ...padded]) {
            if (skip(path, value)) continue;
            assertAgree(
              name,
              setAt(sample, path, value),
              `${name} with ${path.join('.') || '(root)'} = ${JSON.stringify(value)?.slice(0, 40)}`,
            );
            cases++;
          }
        }
      }
      assert.ok(cases > 20, `${name}: ${cases} mutations`);
    });
  }

  it('are Standard Schemas', () => {
    const result = wire.Region['~standard'].validate({ ...region, code: '99' });
    assert.ok('issues' in result && result.issues[0]?.path.join('.') === 'code');
    assert.deepEqual(wire.Region['~standard'].validate(region), { value: region });
  });
});
