// Regenerates custom-elements.json from the JSDoc and checks it carries the
// public contract of the brief: every tag, the shared attributes, the events;
// then that the committed editor data (editor/) is what the manifest gives.
// `pnpm test` runs it, so an undocumented attribute or event, or stale editor
// data, fails CI.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EDITOR_DIR, editorFiles } from './editor-data.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
execFileSync('npx', ['cem', 'analyze', '--quiet'], { cwd: packageDir, stdio: 'inherit' });
const manifest = JSON.parse(readFileSync(`${packageDir}/custom-elements.json`, 'utf8'));

const SHARED = ['lang', 'theme', 'accent', 'radius', 'density', 'api-base', 'api-key'];
const CONTRACT = {
  'eer-config': { attributes: ['api-base', 'api-key', 'lang', 'theme', 'accent'], events: [] },
  'eer-region-picker': {
    attributes: [
      ...SHARED,
      'mode',
      'scope',
      'regions',
      'detail',
      'multiple',
      'value',
      'required',
      'disabled',
      'name',
    ],
    events: ['eer-region-change'],
  },
  'eer-advisor-contact-form': {
    attributes: [...SHARED, 'region', 'region-from', 'advisor', 'privacy-url'],
    events: ['eer-contact-submit', 'eer-contact-success', 'eer-contact-error'],
  },
  'eer-event-banner': {
    attributes: [...SHARED, 'layout', 'region', 'region-from', 'type', 'limit', 'dismissible'],
    events: ['eer-event-open', 'eer-banner-dismiss'],
  },
};

const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
const problems = [];
for (const [tag, expected] of Object.entries(CONTRACT)) {
  const element = declarations.find((d) => d.tagName === tag);
  if (!element) {
    problems.push(`${tag}: missing (add @tag to its class JSDoc)`);
    continue;
  }
  const attributes = new Set((element.attributes ?? []).map((a) => a.name));
  const events = new Set((element.events ?? []).map((e) => e.name));
  for (const name of expected.attributes)
    if (!attributes.has(name)) problems.push(`${tag}: attribute ${name} undocumented`);
  for (const name of expected.events)
    if (!events.has(name)) problems.push(`${tag}: event ${name} undocumented (@fires)`);
  if (tag !== 'eer-config') {
    if (!element.summary) problems.push(`${tag}: no @summary`);
    if (!element.cssParts?.length) problems.push(`${tag}: no @csspart`);
  }
  console.log(
    `${tag}: ${attributes.size} attributes, ${events.size} events, ${element.cssParts?.length ?? 0} parts, ${element.cssProperties?.length ?? 0} custom properties`,
  );
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('custom-elements.json carries the public contract');

// Generated in memory: this check never rewrites the committed files.
const stale = [];
for (const [name, expected] of Object.entries(await editorFiles(manifest))) {
  const file = join(packageDir, EDITOR_DIR, name);
  if (!existsSync(file)) stale.push(`${EDITOR_DIR}/${name} is missing`);
  else if (readFileSync(file, 'utf8') !== expected)
    stale.push(`${EDITOR_DIR}/${name} differs from what custom-elements.json gives`);
}
if (stale.length) {
  console.error(
    [
      ...stale,
      'The editor data is stale: run `pnpm --filter @emplois-en-regions/widgets build` and commit packages/widgets/editor.',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`${EDITOR_DIR}/ (VS Code custom data, JSX types) is up to date`);
