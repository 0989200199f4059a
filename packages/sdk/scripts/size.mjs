// Size budget of the SDK in a browser bundle (issue 3): an entry using regions,
// events and contact requests, bundled with every dependency by the shared
// rollup function (scripts/rollup/browser.mjs: browser, minified, ESM), measured
// brotli-compressed. `pnpm test` runs this
// file (exit 1 over budget); `pnpm bench` calls measureSdkSize() for its table.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitOnBudget } from '../../../scripts/bundle-size.mjs';
import { bundleForBrowser, renderedModuleIds, sizesOf } from '../../../scripts/rollup/browser.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** 14 kB brotli for regions + events + contact requests. */
// 14 KiB until the v2 contract: request status and dates in ContactRequest, the `status`
// filter, new problem codes and the invalid-characters rule (≈ +250 B in the validators);
// 14.5 KiB until terser ran after esbuild (≈ −320 B).
export const SDK_BUDGET = 14.25 * 1024;

/** The SDK's write API: server-side only, never in a browser bundle. */
export const WRITE_MODULES = [
  /sdk\/src\/admin-client\.ts$/,
  /sdk\/src\/resources\/(event|contact-request)-writes\.ts$/,
];

/** The webhook verifier: for receivers (Node, edge), never in a browser bundle. */
export const WEBHOOK_MODULES = [/sdk\/src\/webhooks\.ts$/, /schemas\/src\/webhooks\.ts$/];

const ENTRIES = [
  {
    name: 'sdk: regions + events + contactRequests',
    budget: SDK_BUDGET,
    contents: `import { createCore, regionsResource, eventsResource, contactRequestsResource } from './src/index.ts';
      const core = createCore({ key: 'pk_test_demo' });
      export const api = { regions: regionsResource(core), events: eventsResource(core), contactRequests: contactRequestsResource(core) };`,
  },
  {
    name: 'sdk: events only (tree-shaking)',
    contents: `import { createCore, eventsResource } from './src/index.ts';
      export const events = eventsResource(createCore({ key: 'pk_test_demo' }));`,
    // Importing events alone must leave the contact-request code out.
    mustNotInclude: [/resources\/contact-requests\.ts$/, /schemas\/src\/contact-requests\.ts$/],
  },
  {
    name: 'sdk: createClient (every resource)',
    contents: `import { createClient } from './src/index.ts'; export const client = createClient({ key: 'pk_test_demo' });`,
    // What browsers use: the write API (createAdminClient, Node only) and the webhook
    // verifier (receivers run on servers) must tree-shake out.
    mustNotInclude: [...WRITE_MODULES, ...WEBHOOK_MODULES],
  },
  {
    name: 'server/edge-side, not a browser budget: verifyWebhook alone (Web Crypto + zod/mini event schema)',
    contents: `import { verifyWebhook } from './src/index.ts'; export { verifyWebhook };`,
    // A receiver needs no HTTP client.
    mustNotInclude: [/node_modules\/ky\//, ...WRITE_MODULES],
  },
  {
    name: 'server-side, not a browser budget: createAdminClient (reads + writes, zod/mini input checks)',
    contents: `import { createAdminClient } from './src/index.ts'; export const admin = createAdminClient({ key: 'sk_x' });`,
  },
  {
    name: 'for scale: ky alone',
    contents: `import ky from 'ky'; export const api = ky.create({});`,
  },
  {
    name: 'for comparison (not shipped): the same schemas with zod/mini',
    contents: `export { RegionList, Region, EventList, Event, EventQuery, Id, RegionCode, ContactRequestInput,
      ContactRequestReceipt, ContactRequestList, ContactRequestQuery, toFieldErrors } from '@emplois-en-regions/schemas';`,
  },
];

// zod classic (~20 kB brotli) must never reach a browser: only zod/mini.
const FORBIDDEN_EVERYWHERE = [/zod\/v4\/classic\//, /zod\/v3\//];

async function measure(entry, index) {
  const path = join(packageDir, `size-entry-${index}.ts`);
  const chunks = await bundleForBrowser({
    input: { entry: path },
    modules: { [path]: entry.contents },
    tsconfig: join(packageDir, 'tsconfig.build.json'),
  });
  const inputs = renderedModuleIds(chunks);
  const problems = [...FORBIDDEN_EVERYWHERE, ...(entry.mustNotInclude ?? [])].flatMap((pattern) =>
    inputs.filter((input) => pattern.test(input)).map((input) => `${entry.name} bundles ${input}`),
  );
  return { name: entry.name, ...sizesOf(chunks), budget: entry.budget, problems };
}

/** One row per measured bundle: `{ name, bytes, gzip, brotli, budget?, problems }` (bytes minified). */
export async function measureSdkSize() {
  return Promise.all(ENTRIES.map((entry, index) => measure(entry, index)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  exitOnBudget(await measureSdkSize());
}
