// Regenerates custom-elements.json from the JSDoc and checks it documents
// every attribute and event the sources declare (read from the code by
// source-contract.mjs: Lit `@property` decorators, base classes included, and
// `this.emit('…')` calls), each with a description, plus the tags and names the
// brief promises; then that the committed editor data (editor/) is what the
// manifest gives. `pnpm test` runs it, so an undocumented attribute or event,
// or stale editor data, fails CI.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EDITOR_DIR, editorFiles } from './editor-data.mjs';
import { sourceContract } from './source-contract.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
execFileSync('npx', ['cem', 'analyze', '--quiet'], { cwd: packageDir, stdio: 'inherit' });
const manifest = JSON.parse(readFileSync(`${packageDir}/custom-elements.json`, 'utf8'));

// The brief's public names: a floor, so that removing one from the sources fails too.
const SHARED = ['lang', 'theme', 'accent', 'radius', 'density', 'api-base', 'api-key'];
const BRIEF = {
  'eer-config': { attributes: ['api-base', 'api-key', 'lang', 'theme', 'accent'], events: [] },
  'eer-region-picker': {
    attributes: [...SHARED, 'mode', 'value', 'required', 'name'],
    events: ['eer-region-change'],
  },
  'eer-advisor-contact-form': {
    attributes: [...SHARED, 'region-from', 'privacy-url'],
    events: ['eer-contact-success', 'eer-contact-error'],
  },
  'eer-event-banner': {
    attributes: [...SHARED, 'layout', 'region', 'region-from', 'dismissible'],
    events: ['eer-event-open', 'eer-banner-dismiss'],
  },
};
const declared = sourceContract(join(packageDir, 'src'));

const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
const problems = [];
for (const tag of new Set([...Object.keys(BRIEF), ...Object.keys(declared)])) {
  const fromSource = declared[tag];
  if (!fromSource) {
    problems.push(`${tag}: no class with \`@tag ${tag}\` in src/`);
    continue;
  }
  for (const name of BRIEF[tag]?.attributes ?? [])
    if (!fromSource.attributes.has(name))
      problems.push(`${tag}: the brief's attribute ${name} is gone from src/`);
  for (const name of BRIEF[tag]?.events ?? [])
    if (!fromSource.events.has(name)) problems.push(`${tag}: the brief's event ${name} is never emitted`);
  const element = declarations.find((d) => d.tagName === tag);
  if (!element) {
    problems.push(`${tag}: missing from custom-elements.json`);
    continue;
  }
  const attributes = new Map((element.attributes ?? []).map((a) => [a.name, a]));
  const events = new Map((element.events ?? []).map((e) => [e.name, e]));
  for (const name of fromSource.attributes) {
    if (!attributes.has(name)) problems.push(`${tag}: attribute ${name} missing from custom-elements.json`);
    else if (!attributes.get(name).description?.trim())
      problems.push(`${tag}: attribute ${name} undocumented (JSDoc on its @property)`);
  }
  for (const name of fromSource.events) {
    if (!events.get(name)?.description?.trim()) problems.push(`${tag}: event ${name} undocumented (@fires)`);
  }
  if (tag !== 'eer-config') {
    if (!element.summary) problems.push(`${tag}: no @summary`);
    if (!element.cssParts?.length) problems.push(`${tag}: no @csspart`);
  }
  console.log(
    `${tag}: ${fromSource.attributes.size} attributes and ${fromSource.events.size} events in src/; ${element.cssParts?.length ?? 0} parts, ${element.cssProperties?.length ?? 0} custom properties`,
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
