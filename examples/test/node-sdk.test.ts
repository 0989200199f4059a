import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { startTestServer, type TestServer } from '@emplois-en-regions/server/testing';
import { EXIT, runListEvents, type EventSummary } from '../node-sdk/list-events.js';

let server: TestServer;
let folder: string;

before(async () => {
  server = await startTestServer();
  folder = await mkdtemp(join(tmpdir(), 'eer-node-sdk-'));
});
after(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});
beforeEach(() => server.faults.clear());

/** Runs the script in-process against the test server, with captured output and an empty env. */
async function run(args: string[], signal?: AbortSignal) {
  let stdout = '';
  let stderr = '';
  const code = await runListEvents(['--base-url', server.url, ...args], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
    signal,
  });
  return { code, stdout, stderr };
}

describe('examples/node-sdk/list-events.ts', () => {
  test('writes every upcoming event of region 17 as JSON on stdout, with a French summary', async () => {
    const expected = (await fetch(`${server.url}/v1/events?region=17&limit=100`).then((r) => r.json())) as {
      data: { id: string; title: { fr: string }; start: string; icsUrl: string }[];
      nextCursor: string | null;
    };
    assert.equal(expected.nextCursor, null);
    assert.ok(expected.data.length > 0, 'the sample data has events in region 17');

    const { code, stdout, stderr } = await run(['--region', '17']);
    assert.equal(code, EXIT.ok, stderr);
    const events = JSON.parse(stdout) as EventSummary[];
    assert.deepEqual(
      events.map((event) => event.id),
      expected.data.map((event) => event.id),
    );
    const [first] = expected.data;
    assert.deepEqual(Object.keys(events[0]!).sort(), [
      'city',
      'end',
      'format',
      'icsUrl',
      'id',
      'registrationUrl',
      'start',
      'status',
      'title',
    ]);
    assert.equal(events[0]!.title, first!.title.fr);
    assert.equal(events[0]!.icsUrl, first!.icsUrl);
    // The summary goes to stderr, so stdout stays pure JSON.
    assert.match(stderr, new RegExp(`Centre-du-Québec \\(17\\) : ${events.length} événements? à venir`));
    assert.ok(stderr.includes(first!.title.fr));
  });

  test('--out writes the file; --lang en gives English titles and summary', async () => {
    const file = join(folder, 'events.json');
    const { code, stdout, stderr } = await run(['--region', '17', '--out', file, '--lang', 'en']);
    assert.equal(code, EXIT.ok, stderr);
    assert.equal(stderr, '');
    const events = JSON.parse(await readFile(file, 'utf8')) as EventSummary[];
    assert.ok(events.length > 0);
    assert.match(stdout, /^Centre-du-Québec \(17\): \d+ upcoming events?$/m);
    assert.ok(stdout.includes(events[0]!.title));
    assert.ok(stdout.includes(`Written to ${file}.`));
  });

  test('exit 2 on bad arguments, with the usage', async () => {
    for (const args of [
      [],
      ['--region'],
      ['--region', '04', '--bogus'],
      ['--region', '04', '--lang', 'de'],
    ]) {
      const { code, stdout, stderr } = await run(args);
      assert.equal(code, EXIT.usage, `${args.join(' ')}: ${stderr}`);
      assert.equal(stdout, '');
      assert.match(stderr, /^Argument invalide : .*\nUsage : node --import tsx list-events\.ts --region/);
    }
    const { code, stderr } = await run(['--lang', 'en']);
    assert.equal(code, EXIT.usage);
    assert.match(stderr, /^Invalid argument: the --region option is required/);
  });

  test('exit 3 for a code the SDK refuses (99) and for a region the API does not know', async () => {
    const file = join(folder, 'refused.json');
    for (const region of ['99', '4', 'abc']) {
      server.requests.reset();
      const { code, stdout, stderr } = await run(['--region', region, '--out', file]);
      assert.equal(code, EXIT.unknownRegion, stderr);
      assert.equal(stderr, `Région inconnue : « ${region} ». Les codes vont de 01 à 17.\n`);
      assert.equal(stdout, '');
      assert.equal(server.requests.count({}), 0, 'the SDK refuses the code without a request');
    }
    assert.equal(existsSync(file), false);

    // Every code 01–17 exists in the API, so a NotFound is simulated with an injected 404.
    server.faults.add({ method: 'GET', path: '/v1/regions/04', kind: 'status', status: 404 });
    const { code, stderr } = await run(['--region', '04', '--lang', 'en', '--out', file]);
    assert.equal(code, EXIT.unknownRegion, stderr);
    assert.equal(stderr, 'Unknown region: "04". Codes go from 01 to 17.\n');
    assert.equal(existsSync(file), false);
  });

  test('exit 4 when the connection drops on every retry, and nothing is written', async () => {
    const file = join(folder, 'dropped.json');
    server.faults.add({ method: 'GET', path: '/v1/events', kind: 'drop-before', times: 10 });
    const { code, stdout, stderr } = await run(['--region', '17', '--out', file]);
    assert.equal(code, EXIT.network, stderr);
    assert.match(
      stderr,
      /^Impossible de joindre l’API à http:\/\/127\.0\.0\.1:\d+ \(réseau ou délai dépassé\)/,
    );
    assert.equal(stdout, '');
    assert.equal(existsSync(file), false);

    const refused = await runListEvents(
      ['--region', '17', '--base-url', 'http://127.0.0.1:9', '--lang', 'en'],
      {
        stdout: { write: () => assert.fail('nothing on stdout') },
        stderr: { write: () => true },
        env: {},
      },
    );
    assert.equal(refused, EXIT.network);
  });

  test('exit 1 when the API keeps answering 503, and nothing on stdout', async () => {
    server.faults.add({ method: 'GET', path: '/v1/events', kind: 'status', status: 503, times: 10 });
    const { code, stdout, stderr } = await run(['--region', '17']);
    assert.equal(code, EXIT.error, stderr);
    assert.match(stderr, /^Erreur : .*X-Request-Id/);
    assert.equal(stdout, '');
  });

  test('an aborted signal (Ctrl+C) stops cleanly with exit 130', async () => {
    server.faults.add({ method: 'GET', path: '/v1/events', kind: 'delay', ms: 2_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const file = join(folder, 'aborted.json');
    const { code, stdout, stderr } = await run(['--region', '17', '--out', file], controller.signal);
    assert.equal(code, EXIT.interrupted);
    assert.equal(stderr, 'Interrompu.\n');
    assert.equal(stdout, '');
    assert.equal(existsSync(file), false);
    assert.ok(Date.now() - started < 1_500, 'the request in flight is aborted at once');
  });
});
