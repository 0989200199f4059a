/**
 * eer-admin as an operator runs it: the BUILT bin (dist/admin/main.js) in a child
 * process, on the database file a real server is serving over HTTP at the same time.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { startServer, type RunningServer } from '../src/server.js';
import { createTestDatabaseFile, type TestDatabaseFile } from '../src/testing.js';
import { contactBody, newIdempotencyKey, request } from './helpers.js';

const BIN = fileURLToPath(new URL('../dist/admin/main.js', import.meta.url));
const FEED = fileURLToPath(new URL('./fixtures/partner-feed.ics', import.meta.url));
const NBSP = '\u00a0';

interface AdminRun {
  code: number;
  stdout: string;
  stderr: string;
}

interface AdminOptions {
  database: TestDatabaseFile;
  env?: Record<string, string>;
}

/** The variables naming the database, as the operator sets them for the server and eer-admin. */
function databaseEnv(database: TestDatabaseFile): Record<string, string> {
  const { path, url, sealingKeyFile } = database.options;
  return url ? { DATABASE_URL: url, WEBHOOK_KEY_FILE: sealingKeyFile! } : { DATABASE_PATH: path };
}

/** startServer's options for the same database. */
function serverDatabase(database: TestDatabaseFile) {
  const { path, url, sealingKeyFile } = database.options;
  return {
    databasePath: path,
    database: url
      ? { url, poolSize: 5, statementTimeoutMs: 10_000, webhookKeyFile: sealingKeyFile! }
      : undefined,
  };
}

/** Runs the built eer-admin with the server's variables (French locale unless told otherwise). */
function admin(args: readonly string[], { database, env = {} }: AdminOptions): Promise<AdminRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        env: {
          PATH: process.env.PATH ?? '',
          ...databaseEnv(database),
          LANG: 'fr_CA.UTF-8',
          ...env,
        },
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A command that must succeed with --json: its stdout is one JSON document. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function adminJson<T = any>(args: readonly string[], options: AdminOptions): Promise<T> {
  const run = await admin([...args, '--json'], options);
  assert.equal(run.code, 0, `eer-admin ${args.join(' ')} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

/** Polls `check` until it returns true or `ms` pass; returns the time it took. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < ms) {
    if (await check()) return performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.fail(`not true within ${ms} ms`);
}

/** RFC 4180: quoted cells with "" escapes, CRLF line ends. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else cell += char;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/**
 * Reads the database file itself: no test key, no sample organization, advisor or event,
 * and the program's three organizations as the only seeded ones (of `organizations` in all).
 */
async function assertProductionRows(database: TestDatabaseFile, organizations: number): Promise<void> {
  const count = async (sql: string) => Number((await database.rows(sql))[0]?.n);
  assert.equal(
    await count("SELECT count(*) AS n FROM api_keys WHERE prefix LIKE '%\\_test\\_%' ESCAPE '\\'"),
    0,
  );
  assert.equal(await count('SELECT count(*) AS n FROM organizations WHERE sample = 1'), 0);
  assert.equal(await count('SELECT count(*) AS n FROM advisors WHERE sample = 1'), 0);
  assert.equal(await count('SELECT count(*) AS n FROM events WHERE sample = 1'), 0);
  assert.equal(await count('SELECT count(*) AS n FROM organizations'), organizations);
  const seeded = await database.rows("SELECT id FROM organizations WHERE managed_by = 'seed' ORDER BY id");
  assert.deepEqual(
    seeded.map((row) => row.id),
    ['org_cfiq', 'org_inici', 'org_promis'],
  );
}

let folder: string;
before(async () => {
  assert.ok(
    existsSync(BIN),
    `${BIN} is missing: build the server first (pnpm --filter @emplois-en-regions/server build; pnpm test builds before testing).`,
  );
  folder = await mkdtemp(join(tmpdir(), 'eer-admin-'));
});
after(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('eer-admin on the database of a running production server', () => {
  let database: TestDatabaseFile;
  let server: RunningServer;
  const options = () => ({ database });
  const partnerOrigin = 'https://www.mrc-essai.example';
  let publishable: { id: string; key: string };
  let secret: string;
  let otherSecret: string;

  before(async () => {
    database = await createTestDatabaseFile();
    server = await startServer({ port: 0, ...serverDatabase(database), mode: 'production', logger: false });
  });
  after(async () => {
    await server.close();
    await database.dispose();
  });

  test('a new production database holds the program’s three organizations and nothing sample', async () => {
    await assertProductionRows(database, 3);
    assert.equal(Number((await database.rows('SELECT count(*) AS n FROM api_keys'))[0]?.n), 0);
    assert.equal(Number((await database.rows('SELECT count(*) AS n FROM events'))[0]?.n), 0);
  });

  test('org create → GET /v1/organizations lists it at once; org list --json parses', async () => {
    const created = await adminJson(
      [
        'org',
        'create',
        '--slug',
        'mrc-essai',
        '--name-fr',
        'MRC de la Côte-de-Gaspé (essai)',
        '--name-en',
        'Côte-de-Gaspé RCM (test)',
        '--regions',
        '11',
        '--email',
        'accueil@mrc-essai.example',
      ],
      options(),
    );
    assert.equal(created.id, 'org_mrc-essai');
    assert.deepEqual(created.regionCodes, ['11']);
    const listed = await request(`${server.url}/v1/organizations`);
    assert.equal(listed.status, 200, listed.text);
    assert.ok(
      listed.body.data.some((organization: { id: string }) => organization.id === 'org_mrc-essai'),
      listed.text,
    );
    const organizations = await adminJson(['org', 'list'], options());
    assert.ok(Array.isArray(organizations));
    assert.ok(organizations.some((organization: { id: string }) => organization.id === 'org_mrc-essai'));
    await adminJson(
      [
        'org',
        'create',
        '--slug',
        'carrefour-essai',
        '--name-fr',
        'Carrefour d’essai',
        '--name-en',
        'Test hub',
        '--regions',
        '01',
        '--email',
        'accueil@carrefour-essai.example',
      ],
      options(),
    );
  });

  test('key create --publishable: printed once as {id,key,kind,organization,origins}; its origin reads with CORS, another gets 403 without', async () => {
    const created = await adminJson(
      ['key', 'create', '--org', 'mrc-essai', '--publishable', '--origin', `${partnerOrigin}/`],
      options(),
    );
    assert.deepEqual(Object.keys(created).sort(), ['id', 'key', 'kind', 'organization', 'origins']);
    assert.equal(created.kind, 'publishable');
    assert.equal(created.organization, 'org_mrc-essai');
    assert.deepEqual(created.origins, [partnerOrigin]);
    assert.match(created.key, /^pk_live_/);
    publishable = created;

    const allowed = await request(`${server.url}/v1/regions`, {
      headers: { Authorization: `Bearer ${created.key}`, Origin: partnerOrigin },
    });
    assert.equal(allowed.status, 200, allowed.text);
    assert.equal(allowed.headers.get('access-control-allow-origin'), partnerOrigin);

    const elsewhere = await request(`${server.url}/v1/regions`, {
      headers: { Authorization: `Bearer ${created.key}`, Origin: 'https://autre-site.example' },
    });
    assert.equal(elsewhere.status, 403, elsewhere.text);
    // Refused, and readable by the page so a widget can name the cause (issue 12).
    assert.equal(elsewhere.headers.get('access-control-allow-origin'), 'https://autre-site.example');

    secret = (await adminJson(['key', 'create', '--org', 'mrc-essai', '--secret'], options())).key;
    otherSecret = (await adminJson(['key', 'create', '--org', 'carrefour-essai', '--secret'], options())).key;
    assert.match(secret, /^sk_live_/);
  });

  test('key list never prints a key, in a table or in JSON', async () => {
    const table = await admin(['key', 'list'], options());
    const json = await admin(['key', 'list', '--org', 'mrc-essai', '--json'], options());
    assert.equal(table.code, 0, table.stderr);
    assert.equal(json.code, 0, json.stderr);
    for (const output of [table.stdout, json.stdout]) {
      for (const key of [publishable.key, secret, otherSecret])
        assert.ok(!output.includes(key), 'a key was printed');
    }
    const keys = JSON.parse(json.stdout) as {
      id: string;
      prefix: string;
      organization: string;
      origins: string[];
    }[];
    assert.equal(keys.length, 2);
    assert.ok(keys.every((key) => key.organization === 'org_mrc-essai'));
    const listed = keys.find((key) => key.id === publishable.id);
    assert.deepEqual(listed?.origins, [partnerOrigin]);
    assert.ok(publishable.key.startsWith(listed?.prefix.replace(/…$/, '') ?? '?'));
    assert.match(table.stdout, /Dernier usage/);
  });

  test('event create from a JSON file → listed by GET /v1/events at once', async () => {
    const start = new Date(Date.now() + 30 * 86_400_000);
    start.setUTCHours(17, 0, 0, 0);
    const event = {
      title: { fr: 'Webinaire : vivre en Gaspésie', en: 'Webinar: living in Gaspésie' },
      summary: { fr: 'Emploi, logement, écoles.', en: 'Jobs, housing, schools.' },
      type: 'webinar',
      format: 'online',
      start: start.toISOString(),
      end: new Date(start.getTime() + 3_600_000).toISOString(),
      regionCodes: ['11'],
      onlineUrl: 'https://webinaires.mrc-essai.example/gaspesie',
      languages: ['fr', 'en'],
    };
    const file = join(folder, 'event.json');
    writeFileSync(file, JSON.stringify(event));
    const created = await adminJson(['event', 'create', '--org', 'mrc-essai', '--file', file], options());
    assert.match(created.id, /^evt_/);
    assert.equal(created.organizationId, 'org_mrc-essai');

    const listed = await request(`${server.url}/v1/events?region=11`, {
      headers: { Authorization: `Bearer ${secret}` },
    });
    assert.equal(listed.status, 200, listed.text);
    assert.ok(
      listed.body.data.some((item: { id: string }) => item.id === created.id),
      `${created.id} not in ${listed.text.slice(0, 300)}`,
    );
    const own = await adminJson(['event', 'list', '--org', 'mrc-essai'], options());
    assert.ok(own.some((item: { id: string }) => item.id === created.id));
  });

  test('event import of the same .ics twice: the second run creates nothing; skipped events say why', async () => {
    const args = ['event', 'import', '--org', 'mrc-essai', '--file', FEED, '--region', '17'];
    const first = await adminJson(args, options());
    const second = await adminJson(args, options());
    assert.equal(first.counts.created, 3, JSON.stringify(first));
    assert.equal(first.counts.skipped, 3, JSON.stringify(first));
    assert.deepEqual(second.counts, { created: 0, updated: 0, cancelled: 0, unchanged: 3, skipped: 3 });
    const reasons = Object.fromEntries(
      second.items.map((item: { uid: string; reason?: string }) => [item.uid, item.reason ?? item.uid]),
    );
    assert.equal(reasons['cafe-rencontre@mrc-drummond.example'], 'recurring');
    assert.equal(reasons['sans-fin@mrc-drummond.example'], 'no_end');
    assert.equal(reasons['lieu-inconnu@mrc-drummond.example'], 'no_municipality');

    const forumId = first.items.find(
      (item: { uid: string }) => item.uid === 'forum-2027@mrc-drummond.example',
    ).eventId;
    const forum = await request(`${server.url}/v1/events/${forumId}`, {
      headers: { Authorization: `Bearer ${secret}` },
    });
    assert.equal(forum.status, 200, forum.text);
    assert.equal(forum.body.start, '2027-10-07T08:30:00-04:00');
    assert.equal(forum.body.location.municipalityName, 'Drummondville');
    assert.equal(forum.body.type, 'forum');

    // The partner's feed changes: one event cancelled, another retitled → cancelled and updated in place.
    const changedFeed = join(folder, 'feed-changed.ics');
    writeFileSync(
      changedFeed,
      readFileSync(FEED, 'utf8')
        .replace('STATUS:CONFIRMED', 'STATUS:CANCELLED')
        .replace(
          'SUMMARY:Séance d’information à Rimouski',
          'SUMMARY:Séance d’information à Rimouski (nouvelle salle)',
        ),
    );
    const changed = await adminJson(
      ['event', 'import', '--org', 'mrc-essai', '--file', changedFeed, '--region', '17'],
      options(),
    );
    assert.deepEqual(changed.counts, { created: 0, updated: 1, cancelled: 1, unchanged: 1, skipped: 3 });
    const cancelled = await request(`${server.url}/v1/events/${forumId}`, {
      headers: { Authorization: `Bearer ${secret}` },
    });
    assert.equal(cancelled.body.status, 'cancelled');

    const human = await admin(args, options());
    assert.equal(human.code, 0, human.stderr);
    assert.match(human.stdout, new RegExp(`Import terminé${NBSP}: 0 créé\\(s\\), 1 modifié\\(s\\)`));
    assert.match(human.stdout, /événement récurrent/);
  });

  test('a secret key sees only its organization’s requests; requests list agrees', async () => {
    const post = (body: Record<string, unknown>) =>
      request(`${server.url}/v1/contact-requests`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${publishable.key}`,
          Origin: partnerOrigin,
          'Content-Type': 'application/json',
          'Idempotency-Key': newIdempotencyKey(),
        },
        body: JSON.stringify(body),
      });
    const gaspesie = await post(
      contactBody({
        name: 'Amélie Côté',
        regionCodes: ['11'],
        message: '=SOMME(A1:A9) Bonjour, je souhaite m’installer à Gaspé avec ma famille.',
      }),
    );
    const bsl = await post(contactBody({ name: 'Zoé Lévesque', regionCodes: ['01'] }));
    assert.equal(gaspesie.status, 201, gaspesie.text);
    assert.equal(bsl.status, 201, bsl.text);
    assert.equal(gaspesie.body.organization.id, 'org_mrc-essai');
    assert.equal(bsl.body.organization.id, 'org_carrefour-essai');

    const listWith = async (key: string) => {
      const answer = await request(`${server.url}/v1/contact-requests`, {
        headers: { Authorization: `Bearer ${key}` },
      });
      assert.equal(answer.status, 200, answer.text);
      return (answer.body.data as { reference: string }[]).map((item) => item.reference);
    };
    assert.deepEqual(await listWith(secret), [gaspesie.body.reference]);
    assert.deepEqual(await listWith(otherSecret), [bsl.body.reference]);

    const cli = await adminJson(['requests', 'list', '--org', 'mrc-essai'], options());
    assert.deepEqual(
      cli.map((item: { reference: string }) => item.reference),
      [gaspesie.body.reference],
    );
    const changed = await adminJson(
      ['requests', 'status', gaspesie.body.reference, '--status', 'in_progress'],
      options(),
    );
    assert.equal(changed.status, 'in_progress');
    const inProgress = await adminJson(
      ['requests', 'list', '--org', 'mrc-essai', '--status', 'in_progress'],
      options(),
    );
    assert.equal(inProgress.length, 1);
    const none = await adminJson(['requests', 'list', '--org', 'mrc-essai', '--status', 'closed'], options());
    assert.deepEqual(none, []);
  });

  test('requests export: CSV for a French Excel round-trips accented names; formulas are defused; JSON parses', async () => {
    const csvFile = join(folder, 'demandes.csv');
    const run = await admin(
      ['requests', 'export', '--org', 'mrc-essai', '--format', 'csv', '--output', csvFile],
      options(),
    );
    assert.equal(run.code, 0, run.stderr);
    const bytes = readFileSync(csvFile);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
    const rows = parseCsv(bytes.toString('utf8').slice(1), ';');
    const [header = [], ...data] = rows;
    assert.equal(data.length, 1);
    const row = Object.fromEntries(header.map((name, index) => [name, data[0]?.[index]]));
    assert.equal(row['Nom'], 'Amélie Côté');
    assert.equal(row['Régions'], 'Gaspésie–Îles-de-la-Madeleine');
    assert.equal(row['Statut'], 'en cours');
    assert.match(row['Message'] ?? '', /^'=SOMME/);

    const comma = await admin(
      ['requests', 'export', '--org', 'mrc-essai', '--format', 'csv', '--separator', ',', '--lang', 'en'],
      options(),
    );
    assert.equal(comma.code, 0, comma.stderr);
    const [enHeader = [], enRow = []] = parseCsv(comma.stdout.replace(/^\uFEFF/, ''), ',');
    assert.equal(enRow[enHeader.indexOf('Name')], 'Amélie Côté');
    assert.equal(enRow[enHeader.indexOf('Regions')], 'Gaspésie–Îles-de-la-Madeleine');

    const json = await admin(['requests', 'export', '--org', 'mrc-essai', '--format', 'json'], options());
    const document = JSON.parse(json.stdout);
    assert.equal(document.count, 1);
    assert.equal(document.data[0].name, 'Amélie Côté');
  });

  test('revoke → the running server answers 401 within one second', async () => {
    const headers = { Authorization: `Bearer ${publishable.key}`, Origin: partnerOrigin };
    assert.equal((await request(`${server.url}/v1/regions`, { headers })).status, 200);
    const revoked = await adminJson(['key', 'revoke', publishable.id], options());
    assert.ok(revoked.revokedAt);
    await within(1000, async () => (await request(`${server.url}/v1/regions`, { headers })).status === 401);
    const again = await admin(['key', 'revoke', publishable.id], options());
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /déjà révoquée/);
  });

  test('what the CLI created survives a server restart (seeding never deletes or overwrites it)', async () => {
    await server.close();
    server = await startServer({ port: 0, ...serverDatabase(database), mode: 'production', logger: false });
    const organizations = await request(`${server.url}/v1/organizations`);
    assert.ok(
      organizations.body.data.some((organization: { id: string }) => organization.id === 'org_mrc-essai'),
    );
    const events = await request(`${server.url}/v1/events?region=11`, {
      headers: { Authorization: `Bearer ${secret}` },
    });
    assert.equal(events.status, 200, events.text);
    assert.ok(
      events.body.data.some((event: { organizationId: string }) => event.organizationId === 'org_mrc-essai'),
    );
    const keys = await adminJson(['key', 'list', '--org', 'mrc-essai'], options());
    assert.equal(keys.length, 2);
    assert.ok(keys.find((key: { id: string }) => key.id === publishable.id).revokedAt, 'still revoked');
  });

  test('the production database holds no sample row and no test key (read from the database itself)', async () => {
    await assertProductionRows(database, 5);
  });

  describe('bad input: a clear message in French (and in English with --lang en), a non-zero exit, no stack', () => {
    const badJson = () => join(folder, 'bad.json');
    const invalidEvent = () => join(folder, 'invalid-event.json');
    before(() => {
      writeFileSync(badJson(), '{ "title": ');
      writeFileSync(invalidEvent(), JSON.stringify({ type: 'webinar' }));
    });
    const cases: { name: string; args: () => string[]; code: number; fr: RegExp; en: RegExp }[] = [
      {
        name: 'unknown organization',
        args: () => ['key', 'create', '--org', 'mrc-inexistante', '--secret'],
        code: 1,
        fr: /Organisation inconnue\s:\s«\smrc-inexistante\s»/,
        en: /Unknown organization: 'mrc-inexistante'/,
      },
      {
        name: 'origin with a path',
        args: () => [
          'key',
          'create',
          '--org',
          'mrc-essai',
          '--publishable',
          '--origin',
          'https://mrc.example/path',
        ],
        code: 1,
        fr: /Origine mal formée\s:\s«\shttps:\/\/mrc\.example\/path\s»/,
        en: /Malformed origin: 'https:\/\/mrc\.example\/path'/,
      },
      {
        name: 'wildcard origin',
        args: () => ['key', 'create', '--org', 'mrc-essai', '--publishable', '--origin', '*.example'],
        code: 1,
        fr: /Origine mal formée\s:\s«\s\*\.example\s»/,
        en: /Malformed origin: '\*\.example'/,
      },
      {
        name: 'region that does not exist',
        args: () => ['org', 'update', 'mrc-essai', '--regions', '11,18'],
        code: 1,
        fr: /La région\s«\s18\s»\sn’existe pas/,
        en: /Region '18' does not exist/,
      },
      {
        name: 'key id that does not exist',
        args: () => ['key', 'revoke', 'key_inexistante'],
        code: 1,
        fr: /Aucune clé ne porte l’identifiant\s«\skey_inexistante\s»/,
        en: /No key has the id 'key_inexistante'/,
      },
      {
        name: 'event id that does not exist',
        args: () => ['event', 'cancel', 'evt_inexistant'],
        code: 1,
        fr: /Aucun événement/,
        en: /No event has the id/,
      },
      {
        name: 'invalid JSON file',
        args: () => ['event', 'create', '--org', 'mrc-essai', '--file', badJson()],
        code: 1,
        fr: /n’est pas un JSON valide/,
        en: /is not valid JSON/,
      },
      {
        name: 'event refused by the schema (names the field)',
        args: () => ['event', 'create', '--org', 'mrc-essai', '--file', invalidEvent()],
        code: 1,
        fr: /Données refusées[^\n]*\n(?:.*\n)*\s+title\s:\sCe champ est obligatoire/,
        en: /Input refused[^\n]*\n(?:.*\n)*\s+title: This field is required/,
      },
      {
        name: 'publishable key without an origin',
        args: () => ['key', 'create', '--org', 'mrc-essai', '--publishable'],
        code: 1,
        fr: /Une clé publiable doit être liée à au moins une origine/,
        en: /A publishable key must be bound to at least one origin/,
      },
      {
        name: 'secret key with an origin',
        args: () => ['key', 'create', '--org', 'mrc-essai', '--secret', '--origin', 'https://mrc.example'],
        code: 1,
        fr: /Une clé secrète ne s’emploie jamais dans un navigateur/,
        en: /A secret key is never used in a browser/,
      },
      {
        name: 'import with a municipality code that does not exist',
        args: () => ['event', 'import', '--org', 'mrc-essai', '--file', FEED, '--municipality', '99999'],
        code: 1,
        fr: /Données refusées \(--municipality\)\s:\n\s+99999\s:/,
        en: /Input refused \(--municipality\):\n\s+99999:/,
      },
      {
        name: 'missing file',
        args: () => ['event', 'import', '--org', 'mrc-essai', '--file', join(folder, 'absent.ics')],
        code: 1,
        fr: /Fichier introuvable\s:/,
        en: /File not found:/,
      },
      {
        name: 'unknown command (usage)',
        args: () => ['org', 'supprimer'],
        code: 2,
        fr: /commande inconnue\s«\ssupprimer\s»/,
        en: /unknown command 'supprimer'/,
      },
      {
        name: 'missing required option (usage)',
        args: () => ['requests', 'export', '--org', 'mrc-essai'],
        code: 2,
        fr: /option obligatoire manquante\s«\s--format/,
        en: /required option '--format/,
      },
      {
        name: 'value outside the choices (usage)',
        args: () => ['requests', 'list', '--org', 'mrc-essai', '--status', 'perdu'],
        code: 2,
        fr: /valeur non permise\s«\sperdu\s»/,
        en: /value not allowed 'perdu'/,
      },
    ];
    for (const { name, args, code, fr, en } of cases) {
      test(name, async () => {
        for (const [lang, pattern] of [
          ['fr', fr],
          ['en', en],
        ] as const) {
          const run = await admin([...args(), '--lang', lang], options());
          assert.equal(run.code, code, `${lang}: exit ${run.code}, stderr: ${run.stderr}`);
          assert.match(run.stderr, pattern, `${lang}`);
          assert.equal(run.stdout, '', 'nothing on stdout');
          assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
        }
      });
    }

    test('the default language comes from LANG (en_CA → English, anything else → French)', async () => {
      const english = await admin(['key', 'revoke', 'key_x'], { database, env: { LANG: 'en_CA.UTF-8' } });
      const posix = await admin(['key', 'revoke', 'key_x'], { database, env: { LANG: 'C' } });
      assert.match(english.stderr, /^Error: No key/);
      assert.match(posix.stderr, /^Erreur\s: Aucune clé/);
    });

    test('--help in French and in English documents the exit codes', async () => {
      const fr = await admin(['key', 'create', '--help'], options());
      const en = await admin(['key', 'create', '--help', '--lang', 'en'], options());
      assert.equal(fr.code, 0);
      assert.equal(en.code, 0);
      assert.match(fr.stdout, /Utilisation\s: eer-admin key create/);
      assert.match(fr.stdout, /Codes de sortie/);
      assert.match(en.stdout, /Usage: eer-admin key create/);
      assert.match(en.stdout, /Exit codes/);
    });

    test('French help names every value in French (--org <organisation>), English help in English', async () => {
      const commands = {
        org: ['create', 'list', 'update'],
        key: ['create', 'list', 'revoke'],
        event: ['create', 'import', 'cancel', 'list'],
        requests: ['list', 'export', 'status', 'erase', 'purge'],
        webhook: ['add', 'list', 'rotate', 'deliveries', 'redeliver'],
      };
      const english =
        /<(organization|file|path|url|text|reference|name|days|address|separator|slug|status|role|lang|id)>/;
      let french = '';
      for (const [group, names] of Object.entries(commands)) {
        for (const name of names) {
          const run = await admin([group, name, '--help'], options());
          assert.equal(run.code, 0, run.stderr);
          assert.doesNotMatch(run.stdout, english, `${group} ${name}`);
          french += run.stdout;
        }
      }
      for (const word of [
        '<organisation>',
        '<fichier>',
        '<adresse>',
        '<référence>',
        '<texte>',
        '<identifiant>',
        '--email <courriel>',
        '--website <adresse>',
      ]) {
        assert.ok(french.includes(word), word);
      }
      const en = await admin(['org', 'update', '--help', '--lang', 'en'], options());
      assert.match(en.stdout, /Usage: eer-admin org update \[options\] <organization>/);
      const missing = await admin(['event', 'create', '--org'], options());
      assert.match(missing.stderr, /l’option\s«\s--org <organisation>\s» attend une valeur/);
    });
  });
});

describe('eer-admin and the demo (EER_DEMO=1)', () => {
  test('EER_DEMO=1 works on the demo database and its test keys work; without it the demo database is refused', async () => {
    const database = await createTestDatabaseFile();
    const server = await startServer({ port: 0, ...serverDatabase(database), mode: 'demo', logger: false });
    try {
      const keys = await adminJson(['key', 'list'], { database, env: { EER_DEMO: '1' } });
      assert.ok(keys.some((key: { id: string }) => key.id === 'key_demo_publishable'));
      const demo = await request(`${server.url}/v1/regions`, {
        headers: { Authorization: 'Bearer pk_test_demo', Origin: 'http://localhost:5173' },
      });
      assert.equal(demo.status, 200, demo.text);
      const refused = await admin(['org', 'list'], { database });
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /base de démonstration.*EER_DEMO=1/);
    } finally {
      await server.close();
      await database.dispose();
    }
  });
  test('a refused variable stops the command in the operator’s language (exit 2 or 1), before touching the database', async () => {
    const database = await createTestDatabaseFile();
    try {
      const french = await admin(['org', 'list'], { database, env: { CONTACT_RETENTION_DAYS: '-3' } });
      assert.notEqual(french.code, 0);
      assert.match(
        french.stderr,
        /Configuration refusée\u00a0: CONTACT_RETENTION_DAYS doit être un nombre entier de 1 à 3650 \(reçu «\u00a0-3\u00a0»\)/,
      );
      const english = await admin(['org', 'list'], {
        database,
        env: { CONTACT_RETENTION_DAYS: '-3', LANG: 'en_CA.UTF-8' },
      });
      assert.match(
        english.stderr,
        /Configuration refused: CONTACT_RETENTION_DAYS must be a whole number from 1 to 3650/,
      );
    } finally {
      await database.dispose();
    }
  });
});
