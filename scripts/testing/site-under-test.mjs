// The site as `pnpm start` serves it (API, CDN bundle, examples, docs on one
// origin), on a free port and a throwaway database, with headless Chromium:
// the shared setup of the end-to-end tests (examples/test, docs/test).
// Types: site-under-test.d.mts.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteMounts, startServer } from '@emplois-en-regions/server';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, MISSING_CHROME_MESSAGE, findChrome } from '../find-chrome.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The folders `pnpm start` serves (scripts/start.mjs). */
export const paths = {
  root,
  cdnDir: join(root, 'packages/widgets/cdn'),
  examplesDir: join(root, 'examples'),
  // EER_DOCS_BUILD: a scratch build (see docs/scripts/build-site.mjs) instead of docs/build.
  docsDir: process.env.EER_DOCS_BUILD ?? join(root, 'docs/build'),
};

/** The CDN bundle, a requirement of most tests. */
export const CDN_BUNDLE = {
  path: join(paths.cdnDir, 'eer-widgets.js'),
  hint: 'run `pnpm build` first (`pnpm test` builds before testing).',
};

/** Starts the server and Chromium; whatever started is stopped again if a later step fails. */
export async function openSite({
  require = [],
  docs = false,
  server: serverOptions = {},
  name = 'site',
} = {}) {
  for (const { path, hint } of require) assert.ok(existsSync(path), `${path} is missing: ${hint}`);
  const executablePath = findChrome();
  assert.ok(executablePath, MISSING_CHROME_MESSAGE);

  const tempDir = mkdtempSync(join(tmpdir(), `eer-${name}-`));
  let server;
  let browser;
  let closed;
  const close = () =>
    (closed ??= (async () => {
      try {
        await browser?.close();
      } finally {
        try {
          await server?.close();
        } finally {
          rmSync(tempDir, { recursive: true, force: true });
        }
      }
    })());

  try {
    const { cdnDir, examplesDir, docsDir } = paths;
    // Same mounts and home as `pnpm start` (packages/server/src/main.ts).
    server = await startServer({
      port: 0,
      databasePath: join(tempDir, 'test.db'),
      logger: false,
      staticMounts: siteMounts({ cdnDir, examplesDir, docsDir: docs ? docsDir : undefined }),
      home: docs ? '/docs/' : undefined,
      ...serverOptions,
    });
    browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
  } catch (error) {
    await close();
    throw error;
  }
  return {
    url: server.url,
    server,
    browser,
    async newPage(contextOptions = {}) {
      const context = await browser.newContext(contextOptions);
      return context.newPage();
    },
    close,
  };
}

/** Console messages Chromium prints for a Content-Security-Policy violation. */
const isCspMessage = (text) => text.includes('Content Security Policy');

/**
 * Records what goes wrong in `page` from its first script on: uncaught
 * exceptions, console errors, CSP violations (console messages and
 * `securitypolicyviolation` events), optionally responses of 400 and above,
 * and the API requests (`/v1/…`) the page makes.
 */
export async function watchPage(page, { consoleErrors = true, failedResponses = false } = {}) {
  const errors = [];
  const cspViolations = [];
  const apiRequests = [];
  page.on('pageerror', (error) => errors.push(`page error: ${String(error.stack ?? error)}`));
  page.on('console', (message) => {
    const text = message.text();
    if (isCspMessage(text)) cspViolations.push(`console: ${text}`);
    else if (consoleErrors && message.type() === 'error') {
      const { url } = message.location();
      errors.push(`console: ${text}${url ? ` (${url})` : ''}`);
    }
  });
  if (failedResponses) {
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
  }
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/v1/')) apiRequests.push(url);
  });
  // Arrow functions only: the callback is serialized into the page as is.
  await page.addInitScript(() => {
    const record = [];
    globalThis.__eerCspViolations = record;
    document.addEventListener('securitypolicyviolation', (e) => {
      record.push(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });

  const csp = async () => [
    ...cspViolations,
    ...((await page.evaluate(() => globalThis.__eerCspViolations)) ?? []),
  ];
  return {
    page,
    errors,
    cspViolations,
    apiRequests,
    csp,
    async expectClean(where = page.url()) {
      assert.deepEqual(await csp(), [], `no CSP violation on ${where}`);
      assert.deepEqual(errors, [], `no error on ${where}`);
    },
  };
}

/**
 * Issue 12's slow visitor: 4× CPU slowdown, 150 ms latency, 1.6 Mbps down / 750 kbps up — the
 * conditions the layout-shift tests and `pnpm bench` measure the partner page under.
 */
export const THROTTLED = { cpuRate: 4, latency: 150, download: 1_600_000 / 8, upload: 750_000 / 8 };

/** Issue 12's budget: layout shifts of a page view summed, without those that follow input. */
export const CLS_BUDGET = 0.01;

/** Applies THROTTLED to the page of a CDP session (Chromium). */
export async function throttle(session) {
  await session.send('Network.enable');
  await session.send('Emulation.setCPUThrottlingRate', { rate: THROTTLED.cpuRate });
  await session.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: THROTTLED.latency,
    downloadThroughput: THROTTLED.download,
    uploadThroughput: THROTTLED.upload,
  });
}
