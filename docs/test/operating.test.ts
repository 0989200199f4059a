/**
 * The operator's side of the docs: the "Operating the API" guide in both
 * languages, its event.json example valid for the API's own schema, and the
 * operator's contact (OPERATOR_CONTACT) written into the served pages — a link
 * when it is set, the fallback text when it is not. Served by the real server
 * with the mounts `eer-server` builds from its configuration.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { EventInput } from '@emplois-en-regions/sdk';
import { STRICT_CSP, readConfig, siteMounts, startServer } from '@emplois-en-regions/server';
import type { RunningServer } from '@emplois-en-regions/server';
import { paths } from '../../scripts/testing/site-under-test.mjs';

const GUIDES = { fr: '/docs/exploiter/', en: '/docs/en/operating/' } as const;
const GETTING_STARTED = { fr: '/docs/demarrer/', en: '/docs/en/getting-started/' } as const;
const FALLBACK = {
  fr: 'l’équipe du programme qui exploite l’API',
  en: 'the program team that runs the API',
} as const;

const tempDir = mkdtempSync(join(tmpdir(), 'eer-docs-operating-'));
const servers: RunningServer[] = [];

/** A server as `eer-server` starts with this environment (config → mounts), on a free port. */
async function serve(env: Record<string, string>): Promise<string> {
  const config = readConfig({ DOCS_DIR: paths.docsDir, ...env }, paths.root);
  const server = await startServer({
    port: 0,
    databasePath: join(tempDir, `${servers.length}.db`),
    logger: false,
    staticMounts: siteMounts(config),
    home: '/docs/',
  });
  servers.push(server);
  return server.url;
}

async function page(base: string, path: string): Promise<string> {
  const response = await fetch(`${base}${path}`);
  assert.equal(response.status, 200, `${path} answers 200`);
  assert.equal(response.headers.get('content-security-policy'), STRICT_CSP, `${path} keeps the strict CSP`);
  return response.text();
}

/** The text of the `<span data-operator-contact>` of a page. */
function contactOf(html: string): string {
  const match = /<span data-operator-contact>([\s\S]*?)<\/span>/.exec(html);
  assert.ok(match, 'the page has the operator-contact element');
  return match[1]!;
}

before(() => {
  assert.ok(
    existsSync(join(paths.docsDir, 'index.html')),
    `${paths.docsDir} is missing: run \`pnpm build\` first (or \`cd docs && pnpm run build\`).`,
  );
});

after(async () => {
  for (const server of servers) await server.close();
  rmSync(tempDir, { recursive: true, force: true });
});

describe('operating guide', () => {
  let base: string;
  before(async () => {
    base = await serve({});
  });

  test('exists in French and English, each the counterpart of the other, and is in the navigation', async () => {
    const fr = await page(base, GUIDES.fr);
    const en = await page(base, GUIDES.en);
    assert.match(fr, /<html lang="fr">/);
    assert.match(en, /<html lang="en">/);
    assert.match(fr, /<h1>Exploiter l’API<\/h1>/);
    assert.match(en, /<h1>Operating the API<\/h1>/);
    assert.match(fr, new RegExp(`class="lang-switch" href="${GUIDES.en}"`));
    assert.match(en, new RegExp(`class="lang-switch" href="${GUIDES.fr}"`));
    assert.match(await page(base, '/docs/'), new RegExp(`<a href="${GUIDES.fr}">`), 'linked from the nav');
    assert.match(await page(base, '/docs/en/'), new RegExp(`<a href="${GUIDES.en}">`), 'linked from the nav');
    for (const html of [fr, en]) {
      for (const needle of [
        'systemd',
        'nginx',
        'VACUUM INTO',
        '.backup',
        'eer-admin org create',
        'eer-admin key create',
        'eer-admin key revoke',
        'eer-admin event import',
        'eer-admin webhook add',
        'Eer-Signature',
        'verifyWebhook',
        'eer-admin requests erase',
        'eer-admin requests purge',
        'OPERATOR_CONTACT',
        'CONTACT_RETENTION_DAYS',
      ]) {
        assert.ok(html.includes(needle), `${needle} is explained`);
      }
    }
  });

  test('its event.json example passes the API’s own schema, with a municipality that exists', async () => {
    const sources = [
      join(paths.root, 'docs/guides/fr/exploiter.md'),
      join(paths.root, 'docs/guides/en/operating.md'),
    ];
    for (const source of sources) {
      const markdown = readFileSync(source, 'utf8');
      const block = /```json\n(\{\n {2}"title"[\s\S]*?)\n```/.exec(markdown);
      assert.ok(block, `${source} shows an event.json`);
      const event = JSON.parse(block[1]!) as {
        location: { municipalityCode: string };
        regionCodes: string[];
      };
      const result = EventInput.safeParse(event);
      assert.ok(result.success, `${source}: ${JSON.stringify(result.error?.issues)}`);
      const found = (await (
        await fetch(`${base}/v1/municipalities?q=${encodeURIComponent('Trois-Rivières')}`)
      ).json()) as { data: { code: string; regionCode: string }[] };
      const municipality = found.data.find((m) => m.code === event.location.municipalityCode);
      assert.ok(municipality, `${event.location.municipalityCode} is Trois-Rivières`);
      assert.equal(municipality.regionCode, event.regionCodes[0]);
    }
  });
});

describe('configuration tables', () => {
  /** The variables of a Markdown table's first column (`| \`NAME\` | …`). */
  const tableVariables = (markdown: string) =>
    [...markdown.matchAll(/^\| `([A-Z][A-Z_]+)` \|/gm)].map((match) => match[1]!).sort();

  test('the README and the operating guides list exactly the variables the server reads', () => {
    const config = readFileSync(join(paths.root, 'packages/server/src/config.ts'), 'utf8');
    const read = [
      ...new Set([...config.matchAll(/\benv(?:\.|,\s*')([A-Z][A-Z_]+)/g)].map((match) => match[1]!)),
    ].sort();
    assert.ok(read.length > 15, `variables found in config.ts: ${read.join(', ')}`);
    for (const source of ['README.md', 'docs/guides/en/operating.md', 'docs/guides/fr/exploiter.md']) {
      const listed = tableVariables(readFileSync(join(paths.root, source), 'utf8'));
      assert.deepEqual([...new Set(listed)], read, `${source}: one row per variable of config.ts`);
      assert.equal(listed.length, read.length, `${source}: no variable listed twice`);
    }
  });
});

describe('OPERATOR_CONTACT on the getting-started pages', () => {
  let fileTag: string | null = null;

  test('unset: the pages say to ask the program team', async () => {
    const base = await serve({});
    for (const lang of ['fr', 'en'] as const) {
      assert.ok(contactOf(await page(base, GETTING_STARTED[lang])).startsWith(FALLBACK[lang]));
    }
    fileTag = (await fetch(`${base}${GETTING_STARTED.fr}`)).headers.get('etag');
  });

  test('an e-mail address: a mailto link in both languages, the fallback gone', async () => {
    const base = await serve({ OPERATOR_CONTACT: ' cles@emplois-en-regions.example ' });
    for (const lang of ['fr', 'en'] as const) {
      const html = await page(base, GETTING_STARTED[lang]);
      assert.equal(
        contactOf(html),
        '<a href="mailto:cles@emplois-en-regions.example">cles@emplois-en-regions.example</a>',
      );
      assert.ok(!html.includes(FALLBACK[lang]), 'no fallback text left');
    }
    // The rewritten page's length is right (or left to chunked encoding); other files are untouched.
    const rewritten = await fetch(`${base}${GETTING_STARTED.fr}`);
    const length = rewritten.headers.get('content-length');
    const bytes = (await rewritten.arrayBuffer()).byteLength;
    if (length !== null) assert.equal(Number(length), bytes);
    // A browser that cached the page as served without the contact revalidates with the file's
    // tag: it gets the filled page, not a 304 that would keep the old text.
    if (fileTag) assert.notEqual(rewritten.headers.get('etag'), fileTag, 'not the file’s own ETag');
    const revalidated = await fetch(`${base}${GETTING_STARTED.fr}`, {
      headers: fileTag ? { 'If-None-Match': fileTag } : {},
    });
    assert.equal(revalidated.status, 200);
    assert.match(await revalidated.text(), /mailto:cles@emplois-en-regions\.example/);
    const css = await fetch(`${base}/docs/assets/site.css`);
    assert.equal(css.status, 200);
    assert.equal(Number(css.headers.get('content-length')), (await css.arrayBuffer()).byteLength);
  });

  test('a URL: a link, and whatever it holds is escaped', async () => {
    const base = await serve({ OPERATOR_CONTACT: 'https://programme.example/cles?a=1&b="<x>"' });
    const html = await page(base, GETTING_STARTED.en);
    assert.equal(
      contactOf(html),
      '<a href="https://programme.example/cles?a=1&amp;b=%22%3Cx%3E%22">https://programme.example/cles?a=1&amp;b=&quot;&lt;x&gt;&quot;</a>',
    );
    const text = await serve({ OPERATOR_CONTACT: 'Guichet <b>des partenaires</b>' });
    assert.equal(
      contactOf(await page(text, GETTING_STARTED.fr)),
      'Guichet &lt;b&gt;des partenaires&lt;/b&gt;',
    );
  });
});
