import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import {
  Advisor,
  ContactRequest,
  ContactRequestReceipt,
  EVENT_FORMATS,
  EVENT_TYPES,
  Event,
  Mrc,
  Municipality,
  Organization,
  Region,
} from '@emplois-en-regions/schemas';
import { MIGRATIONS, MIGRATION_VERSIONS, migrate } from '../src/store/migrations.js';
import { SQLITE_MIGRATIONS } from '../src/store/sqlite/migrations.js';
import { SQLITE, sqliteSql } from '../src/store/sqlite/sql.js';
import { geographyQueries } from '../src/store/geography.js';
import type { Sql } from '../src/store/sql.js';
import { createTestDatabaseFile, testDatabaseBackend, type TestDatabaseFile } from '../src/testing.js';
import { InvalidCursorError, openStore } from '../src/store/index.js';
import { createEvent, createKey, createOrganization, updateOrganization } from '../src/operations/index.js';
import type {
  ContactInput,
  EventRecord,
  EventSearch,
  MunicipalitySearch,
  PageResult,
  Store,
} from '../src/store/index.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Friday 20 February 2026, 10:00 in Québec: the sample events then straddle the 8 March switch to EDT. */
const NOW = new Date('2026-02-20T15:00:00Z');
const SERVED = ['01', '02', '03', '04', '05', '07', '08', '09', '10', '11', '12', '14', '15', '16', '17'];
const FORUM_ID = 'evt_3e-forum-regionalisation-2024';
const NBSP = '\u00a0';

const temporaryDatabases: TestDatabaseFile[] = [];
/** A fresh database on the backend under test (EER_TEST_DATABASE), deleted after the file's tests. */
async function temporaryDatabase(): Promise<TestDatabaseFile> {
  const database = await createTestDatabaseFile();
  temporaryDatabases.push(database);
  return database;
}
after(async () => {
  for (const database of temporaryDatabases) await database.dispose();
});

interface Schema {
  safeParse(value: unknown): { success: boolean; error?: { issues: unknown } };
}

function assertMatches(schema: Schema, value: unknown, what: string): void {
  const result = schema.safeParse(value);
  assert.ok(result.success, `${what} does not match its schema: ${JSON.stringify(result.error?.issues)}`);
}

/** Follows `nextCursor` to the end, checking that no page is larger than asked. */
async function collectPages<T>(
  limit: number,
  fetchPage: (cursor: string | undefined) => Promise<PageResult<T>>,
): Promise<T[]> {
  const found: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    assert.ok(page.data.length <= limit);
    found.push(...page.data);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return found;
}

function allMunicipalities(store: Store, query: Omit<MunicipalitySearch, 'cursor'>): Promise<Municipality[]> {
  return collectPages(query.limit, (cursor) => store.searchMunicipalities({ ...query, cursor }));
}

function allEvents(store: Store, query: Omit<EventSearch, 'cursor'>): Promise<EventRecord[]> {
  return collectPages(query.limit, (cursor) => store.events({ ...query, cursor }));
}

/** The UTC offset of an instant in Québec, read with Intl's own offset formatting (e.g. `-05:00`). */
function torontoOffset(instant: Date): string {
  const name = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto', timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  return (name ?? '').replace('GMT', '');
}

function torontoClock(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Toronto',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}

function contactInput(overrides: Partial<ContactInput> = {}): ContactInput {
  return {
    name: 'Ana Souza',
    email: 'ana@exemple.ca',
    regionCodes: ['08'],
    message: 'Bonjour, je souhaite m’installer en région avec ma famille.',
    preferredLanguage: 'fr',
    consent: true,
    ...overrides,
  };
}

/** Rows per table, read beside the store. */
async function tableCounts(database: TestDatabaseFile): Promise<Record<string, number>> {
  const tables = await database.rows(
    database.backend === 'sqlite'
      ? "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
      : "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    counts[String(name)] = Number((await database.rows(`SELECT count(*) AS n FROM "${String(name)}"`))[0]?.n);
  }
  return counts;
}

describe('geography', () => {
  let store: Store;
  before(async () => {
    store = await openStore({ ...(await temporaryDatabase()).options, now: NOW });
  });
  after(async () => await store.close());

  it('has the 17 regions, 15 of them served, matching the Region schema', async () => {
    const regions = await store.regions();
    assert.deepEqual(
      regions.map((region) => region.code),
      Array.from({ length: 17 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    for (const region of regions) assertMatches(Region, region, `region ${region.code}`);
    assert.deepEqual(
      regions.filter((region) => region.served).map((region) => region.code),
      SERVED,
    );
    assert.equal((await store.region('17'))?.name.fr, 'Centre-du-Québec');
    assert.equal((await store.region('02'))?.name.fr, 'Saguenay–Lac-Saint-Jean');
    assert.equal(await store.region('18'), undefined);
  });

  it('maps service areas: none for Montréal and Laval, outside the CMM for 14–16, all elsewhere', async () => {
    for (const region of await store.regions()) {
      const expected = ['06', '13'].includes(region.code)
        ? 'none'
        : ['14', '15', '16'].includes(region.code)
          ? 'outside-cmm'
          : 'all';
      assert.equal(region.serviceArea, expected, `service area of ${region.code}`);
    }
    assert.equal((await store.region('06'))?.cmm, 'all');
    assert.equal((await store.region('13'))?.cmm, 'all');
    assert.equal((await store.region('16'))?.cmm, 'partial');
    assert.equal((await store.region('01'))?.cmm, 'none');
  });

  it('has region aggregates that add up to the data counts', async () => {
    const regions = await store.regions();
    const sum = (pick: (region: Region) => number) =>
      regions.reduce((total, region) => total + pick(region), 0);
    assert.equal(
      sum((region) => region.municipalityCount),
      1281,
    );
    assert.equal(
      sum((region) => region.localMunicipalityCount),
      1122,
    );
    assert.equal(
      sum((region) => region.mrcCount),
      87,
    );
    assert.equal(
      sum((region) => region.equivalentTerritoryCount),
      17,
    );
    assert.equal((await store.region('13'))?.populationOutsideCmm, 0);
  });

  it('has 104 MRCs and equivalent territories (87 + 17), filterable by region', async () => {
    const mrcs = await store.mrcs({});
    assert.equal(mrcs.length, 104);
    assert.equal(mrcs.filter((mrc) => mrc.type === 'MRC').length, 87);
    assert.equal(mrcs.filter((mrc) => mrc.type === 'TE').length, 17);
    for (const mrc of mrcs) assertMatches(Mrc, mrc, `MRC ${mrc.code}`);
    for (const region of await store.regions()) {
      const ofRegion = await store.mrcs({ region: region.code });
      assert.ok(ofRegion.every((mrc) => mrc.regionCode === region.code));
      assert.equal(
        ofRegion.length,
        region.mrcCount + region.equivalentTerritoryCount,
        `MRCs of ${region.code}`,
      );
    }
    assert.equal(mrcs.find((mrc) => mrc.code === '49')?.name, 'Drummond');
    assert.equal(mrcs.find((mrc) => mrc.code === '72')?.cmm, 'partial');
  });

  it('has the 1,281 municipal entities: 1,122 local municipalities, 82 in the CMM', async () => {
    const everything = await allMunicipalities(store, { limit: 100 });
    assert.equal(everything.length, 1281);
    assert.equal(new Set(everything.map((municipality) => municipality.code)).size, 1281);
    assert.equal(
      everything.filter((municipality) => municipality.kind === 'local_municipality').length,
      1122,
    );
    assert.equal(everything.filter((municipality) => municipality.cmm).length, 82);
    for (const municipality of everything) assertMatches(Municipality, municipality, municipality.code);
  });

  it('reads one municipality with its MRC (or TE) and CMM membership', async () => {
    assert.deepEqual(await store.municipality('49058'), {
      code: '49058',
      name: 'Drummondville',
      designation: 'Ville',
      kind: 'local_municipality',
      regionCode: '17',
      mrcCode: '49',
      cmm: false,
      population: 85601,
    });
    assert.equal((await store.municipality('66023'))?.cmm, true);
    assert.equal((await store.municipality('66023'))?.mrcCode, '66');
    assert.equal((await store.municipality('99908'))?.mrcCode, null, 'the one entity outside any MRC/TE');
    assert.equal(await store.municipality('00000'), undefined);
  });

  it('exposes the CC BY 4.0 attribution in both languages', () => {
    assert.match(store.attribution.text.fr, /Gouvernement du Québec/);
    assert.match(store.attribution.text.en, /Gouvernement du Québec/);
    assert.match(store.attribution.licence, /CC-BY-4\.0/);
  });
});

describe('municipality search', () => {
  let store: Store;
  before(async () => {
    store = await openStore({ ...(await temporaryDatabase()).options, now: NOW });
  });
  after(async () => await store.close());

  const names = async (query: Omit<MunicipalitySearch, 'limit'>, limit = 100) =>
    (await store.searchMunicipalities({ limit, ...query })).data.map((municipality) => municipality.name);

  it('folds case and accents: montreal and MONTRÉAL both find Montréal first', async () => {
    assert.deepEqual(await names({ q: 'montreal' }), ['Montréal', 'Montréal-Est', 'Montréal-Ouest']);
    assert.deepEqual(await names({ q: 'MONTRÉAL' }), await names({ q: 'montreal' }));
    assert.deepEqual(await names({ q: '  Montréal  ' }), await names({ q: 'montreal' }));
  });

  it('folds hyphens and spaces: riviere du loup finds Rivière-du-Loup first', async () => {
    assert.deepEqual(await names({ q: 'riviere du loup' }), [
      'Rivière-du-Loup',
      'Saint-Hubert-de-Rivière-du-Loup',
    ]);
    assert.deepEqual(await names({ q: 'Rivière-du-Loup' }), await names({ q: 'riviere du loup' }));
  });

  it('folds apostrophes and punctuation', async () => {
    assert.deepEqual(await names({ q: 'val d’or' }), ["Val-d'Or"]);
    assert.deepEqual(await names({ q: "val-d'or" }), ["Val-d'Or"]);
    assert.deepEqual(await names({ q: 'saint louis du ha ha' }), ['Saint-Louis-du-Ha! Ha!']);
  });

  it('reads st and ste as saint and sainte', async () => {
    const stJean = await allMunicipalities(store, { q: 'st-jean', limit: 100 });
    // The nine Saint-Jean-… first (prefix), then names with a word Saint-Jean (L'Anse-Saint-Jean…).
    assert.ok(stJean.slice(0, 9).every((municipality) => municipality.name.startsWith('Saint-Jean-')));
    assert.ok(stJean.every((municipality) => municipality.name.includes('Saint-Jean')));
    assert.ok(stJean.some((municipality) => municipality.name === "L'Anse-Saint-Jean"));
    assert.ok(
      stJean.some((municipality) => municipality.code === '56083'),
      'Saint-Jean-sur-Richelieu',
    );
    assert.deepEqual(
      (await allMunicipalities(store, { q: 'saint jean', limit: 100 })).map(
        (municipality) => municipality.code,
      ),
      stJean.map((municipality) => municipality.code),
    );
    const steAnne = await names({ q: 'ste-anne' });
    assert.equal(await steAnne[0], 'Sainte-Anne-de-Beaupré');
    assert.ok(steAnne.slice(0, 10).every((name) => name.startsWith('Sainte-Anne')));
    assert.ok(steAnne.includes('Petit-Lac-Sainte-Anne'), 'a word inside the name starts with the query');
    // `st` is also the start of real names, so it is not only read as `saint`.
    assert.deepEqual(await names({ q: 'stoke' }), ['Stoke']);
    assert.equal((await names({ q: 'st' }, 100)).length, 100);
  });

  it('matches a 5-digit geographic code', async () => {
    assert.deepEqual(await names({ q: '49058' }), ['Drummondville']);
    assert.deepEqual(await names({ q: '65005' }), ['Laval']);
  });

  it('ranks exact, then prefix, then word prefix, then substring', async () => {
    // Laval (exact), Lavaltrie (prefix), Calixa-Lavallée and Sainte-Brigitte-de-Laval (a word starts with it).
    assert.deepEqual(await names({ q: 'laval' }), [
      'Laval',
      'Lavaltrie',
      'Calixa-Lavallée',
      'Sainte-Brigitte-de-Laval',
    ]);
    // Vallée-Jonction (prefix), Grande-/Petite-Vallée (word prefix), Calixa-Lavallée (substring only).
    assert.deepEqual(await names({ q: 'vallee' }), [
      'Vallée-Jonction',
      'Grande-Vallée',
      'Petite-Vallée',
      'Calixa-Lavallée',
    ]);
    // Rimouski (prefix), three "…-de-Rimouski" (word prefix), Saint-Prime (substring).
    assert.deepEqual(await names({ q: 'rim' }), [
      'Rimouski',
      'Saint-Gabriel-de-Rimouski',
      'Saint-Narcisse-de-Rimouski',
      'Saint-Simon-de-Rimouski',
      'Saint-Prime',
    ]);
    assert.deepEqual(await names({ q: 'zzzz' }), []);
  });

  it('lists by French name order when q is empty, ties by code', async () => {
    const firstPage = (await store.searchMunicipalities({ limit: 50 })).data;
    const collator = new Intl.Collator('fr-CA');
    for (let i = 1; i < firstPage.length; i++) {
      const [previous, current] = [firstPage[i - 1]!, firstPage[i]!];
      const order = collator.compare(previous.name, current.name);
      assert.ok(
        order < 0 || (order === 0 && previous.code < current.code),
        `${previous.name} ≤ ${current.name}`,
      );
    }
    // Two entities are both named Stanstead (a town and a township): the code decides.
    const stanstead = (await store.searchMunicipalities({ q: 'stanstead', limit: 10 })).data;
    assert.deepEqual(
      stanstead
        .filter((municipality) => municipality.name === 'Stanstead')
        .map((municipality) => municipality.code),
      stanstead
        .filter((municipality) => municipality.name === 'Stanstead')
        .map((municipality) => municipality.code)
        .sort(),
    );
  });

  it('combines region and MRC filters with the query', async () => {
    const inBsl = await allMunicipalities(store, { q: 'saint', region: '01', limit: 100 });
    assert.ok(inBsl.length > 10);
    assert.ok(inBsl.every((municipality) => municipality.regionCode === '01'));
    const drummond = await allMunicipalities(store, { mrc: '49', limit: 100 });
    assert.equal(
      drummond.length,
      (await store.mrcs({ region: '17' })).find((mrc) => mrc.code === '49')?.municipalityCount,
    );
    assert.ok(drummond.every((municipality) => municipality.mrcCode === '49'));
    assert.deepEqual(await names({ q: 'drummondville', mrc: '49' }), ['Drummondville']);
    assert.deepEqual(await names({ q: 'drummondville', region: '01' }), []);
    assert.equal((await allMunicipalities(store, { region: '13', limit: 100 })).length, 1);
  });

  it('paginates without duplicates or gaps, whatever the page size', async () => {
    const bySevens = await allMunicipalities(store, { q: 'saint', limit: 7 });
    const byHundreds = await allMunicipalities(store, { q: 'saint', limit: 100 });
    assert.ok(byHundreds.length > 300);
    assert.equal(new Set(bySevens.map((municipality) => municipality.code)).size, bySevens.length);
    assert.deepEqual(
      bySevens.map((municipality) => municipality.code),
      byHundreds.map((municipality) => municipality.code),
    );
    const lastPage = await store.searchMunicipalities({ q: 'laval', limit: 4 });
    assert.equal(lastPage.data.length, 4);
    assert.equal(lastPage.nextCursor, null, 'no cursor when the page is the last one');
  });

  it('refuses a cursor it cannot read or made for another query', async () => {
    const cursor = (await store.searchMunicipalities({ q: 'saint', limit: 5 })).nextCursor;
    assert.ok(cursor);
    assert.match(cursor, /^[A-Za-z0-9_-]{1,200}$/);
    for (const garbage of ['garbage', 'not a cursor!', 'Zm9v', Buffer.from('[1,2]').toString('base64url')]) {
      await assert.rejects(
        async () => await store.searchMunicipalities({ q: 'saint', limit: 5, cursor: garbage }),
        InvalidCursorError,
      );
    }
    await assert.rejects(
      async () => await store.searchMunicipalities({ q: 'lac', limit: 5, cursor }),
      InvalidCursorError,
    );
    await assert.rejects(
      async () => await store.searchMunicipalities({ q: 'saint', region: '01', limit: 5, cursor }),
      InvalidCursorError,
    );
    // The same query, typed differently, folds to the same search and keeps its cursor.
    assert.equal((await store.searchMunicipalities({ q: 'SAINT', limit: 5, cursor })).data.length, 5);
  });

  it('reads the municipalities again at the next search when the first read failed', async () => {
    // The table is read once and kept; a read that failed (database unreachable) must not be.
    const row = {
      code: '37067',
      name: 'Trois-Rivières',
      designation: 'Ville',
      kind: 'local',
      region_code: '04',
      mrc_code: '371',
      cmm: 0,
      population: 1,
      search_name: 'trois rivieres',
      name_order: 0,
    };
    let reads = 0;
    const sql = {
      dialect: SQLITE,
      all: async () => {
        reads += 1;
        if (reads === 1) throw new Error('connection refused');
        return [row];
      },
    } as unknown as Sql;
    const geography = geographyQueries(sql);
    await assert.rejects(geography.searchMunicipalities({ q: 'trois', limit: 5 }), /connection refused/);
    const found = await geography.searchMunicipalities({ q: 'trois', limit: 5 });
    assert.deepEqual(
      found.data.map((municipality) => municipality.name),
      ['Trois-Rivières'],
    );
    await geography.searchMunicipalities({ q: 'rivieres', limit: 5 });
    assert.equal(reads, 2, 'read once it succeeded, then kept');
  });
});

describe('organizations and advisors', () => {
  let store: Store;
  before(async () => {
    store = await openStore({ ...(await temporaryDatabase()).options, now: NOW });
  });
  after(async () => await store.close());

  it('has the three real program leads serving the 15 regions', async () => {
    const leads = (await store.organizations()).filter((organization) => organization.role === 'lead');
    assert.deepEqual(
      leads.map((organization) => organization.name),
      ['PROMIS', 'Collectif des femmes immigrantes du Québec', 'INICI'],
    );
    for (const lead of leads) {
      assertMatches(Organization, lead, lead.id);
      assert.equal(lead.sample, false);
      assert.deepEqual(lead.regionCodes, SERVED);
      assert.match(lead.description.fr, /Emplois en régions/);
      assert.match(lead.description.en, /Emplois en régions/);
    }
    assert.equal((await store.organization('org_promis'))?.name, 'PROMIS');
    assert.equal(await store.organization('org_nope'), undefined);
  });

  it('has 4–6 fictional partners, clearly marked, covering regions 01, 04, 08, 12 and 17', async () => {
    const partners = (await store.organizations()).filter((organization) => organization.role === 'partner');
    assert.ok(partners.length >= 4 && partners.length <= 6);
    for (const partner of partners) {
      assertMatches(Organization, partner, partner.id);
      assert.equal(partner.sample, true);
      assert.match(partner.name, /\(exemple\)$/);
      assert.ok(
        partner.website && new URL(partner.website).hostname.endsWith('.example'),
        partner.website ?? '',
      );
      assert.ok(partner.regionCodes.length >= 1 && partner.regionCodes.length <= 3);
      assert.ok(partner.regionCodes.every((code) => SERVED.includes(code)));
    }
    const covered = new Set(partners.flatMap((partner) => partner.regionCodes));
    for (const code of ['01', '04', '08', '12', '17'])
      assert.ok(covered.has(code), `a partner serves ${code}`);
  });

  it('has fictional advisors in every served region, with no e-mail or phone', async () => {
    const advisors = await store.advisors({});
    assert.ok(advisors.length >= 8);
    for (const advisor of advisors) {
      assertMatches(Advisor, advisor, advisor.id);
      assert.equal(advisor.sample, true);
      assert.match(advisor.displayName, /^\p{Lu}[\p{L}-]+ \p{Lu}\.$/u);
      assert.equal(advisor.organizationName, (await store.organization(advisor.organizationId))?.name);
      assert.ok(!/mail|phone|tel/i.test(JSON.stringify(Object.keys(advisor))));
      assert.ok(!/@|\d{3}[ -]\d{4}/.test(JSON.stringify(advisor)));
    }
    for (const code of SERVED) {
      const ofRegion = await store.advisors({ region: code });
      assert.ok(ofRegion.length >= 1, `an advisor serves ${code}`);
      assert.ok(ofRegion.every((advisor) => advisor.regionCodes.includes(code)));
    }
    assert.deepEqual(await store.advisors({ region: '06' }), []);
  });
});

describe('events', () => {
  let store: Store;
  let everything: EventRecord[];
  before(async () => {
    store = await openStore({ ...(await temporaryDatabase()).options, now: NOW });
    everything = await allEvents(store, { from: new Date(0), limit: 100 });
  });
  after(async () => await store.close());

  it('match the Event schema, with all five types, all three formats and exactly one cancelled', async () => {
    for (const event of everything) {
      assertMatches(Event, { ...event, icsUrl: `http://localhost/v1/events/${event.id}.ics` }, event.id);
    }
    const upcoming = await allEvents(store, { from: NOW, limit: 100 });
    assert.ok(upcoming.length >= 10);
    assert.deepEqual(new Set(upcoming.map((event) => event.type)), new Set(EVENT_TYPES));
    assert.deepEqual(new Set(upcoming.map((event) => event.format)), new Set(EVENT_FORMATS));
    assert.equal(everything.filter((event) => event.status === 'cancelled').length, 1);
  });

  it('always has upcoming events in at least 6 regions, whenever the store starts', async () => {
    const regionsWithUpcoming = (events: EventRecord[]) =>
      new Set(events.flatMap((event) => event.regionCodes));
    assert.ok(regionsWithUpcoming(await allEvents(store, { from: NOW, limit: 100 })).size >= 6);
    const startedToday = await openStore((await temporaryDatabase()).options);
    try {
      const upcoming = await allEvents(await startedToday, { from: new Date(), limit: 100 });
      assert.ok(regionsWithUpcoming(upcoming).size >= 6);
      assert.ok(upcoming.every((event) => Date.parse(event.end) >= Date.now()));
    } finally {
      (await startedToday).close();
    }
  });

  it('include the real 3rd forum, in the past, not flagged as sample', async () => {
    const forum = await store.event(FORUM_ID);
    assert.ok(forum);
    assert.equal(forum.sample, false);
    assert.equal(forum.type, 'forum');
    assert.equal(forum.format, 'in-person');
    assert.deepEqual(forum.regionCodes, ['17']);
    assert.match(forum.start, /^2024-10-03T\d{2}:\d{2}:00-04:00$/);
    assert.match(forum.end, /^2024-10-04T\d{2}:\d{2}:00-04:00$/);
    assert.deepEqual(forum.location, {
      venue: 'Centrexpo Cogeco',
      address: null,
      municipalityCode: '49058',
      municipalityName: 'Drummondville',
      regionCode: '17',
    });
    assert.ok(Date.parse(forum.end) < NOW.getTime());
    assert.ok(!(await allEvents(store, { from: NOW, limit: 100 })).some((event) => event.id === FORUM_ID));
    assert.equal(await store.event('evt_nope'), undefined);
  });

  it('place sample events in Québec time with the right EST/EDT offset and realistic hours', () => {
    const samples = everything.filter((event) => event.sample);
    assert.ok(samples.length >= 12);
    const offsets = new Set<string>();
    for (const event of samples) {
      for (const value of [event.start, event.end]) {
        const match = /^\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2}):00([+-]\d{2}:\d{2})$/.exec(value);
        assert.ok(match, `${event.id}: ${value} has a local offset`);
        const instant = new Date(value);
        assert.equal(match[3], torontoOffset(instant), `${event.id}: offset of ${value}`);
        assert.equal(`${match[1]}:${match[2]}`, torontoClock(instant), `${event.id}: wall clock of ${value}`);
        offsets.add(match[3]!);
      }
      assert.equal(event.timeZone, 'America/Toronto');
      const startHour = Number(event.start.slice(11, 13));
      assert.ok(startHour >= 8 && startHour <= 19, `${event.id} starts at a reasonable hour`);
      assert.ok(Date.parse(event.end) > Date.parse(event.start));
    }
    // From 20 February, the sample calendar crosses the 8 March 2026 switch to daylight time.
    assert.deepEqual(offsets, new Set(['-05:00', '-04:00']));
  });

  it('have venues in real municipalities, and links only on .example domains', async () => {
    for (const event of everything) {
      if (event.format === 'online') assert.equal(event.location, null, event.id);
      else {
        assert.ok(event.location, `${event.id} has a location`);
        assert.equal(
          (await store.municipality(event.location.municipalityCode ?? ''))?.name,
          event.location.municipalityName,
        );
      }
      if (event.format !== 'in-person') assert.ok(event.onlineUrl, `${event.id} has an online URL`);
      for (const url of [event.onlineUrl, event.registrationUrl]) {
        if (url !== null) assert.ok(new URL(url).hostname.endsWith('.example'), url);
      }
      if (event.sample && event.location) assert.match(event.location.venue, /\(exemple\)$/);
      assert.ok(await store.organization(event.organizationId), `${event.id} has a known organization`);
    }
  });

  it('write French with OQLF spacing and have an English text', () => {
    for (const event of everything) {
      for (const text of [event.title.fr, event.summary.fr]) {
        assert.doesNotMatch(text, / [:;?!»]|« /, `${event.id}: "${text}"`);
      }
      assert.ok(event.title.en.length > 0 && event.summary.en.length > 0);
    }
    const withColon = everything.find((event) => event.title.fr.includes(':'));
    assert.ok(withColon?.title.fr.includes(`${NBSP}:`));
  });

  it('filter by from (end ≥ from), to (start < to), region and type', async () => {
    const past = everything.filter((event) => event.sample && Date.parse(event.end) < NOW.getTime());
    assert.ok(past.length >= 1, 'sample events in the past exist');
    const fromNow = await allEvents(store, { from: NOW, limit: 100 });
    assert.ok(fromNow.every((event) => Date.parse(event.end) >= NOW.getTime()));
    assert.equal(fromNow.length, everything.filter((event) => Date.parse(event.end) >= NOW.getTime()).length);
    assert.ok(!fromNow.some((event) => past.includes(event)));

    // An event still under way is kept: `from` compares with its end, not its start.
    const stay = everything.find((event) => event.type === 'exploratory-stay' && event.sample);
    assert.ok(stay);
    const duringStay = new Date(Date.parse(stay.start) + 60_000);
    assert.ok(
      (await allEvents(store, { from: duringStay, limit: 100 })).some((event) => event.id === stay.id),
    );

    const inThreeWeeks = new Date(NOW.getTime() + 21 * DAY_MS);
    const soon = await allEvents(store, { from: NOW, to: inThreeWeeks, limit: 100 });
    assert.ok(soon.length >= 1 && soon.length < fromNow.length);
    assert.ok(soon.every((event) => Date.parse(event.start) < inThreeWeeks.getTime()));

    const inAbitibi = await allEvents(store, { from: new Date(0), region: '08', limit: 100 });
    assert.ok(inAbitibi.length >= 2);
    assert.ok(inAbitibi.every((event) => event.regionCodes.includes('08')));
    // A multi-region event is found under each of its regions, not only the first.
    const secondRegion = everything.find((event) => event.regionCodes.length > 1);
    assert.ok(secondRegion);
    assert.ok(
      (await allEvents(store, { from: new Date(0), region: secondRegion.regionCodes[1], limit: 100 })).some(
        (event) => event.id === secondRegion.id,
      ),
    );

    const webinars = await allEvents(store, { from: new Date(0), type: 'webinar', limit: 100 });
    assert.ok(webinars.length >= 2 && webinars.every((event) => event.type === 'webinar'));
    assert.deepEqual(await allEvents(store, { from: new Date(0), region: '06', limit: 100 }), []);
  });

  it('come ordered by start then id, and keyset pagination returns them all once', async () => {
    for (let i = 1; i < everything.length; i++) {
      const [previous, current] = [everything[i - 1]!, everything[i]!];
      const byStart = Date.parse(previous.start) - Date.parse(current.start);
      assert.ok(
        byStart < 0 || (byStart === 0 && previous.id < current.id),
        `${previous.id} before ${current.id}`,
      );
    }
    const byThrees = await allEvents(store, { from: new Date(0), limit: 3 });
    assert.deepEqual(
      byThrees.map((event) => event.id),
      everything.map((event) => event.id),
    );
    assert.equal(new Set(byThrees.map((event) => event.id)).size, everything.length);
  });

  it('refuse a cursor they cannot read or made for other filters', async () => {
    const cursor = (await store.events({ from: new Date(0), limit: 2 })).nextCursor;
    assert.ok(cursor);
    await assert.rejects(
      async () => await store.events({ from: new Date(0), limit: 2, cursor: 'garbage' }),
      InvalidCursorError,
    );
    await assert.rejects(
      async () => await store.events({ from: new Date(0), limit: 2, cursor: '!!!' }),
      InvalidCursorError,
    );
    await assert.rejects(
      async () => await store.events({ from: new Date(0), type: 'forum', limit: 2, cursor }),
      InvalidCursorError,
    );
    const municipalityCursor = (await store.searchMunicipalities({ limit: 2 })).nextCursor ?? '';
    await assert.rejects(
      async () => await store.events({ from: new Date(0), limit: 2, cursor: municipalityCursor }),
      InvalidCursorError,
    );
    // `from` may move between pages (the API defaults it to "now"), so it does not invalidate the cursor.
    assert.equal((await store.events({ from: new Date(1000), limit: 2, cursor })).data.length, 2);
  });
});

describe('API keys', () => {
  let store: Store;
  let database: TestDatabaseFile;
  before(async () => {
    database = await temporaryDatabase();
    store = await openStore({ ...database.options, now: NOW });
  });
  after(async () => await store.close());

  it('finds the demo publishable key, bound to localhost origins', async () => {
    assert.deepEqual(await store.findKey('pk_test_demo'), {
      id: 'key_demo_publishable',
      key: 'pk_test_demo',
      kind: 'publishable',
      organizationId: 'org_promis',
      allowedOrigins: ['http://localhost:*', 'http://127.0.0.1:*'],
    });
  });

  it('finds the secret keys of the leads and of every partner', async () => {
    for (const [key, organizationId] of [
      ['sk_test_promis', 'org_promis'],
      ['sk_test_cfiq', 'org_cfiq'],
      ['sk_test_inici', 'org_inici'],
    ] as const) {
      const found = await store.findKey(key);
      assert.equal(found?.kind, 'secret');
      assert.equal(found?.organizationId, organizationId);
      assert.deepEqual(found?.allowedOrigins, []);
    }
    for (const partner of (await store.organizations()).filter(
      (organization) => organization.role === 'partner',
    )) {
      const slug = partner.id.replace(/^org_/, '');
      assert.equal((await store.findKey(`sk_test_${slug}`))?.organizationId, partner.id);
      const publishable = await store.findKey(`pk_test_${slug}`);
      assert.equal(publishable?.kind, 'publishable');
      assert.deepEqual(publishable?.allowedOrigins, [partner.website]);
      assert.match(publishable?.allowedOrigins[0] ?? '', /^https:\/\/[a-z0-9.-]+\.example$/);
    }
  });

  it('does not find unknown or almost-right keys', async () => {
    for (const key of ['', 'pk_test_dem', 'PK_TEST_DEMO', 'sk_test_demo', 'pk_test_demo ']) {
      assert.equal(await store.findKey(key), undefined, JSON.stringify(key));
    }
  });

  it('stores only SHA-256 hashes of the keys', async () => {
    const rows = await database.rows('SELECT * FROM api_keys');
    assert.ok(rows.length >= 4);
    const stored = JSON.stringify(rows);
    for (const row of rows) assert.match(String(row.key_hash), /^[0-9a-f]{64}$/);
    for (const key of [
      'pk_test_demo',
      'sk_test_promis',
      'sk_test_cfiq',
      'sk_test_inici',
      'sk_test_carrefour-bsl',
    ]) {
      assert.ok(await store.findKey(key), key);
      assert.ok(!stored.includes(key), `${key} is not stored in clear`);
    }
  });
});

describe('contact requests', () => {
  let store: Store;
  before(async () => {
    store = await openStore({ ...(await temporaryDatabase()).options, now: NOW });
  });
  after(async () => await store.close());

  const context = (
    now: Date,
    apiKeyId = 'key_demo_publishable',
    origin: string | null = 'http://localhost:5173',
  ) => ({
    apiKeyId,
    origin,
    now,
  });

  it('creates once, replays the same receipt for the same body, and refuses another body', async () => {
    const before = await store.countContactRequests();
    const first = await store.createContactRequest('idem-key-0001', 'hash-a', contactInput(), context(NOW));
    assert.equal(first.kind, 'created');
    assert.ok(first.kind === 'created');
    assertMatches(ContactRequestReceipt, first.receipt, 'receipt');
    assert.equal(await store.countContactRequests(), before + 1);

    const later = new Date(NOW.getTime() + 60_000);
    const again = await store.createContactRequest('idem-key-0001', 'hash-a', contactInput(), context(later));
    assert.deepEqual(again, { kind: 'replayed', receipt: first.receipt });
    assert.deepEqual(
      await store.createContactRequest(
        'idem-key-0001',
        'hash-b',
        contactInput({ message: 'Un autre message, plus long.' }),
        context(later),
      ),
      { kind: 'conflict' },
    );
    assert.equal(await store.countContactRequests(), before + 1);
  });

  it('creates a second request for a second idempotency key, or for the same key under another API key', async () => {
    const before = await store.countContactRequests();
    const one = await store.createContactRequest('idem-key-0002', 'hash-c', contactInput(), context(NOW));
    const two = await store.createContactRequest('idem-key-0003', 'hash-c', contactInput(), context(NOW));
    const three = await store.createContactRequest(
      'idem-key-0002',
      'hash-c',
      contactInput(),
      context(NOW, 'key_boussole-abitibi_publishable'),
    );
    assert.deepEqual([one.kind, two.kind, three.kind], ['created', 'created', 'created']);
    const ids = [one, two, three].map((outcome) => (outcome.kind === 'created' ? outcome.receipt.id : ''));
    assert.equal(new Set(ids).size, 3);
    assert.equal(await store.countContactRequests(), before + 3);
  });

  it('forgets an idempotency key after 24 hours', async () => {
    const first = await store.createContactRequest('idem-key-0004', 'hash-d', contactInput(), context(NOW));
    const nextDay = new Date(NOW.getTime() + DAY_MS + 1);
    const reused = await store.createContactRequest(
      'idem-key-0004',
      'hash-d',
      contactInput(),
      context(nextDay),
    );
    assert.equal(first.kind, 'created');
    assert.equal(reused.kind, 'created');
    assert.ok(first.kind === 'created' && reused.kind === 'created');
    assert.notEqual(reused.receipt.id, first.receipt.id);
  });

  it('replays across two connections to the same file', async () => {
    const { options } = await temporaryDatabase();
    const first = await openStore({ ...options, now: NOW });
    const second = await openStore({ ...options, now: NOW });
    try {
      const created = await first.createContactRequest(
        'idem-key-shared',
        'hash-e',
        contactInput(),
        context(NOW),
      );
      const replayed = await second.createContactRequest(
        'idem-key-shared',
        'hash-e',
        contactInput(),
        context(NOW),
      );
      assert.equal(created.kind, 'created');
      assert.equal(replayed.kind, 'replayed');
      assert.ok(created.kind === 'created' && replayed.kind === 'replayed');
      assert.deepEqual(replayed.receipt, created.receipt);
      assert.equal(await second.countContactRequests(), 1);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('numbers references EER-<year>-<6 digits>, in sequence, restarting each year in Québec time', async () => {
    const fresh = await openStore({ ...(await temporaryDatabase()).options, now: NOW });
    try {
      const references: string[] = [];
      for (const n of [1, 2, 3]) {
        const outcome = await fresh.createContactRequest(
          `ref-key-000${n}`,
          'hash',
          contactInput(),
          context(NOW),
        );
        references.push(outcome.kind === 'created' ? outcome.receipt.reference : '');
      }
      assert.deepEqual(references, ['EER-2026-000001', 'EER-2026-000002', 'EER-2026-000003']);
      // 23:30 on 31 December in Québec is already 1 January in UTC: still a 2026 reference.
      const newYearsEve = new Date('2026-12-31T23:30:00-05:00');
      const lastOfYear = await fresh.createContactRequest(
        'ref-key-eve1',
        'hash',
        contactInput(),
        context(newYearsEve),
      );
      assert.ok(lastOfYear.kind === 'created');
      assert.equal(lastOfYear.receipt.reference, 'EER-2026-000004');
      const newYear = new Date('2027-01-01T00:30:00-05:00');
      const firstOfYear = await fresh.createContactRequest(
        'ref-key-new1',
        'hash',
        contactInput(),
        context(newYear),
      );
      assert.ok(firstOfYear.kind === 'created');
      assert.equal(firstOfYear.receipt.reference, 'EER-2027-000001');
    } finally {
      await fresh.close();
    }
  });

  it('answers within 2 business days, counted on the Québec calendar', async () => {
    const cases = [
      ['2026-02-20T10:00:00-05:00', '2026-02-24'], // Friday → Tuesday
      ['2026-02-21T10:00:00-05:00', '2026-02-24'], // Saturday → Tuesday
      ['2026-02-23T10:00:00-05:00', '2026-02-25'], // Monday → Wednesday
      ['2026-02-19T22:00:00-05:00', '2026-02-23'], // Thursday night in Québec (Friday in UTC) → Monday
    ] as const;
    for (const [index, [at, expected]] of cases.entries()) {
      const outcome = await store.createContactRequest(
        `respond-by-${index}`,
        'hash',
        contactInput(),
        context(new Date(at)),
      );
      assert.ok(outcome.kind === 'created');
      assert.equal(outcome.receipt.respondBy, expected, at);
      assert.equal(outcome.receipt.responseDelayBusinessDays, 2);
    }
  });

  it('assigns a partner serving the first region, else spreads over the program leads', async () => {
    const fresh = await openStore({ ...(await temporaryDatabase()).options, now: NOW });
    try {
      const assigned = async (key: string, regionCodes: string[]) => {
        const outcome = await fresh.createContactRequest(
          key,
          'hash',
          contactInput({ regionCodes }),
          context(NOW),
        );
        assert.ok(outcome.kind === 'created');
        return outcome.receipt.organization;
      };
      assert.deepEqual(await assigned('assign-0001', ['08', '01']), {
        id: 'org_boussole-abitibi',
        name: 'La Boussole Abitibi-Témiscamingue (exemple)',
      });
      assert.equal((await assigned('assign-0002', ['01', '08'])).id, 'org_carrefour-bsl');
      // No partner serves Outaouais: the leads take turns, the least loaded first.
      const leads: string[] = [];
      for (const key of ['assign-0003', 'assign-0004', 'assign-0005'])
        leads.push((await assigned(key, ['07'])).id);
      assert.deepEqual(new Set(leads), new Set(['org_promis', 'org_cfiq', 'org_inici']));
    } finally {
      await fresh.close();
    }
  });

  it('lists only the organization’s requests, newest first, with everything the visitor sent', async () => {
    const fresh = await openStore({ ...(await temporaryDatabase()).options, now: NOW });
    try {
      const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);
      const input = contactInput({
        regionCodes: ['08'],
        phone: '+1 819 555-0100',
        municipalityCode: '86042',
        privacyPolicyUrl: 'https://www.boussole-abitibi.example/confidentialite',
        preferredLanguage: 'en',
      });
      const created: ContactRequestReceipt[] = [];
      for (const n of [0, 1, 2, 3, 4]) {
        const outcome = await fresh.createContactRequest(
          `list-key-000${n}`,
          'hash',
          input,
          context(minutes(n)),
        );
        assert.ok(outcome.kind === 'created');
        created.push(outcome.receipt);
      }
      await fresh.createContactRequest(
        'list-key-elsewhere',
        'hash',
        contactInput({ regionCodes: ['01'] }),
        context(NOW),
      );

      const firstPage = await fresh.listContactRequests('org_boussole-abitibi', { limit: 100 });
      assert.deepEqual(
        firstPage.data.map((request) => request.id),
        created.map((receipt) => receipt.id).reverse(),
      );
      assert.equal(firstPage.nextCursor, null);
      const newest = firstPage.data[0]!;
      assertMatches(ContactRequest, newest, 'contact request');
      assert.equal(newest.phone, '+1 819 555-0100');
      assert.equal(newest.municipalityCode, '86042');
      assert.equal(newest.privacyPolicyUrl, 'https://www.boussole-abitibi.example/confidentialite');
      assert.equal(newest.origin, 'http://localhost:5173');
      assert.equal(newest.consentAt, minutes(4).toISOString());
      assert.equal(newest.preferredLanguage, 'en');

      const elsewhere = (await fresh.listContactRequests('org_carrefour-bsl', { limit: 100 })).data;
      assert.equal(elsewhere.length, 1);
      assert.equal(elsewhere[0]?.phone, null);
      assert.equal(elsewhere[0]?.municipalityCode, null);
      assert.deepEqual((await fresh.listContactRequests('org_cfiq', { limit: 100 })).data, []);

      const byTwos = await collectPages(2, (cursor) =>
        fresh.listContactRequests('org_boussole-abitibi', { limit: 2, cursor }),
      );
      assert.deepEqual(
        byTwos.map((request) => request.id),
        firstPage.data.map((request) => request.id),
      );

      const cursor = (await fresh.listContactRequests('org_boussole-abitibi', { limit: 2 })).nextCursor ?? '';
      await assert.rejects(
        async () => await fresh.listContactRequests('org_carrefour-bsl', { limit: 2, cursor }),
        InvalidCursorError,
      );
      await assert.rejects(
        async () => await fresh.listContactRequests('org_boussole-abitibi', { limit: 2, cursor: 'x' }),
        InvalidCursorError,
      );
    } finally {
      await fresh.close();
    }
  });
});

describe('database file', () => {
  it(
    'creates the missing parent folder and runs in WAL mode',
    { skip: testDatabaseBackend() !== 'sqlite' },
    async () => {
      const { path } = (await temporaryDatabase()).options;
      assert.equal(existsSync(dirname(path)), false);
      const store = await openStore({ path, now: NOW });
      await store.close();
      assert.equal(existsSync(path), true);
      const db = new Database(path);
      try {
        assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      } finally {
        db.close();
      }
      // Personal data: only this user may read the folder and the file.
      assert.equal(statSync(dirname(path)).mode & 0o777, 0o700);
      assert.equal(statSync(path).mode & 0o777, 0o600);
    },
  );

  it('applies each migration exactly once, in order, with its name', async () => {
    const database = await temporaryDatabase();
    await (await openStore({ ...database.options, now: NOW })).close();
    const readMigrations = () =>
      database.rows('SELECT version, name, applied_at FROM schema_migrations ORDER BY version');
    const applied = await readMigrations();
    assert.deepEqual(
      applied.map((row) => ({ version: Number(row.version), name: row.name })),
      Object.entries(MIGRATIONS).map(([version, name]) => ({ version: Number(version), name })),
    );
    await (await openStore({ ...database.options, now: NOW })).close();
    assert.deepEqual(await readMigrations(), applied, 'reopening applies nothing again');

    const db = sqliteSql(new Database(':memory:'));
    try {
      assert.deepEqual(await migrate(db, SQLITE_MIGRATIONS), MIGRATION_VERSIONS);
      assert.deepEqual(await migrate(db, SQLITE_MIGRATIONS), []);
    } finally {
      await db.close();
    }
  });

  it('reseeding deletes what the seed no longer has, even a key whose id changed', async () => {
    const database = await temporaryDatabase();
    await (await openStore({ ...database.options, now: NOW })).close();
    // As if an older seed had named the demo key differently and had one more advisor.
    await database.execute(`
      UPDATE api_keys SET id = 'key_old_demo' WHERE id = 'key_demo_publishable';
      INSERT INTO advisors (id, display_name, title_fr, title_en, organization_id, languages, sample, position)
      VALUES ('adv_stale', 'Ancien C.', 'Conseiller', 'Advisor', 'org_promis', '["fr"]', 1, 99);`);
    const store = await openStore({ ...database.options, now: NOW });
    try {
      assert.equal((await store.findKey('pk_test_demo'))?.id, 'key_demo_publishable');
      assert.ok(!(await store.advisors({})).some((advisor) => advisor.id === 'adv_stale'));
    } finally {
      await store.close();
    }
  });

  it('seeds idempotently: reopening keeps every count and the contact requests, and moves sample dates', async () => {
    const database = await temporaryDatabase();
    const first = await openStore({ ...database.options, now: NOW });
    const outcome = await first.createContactRequest('reseed-0001', 'hash', contactInput(), {
      apiKeyId: 'key_demo_publishable',
      origin: null,
      now: NOW,
    });
    assert.ok(outcome.kind === 'created');
    const sampleBefore = await first.event('evt_seance-info-rimouski');
    const forumBefore = await first.event(FORUM_ID);
    await first.close();
    const countsBefore = await tableCounts(database);

    const aWeekLater = new Date(NOW.getTime() + 7 * DAY_MS);
    const second = await openStore({ ...database.options, now: aWeekLater });
    try {
      assert.deepEqual(await tableCounts(database), countsBefore);
      assert.equal(await second.countContactRequests(), 1);
      assert.deepEqual(
        (await second.listContactRequests(outcome.receipt.organization.id, { limit: 10 })).data[0]?.id,
        outcome.receipt.id,
      );
      // Sample events follow "now" (same local time, 7 days later); the real forum does not move.
      const sampleAfter = await second.event('evt_seance-info-rimouski');
      assert.ok(sampleBefore && sampleAfter);
      const localDateOf = (value: string) => value.slice(0, 10);
      const weekAfter = new Date(Date.parse(`${localDateOf(sampleBefore.start)}T00:00:00Z`) + 7 * DAY_MS);
      assert.equal(localDateOf(sampleAfter.start), weekAfter.toISOString().slice(0, 10));
      assert.equal(sampleAfter.start.slice(11, 16), sampleBefore.start.slice(11, 16));
      assert.deepEqual(await second.event(FORUM_ID), forumBefore);
      // The next reference continues the sequence instead of restarting.
      const next = await second.createContactRequest('reseed-0002', 'hash', contactInput(), {
        apiKeyId: 'key_demo_publishable',
        origin: null,
        now: aWeekLater,
      });
      assert.ok(next.kind === 'created');
      assert.equal(next.receipt.reference, 'EER-2026-000002');
    } finally {
      await second.close();
    }
  });
});

describe('modes', () => {
  const rows = (database: TestDatabaseFile, sql: string) => database.rows(sql);

  it('production holds the geography and the three program organizations, nothing sample, no test key', async () => {
    const database = await temporaryDatabase();
    await (await openStore({ ...database.options, now: NOW, mode: 'production' })).close();
    const organizations = await rows(database, 'SELECT id, sample FROM organizations ORDER BY position');
    assert.deepEqual(
      organizations.map((row) => row.id),
      ['org_promis', 'org_cfiq', 'org_inici'],
    );
    for (const table of ['advisors', 'events', 'api_keys', 'contact_requests']) {
      assert.deepEqual(await rows(database, `SELECT * FROM ${table}`), [], `${table} is empty`);
    }
    for (const table of ['organizations', 'events', 'advisors']) {
      assert.deepEqual(
        await rows(database, `SELECT * FROM ${table} WHERE sample = 1`),
        [],
        `no sample ${table}`,
      );
    }
    assert.equal((await rows(database, 'SELECT * FROM regions')).length, 17);
    assert.equal((await rows(database, 'SELECT * FROM municipalities')).length, 1281);
    const store = await openStore({ ...database.options, mode: 'production' });
    try {
      for (const key of ['pk_test_demo', 'sk_test_promis', 'sk_test_cfiq', 'sk_test_inici']) {
        assert.equal(await store.findKey(key), undefined, key);
      }
    } finally {
      await store.close();
    }
  });

  it('a database keeps its mode: production refuses a demo file and the demo a production file', async () => {
    const demo = await temporaryDatabase();
    await (await openStore({ ...demo.options, now: NOW, mode: 'demo' })).close();
    await assert.rejects(async () => await openStore({ ...demo.options, mode: 'production' }), {
      name: 'ModeMismatchError',
      message: /demo database.*EER_DEMO=1/s,
    });
    const production = await temporaryDatabase();
    await (await openStore({ ...production.options, now: NOW, mode: 'production' })).close();
    await assert.rejects(async () => await openStore({ ...production.options, mode: 'demo' }), {
      name: 'ModeMismatchError',
      message: /production database/,
    });
    // Refusing wrote nothing: the demo file still has its sample rows, production none.
    assert.ok((await rows(demo, 'SELECT 1 FROM organizations WHERE sample = 1')).length > 0);
    assert.deepEqual(await rows(production, 'SELECT 1 FROM organizations WHERE sample = 1'), []);
  });

  for (const mode of ['production', 'demo'] as const) {
    it(`${mode}: seeding at the next start neither deletes nor overwrites what the operator created`, async () => {
      const database = await temporaryDatabase();
      const now = new Date('2026-11-02T15:00:00Z');
      let store = await openStore({ ...database.options, now, mode });
      const organization = await createOrganization(
        store,
        { slug: 'mrc-exemple', nameFr: 'MRC Exemple', regionCodes: ['01'], email: 'accueil@mrc.example' },
        now,
      );
      // The operator gives a program organization an address: a restart must keep it.
      await updateOrganization(
        store,
        'promis',
        { email: 'equipe@promis.example', nameEn: 'PROMIS (en)' },
        now,
      );
      const created = await createKey(
        store,
        { organization: organization.slug, kind: 'publishable', origins: ['https://www.mrc.example'] },
        now,
      );
      const secret = await createKey(store, { organization: 'promis', kind: 'secret', origins: [] }, now);
      const event = await createEvent(
        store,
        organization.id,
        {
          title: { fr: 'Séance d’information', en: 'Information session' },
          summary: { fr: 'Venez nous rencontrer.', en: 'Come and meet us.' },
          type: 'info-session',
          format: 'online',
          start: '2027-01-14T13:30:00-05:00',
          end: '2027-01-14T15:00:00-05:00',
          regionCodes: ['01'],
          onlineUrl: 'https://rencontre.mrc.example/seance',
        },
        now,
      );
      await store.close();

      store = await openStore({ ...database.options, now: new Date('2026-11-03T15:00:00Z'), mode });
      try {
        assert.equal((await store.findKey(created.key))?.id, created.info.id);
        assert.equal((await store.findKey(secret.key))?.organizationId, 'org_promis');
        assert.equal((await store.organizationAccount('mrc-exemple'))?.email, 'accueil@mrc.example');
        assert.equal((await store.organizationAccount('promis'))?.email, 'equipe@promis.example');
        assert.deepEqual((await store.storedEvent(event.event.id))?.event, event.event);
        if (mode === 'production')
          assert.equal((await store.organizationAccount('promis'))?.names.en, 'PROMIS (en)');
      } finally {
        await store.close();
      }
    });
  }
});
