// `pnpm build`: dist/emplois-en-regions.zip, the plugin as WordPress installs
// it (one folder, emplois-en-regions/), with the .mo files compiled from the
// .po sources. dist/emplois-en-regions/ holds the same files unzipped.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePo, writeMo } from './gettext.mjs';
import { createZip } from './zip.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const source = join(packageDir, 'plugin');
const dist = join(packageDir, 'dist');
const slug = 'emplois-en-regions';
/** Locales served by the French translation (a locale without its own file also falls back to it, see the main file). */
const FRENCH_LOCALES = ['fr_FR', 'fr_CA'];

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

const files = walk(source).map((path) => ({
  name: `${slug}/${relative(source, path)}`,
  data: readFileSync(path),
}));
const po = readFileSync(join(source, 'languages', `${slug}-fr_FR.po`), 'utf8');
const mo = writeMo(parsePo(po));
for (const locale of FRENCH_LOCALES) {
  files.push({ name: `${slug}/languages/${slug}-${locale}.mo`, data: mo });
}
const folders = [
  ...new Set(
    files.flatMap(({ name }) =>
      name
        .split('/')
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join('/') + '/'),
    ),
  ),
].sort();
const entries = [...folders.map((name) => ({ name })), ...files.sort((a, b) => a.name.localeCompare(b.name))];

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
for (const { name, data } of entries) {
  const path = join(dist, name);
  if (name.endsWith('/')) mkdirSync(path, { recursive: true });
  else writeFileSync(path, data);
}
const zip = createZip(entries);
writeFileSync(join(dist, `${slug}.zip`), zip);
console.log(
  `${relative(process.cwd(), join(dist, `${slug}.zip`))}: ${files.length} files, ${(zip.length / 1024).toFixed(1)} kB`,
);
