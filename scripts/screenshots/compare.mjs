// Pairs two folders of screenshots by file name (two capture.mjs runs) and shows what changed.
//
//   node scripts/screenshots/compare.mjs --before /tmp/shots/before --after /tmp/shots/after \
//     --out /tmp/shots/compare.html [--highlights /tmp/shots/highlights [--pick name,name…]] \
//     [--before-label "before (3d3f90c^)" --after-label "after (main)"]
//
// Prints, per pair, the share of pixels that changed, and the shots found on one side only;
// writes an HTML page with each pair side by side and a third image marking the changed pixels
// in red (<out folder>/diff/), most changed first; with --highlights, one composite PNG per
// picked pair (before | after, captioned) for an issue or a review.
//
// The pixels are compared in Chromium (canvas), so no image library is needed. A pixel counts as
// changed when a channel differs by more than --tolerance (default 16 of 255: antialiasing noise
// stays out). When the two shots differ in size, they are laid top-left on the larger size and
// whatever only one of them covers counts as changed.
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from '../find-chrome.mjs';

/** The pairs that tell most about issue 14 (the widgets after the outside review). */
const DEFAULT_PICKS = [
  'form-empty_1280_light_fr',
  'form-empty_1280_dark_fr',
  'banner-bar_375_light_fr',
  'banner-card_375_light_en',
  'banner-list_375_dark_fr',
  'banner-bar-narrow_1280_light_fr',
  'combobox-open_375_light_fr',
  'combobox-no-result_375_dark_en',
  'form-success_375_light_fr',
  'form-heading_375_light_en',
  'stack_375_dark_fr',
];

const { values: args } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string' },
    out: { type: 'string' },
    highlights: { type: 'string' },
    pick: { type: 'string' },
    tolerance: { type: 'string', default: '16' },
    'before-label': { type: 'string', default: 'before' },
    'after-label': { type: 'string', default: 'after' },
  },
});
if (!args.before || !args.after || !args.out) {
  console.error(
    'Usage: node scripts/screenshots/compare.mjs --before <dir> --after <dir> --out <file.html> [--highlights <dir> [--pick a,b]]',
  );
  process.exit(2);
}
const before = resolve(args.before);
const after = resolve(args.after);
const out = resolve(args.out);
const diffDir = join(dirname(out), 'diff');
const tolerance = Number(args.tolerance);
const picks = args.pick ? args.pick.split(',') : DEFAULT_PICKS;
const labels = [args['before-label'], args['after-label']];

const shots = (dir) =>
  new Set(
    readdirSync(dir)
      .filter((file) => file.endsWith('.png'))
      .map((file) => basename(file, '.png')),
  );
const inBefore = shots(before);
const inAfter = shots(after);
const names = [...inBefore].filter((name) => inAfter.has(name)).sort();
const onlyBefore = [...inBefore].filter((name) => !inAfter.has(name)).sort();
const onlyAfter = [...inAfter].filter((name) => !inBefore.has(name)).sort();

/** capture.mjs's notes per shot (what could not be reached), if its manifest is there. */
async function notesOf(dir) {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) return new Map();
  const { shots: list } = JSON.parse(await readFile(file, 'utf8'));
  return new Map(list.map(({ name, notes }) => [name, notes]));
}
const notes = { before: await notesOf(before), after: await notesOf(after) };

const dataUrl = async (file) => `data:image/png;base64,${(await readFile(file)).toString('base64')}`;
const fromDataUrl = (url) => Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');

/** In the page, once: loading a data URL as an image, and a canvas as a PNG data URL. */
function installHelpers() {
  window.loadImage = (src) =>
    new Promise((done, fail) => {
      const image = new Image();
      image.onload = () => done(image);
      image.onerror = fail;
      image.src = src;
    });
  window.toPng = async (canvas) => {
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    const reader = new FileReader();
    return new Promise((done) => {
      reader.onload = () => done(reader.result);
      reader.readAsDataURL(blob);
    });
  };
}

/** In the page: the changed pixels of two images, and an image marking them. */
async function diffInPage({ a, b, tolerance }) {
  const [first, second] = await Promise.all([window.loadImage(a), window.loadImage(b)]);
  const width = Math.max(first.width, second.width);
  const height = Math.max(first.height, second.height);
  const pixels = (image) => {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    return context.getImageData(0, 0, width, height).data;
  };
  const [p, q] = [pixels(first), pixels(second)];
  const marked = new OffscreenCanvas(width, height);
  const context = marked.getContext('2d');
  context.globalAlpha = 0.25;
  context.drawImage(second, 0, 0);
  const overlay = context.getImageData(0, 0, width, height);
  let changed = 0;
  for (let i = 0; i < p.length; i += 4) {
    const differs =
      Math.abs(p[i] - q[i]) > tolerance ||
      Math.abs(p[i + 1] - q[i + 1]) > tolerance ||
      Math.abs(p[i + 2] - q[i + 2]) > tolerance ||
      Math.abs(p[i + 3] - q[i + 3]) > tolerance;
    if (!differs) continue;
    changed++;
    overlay.data.set([230, 0, 40, 255], i);
  }
  context.putImageData(overlay, 0, 0);
  const url = await window.toPng(marked);
  return {
    changed,
    total: width * height,
    sizes: [`${first.width}×${first.height}`, `${second.width}×${second.height}`],
    url,
  };
}

/** In the page: before | after side by side under a caption, as one PNG. */
async function compositeInPage({ a, b, title, labels }) {
  const [first, second] = await Promise.all([window.loadImage(a), window.loadImage(b)]);
  const gap = 24;
  const top = 64;
  const canvas = new OffscreenCanvas(
    first.width + second.width + gap * 3,
    Math.max(first.height, second.height) + top + gap,
  );
  const context = canvas.getContext('2d');
  context.fillStyle = '#6b7280';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#ffffff';
  context.font = 'bold 18px system-ui, sans-serif';
  context.fillText(title, gap, 26);
  context.font = '15px system-ui, sans-serif';
  context.fillText(labels[0], gap, 52);
  context.fillText(labels[1], first.width + gap * 2, 52);
  context.drawImage(first, gap, top);
  context.drawImage(second, first.width + gap * 2, top);
  return window.toPng(canvas);
}

const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
const page = await browser.newPage();
await page.evaluate(installHelpers);
await mkdir(diffDir, { recursive: true });
const results = [];
for (const name of names) {
  const a = await dataUrl(join(before, `${name}.png`));
  const b = await dataUrl(join(after, `${name}.png`));
  const { url, ...figures } = await page.evaluate(diffInPage, { a, b, tolerance });
  await writeFile(join(diffDir, `${name}.png`), fromDataUrl(url));
  results.push({ name, ...figures, share: figures.changed / figures.total });
}
if (args.highlights) {
  const dir = resolve(args.highlights);
  await mkdir(dir, { recursive: true });
  for (const name of picks.filter((pick) => names.includes(pick))) {
    const a = await dataUrl(join(before, `${name}.png`));
    const b = await dataUrl(join(after, `${name}.png`));
    await writeFile(
      join(dir, `${name}.png`),
      fromDataUrl(await page.evaluate(compositeInPage, { a, b, title: name, labels })),
    );
  }
  const unknown = picks.filter((pick) => !names.includes(pick));
  if (unknown.length) console.log(`Not a pair, no highlight: ${unknown.join(', ')}`);
}
await browser.close();

const percent = (share) => `${(share * 100).toFixed(2)} %`;
const escape = (text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const link = (file) => escape(relative(dirname(out), file));
const noteList = (side, name) =>
  (notes[side].get(name) ?? []).map((note) => `<li>${side}: ${escape(note)}</li>`).join('');
const byChange = [...results].sort((x, y) => y.share - x.share);
const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>Screenshots: before / after</title>
<style>
  body { margin: 0 16px; font: 14px/1.4 system-ui, sans-serif; }
  table { border-collapse: collapse; }
  td, th { padding: 2px 8px; text-align: left; border-bottom: 1px solid #ddd; }
  .pair { margin: 32px 0; }
  .pair h2 { font-size: 16px; margin: 0 0 4px; }
  .shots { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 12px; align-items: start; }
  .shots figure { margin: 0; }
  .shots img { max-width: 100%; border: 1px solid #999; }
  figcaption { font-weight: bold; }
  .notes { color: #a40000; }
</style>
</head>
<body>
<h1>Before: ${escape(before)} — after: ${escape(after)}</h1>
<p>${results.length} pairs; a pixel counts as changed when a channel differs by more than ${tolerance}/255.
Only before: ${onlyBefore.length ? escape(onlyBefore.join(', ')) : 'none'}. Only after: ${
  onlyAfter.length ? escape(onlyAfter.join(', ')) : 'none'
}.</p>
<table>
<tr><th>pair</th><th>changed</th><th>before size</th><th>after size</th></tr>
${byChange
  .map(
    (r) =>
      `<tr><td><a href="#${r.name}">${r.name}</a></td><td>${percent(r.share)}</td><td>${r.sizes[0]}</td><td>${r.sizes[1]}</td></tr>`,
  )
  .join('\n')}
</table>
${byChange
  .map(
    (r) => `<section class="pair" id="${r.name}">
<h2>${r.name} — ${percent(r.share)} changed</h2>
<ul class="notes">${noteList('before', r.name)}${noteList('after', r.name)}</ul>
<div class="shots">
<figure><figcaption>${escape(labels[0])}</figcaption><a href="${link(join(before, `${r.name}.png`))}"><img loading="lazy" src="${link(join(before, `${r.name}.png`))}" alt="" /></a></figure>
<figure><figcaption>${escape(labels[1])}</figcaption><a href="${link(join(after, `${r.name}.png`))}"><img loading="lazy" src="${link(join(after, `${r.name}.png`))}" alt="" /></a></figure>
<figure><figcaption>changed pixels</figcaption><a href="${link(join(diffDir, `${r.name}.png`))}"><img loading="lazy" src="${link(join(diffDir, `${r.name}.png`))}" alt="" /></a></figure>
</div>
</section>`,
  )
  .join('\n')}
</body>
</html>
`;
await writeFile(out, html);

const width = Math.max(...results.map(({ name }) => name.length), 4);
console.log(`${'pair'.padEnd(width)}  changed   before      after`);
for (const r of results)
  console.log(
    `${r.name.padEnd(width)}  ${percent(r.share).padStart(8)}  ${r.sizes[0].padEnd(10)}  ${r.sizes[1]}`,
  );
console.log(
  `${results.length} pairs; only before: ${onlyBefore.join(', ') || 'none'}; only after: ${onlyAfter.join(', ') || 'none'}`,
);
console.log(`Written: ${out}${args.highlights ? `, ${resolve(args.highlights)}/` : ''}`);
