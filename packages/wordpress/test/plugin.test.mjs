/**
 * The plugin's files, without WordPress: PHP syntax, the attribute whitelist
 * against the widgets' manifest, the French translation, readme.txt and the zip.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { crc32, inflateRawSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { extractMsgids, parsePo } from '../scripts/gettext.mjs';
import { requireTools } from './support/wordpress-site.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const pluginDir = join(packageDir, 'plugin');
const manifestPath = join(packageDir, '../widgets/custom-elements.json');
const zipPath = join(packageDir, 'dist/emplois-en-regions.zip');

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
const phpFiles = walk(pluginDir).filter((path) => path.endsWith('.php'));
const supportPhp = walk(join(packageDir, 'test/support')).filter((path) => path.endsWith('.php'));

/**
 * Runs PHP code that loads the plugin's widget list with the few WordPress
 * functions it calls stubbed, and prints JSON.
 */
function phpJson(php, code) {
  const stubs = `
    define('ABSPATH', '/');
    function __($text) { return $text; }
    function esc_url_raw($url) { return $url; }
    function sanitize_text_field($text) { return trim(strip_tags($text)); }
    require ${JSON.stringify(join(pluginDir, 'includes/widgets.php'))};
  `;
  return JSON.parse(execFileSync(php, ['-r', `${stubs}\n${code}`], { encoding: 'utf8' }));
}

/** Names in a zip's central directory, each entry's data checked against its CRC. */
function zipEntries(zip) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'the zip has an end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const stored = zip.subarray(dataStart, dataStart + size);
    const data = method === 8 ? inflateRawSync(stored) : stored;
    assert.equal(crc32(data), crc, `${name}: CRC`);
    names.push(name);
    at += 46 + nameLength + extra;
  }
  return names;
}

describe('plugin files', () => {
  test('php -l: every PHP file of the plugin and of the test parses', async () => {
    const { php } = await requireTools();
    assert.ok(phpFiles.length >= 10, 'the plugin has its PHP files');
    const failures = [];
    for (const file of [...phpFiles, ...supportPhp]) {
      try {
        execFileSync(php, ['-l', file], { encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        failures.push(`${relative(packageDir, file)}: ${error.stdout}${error.stderr}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  test('the shortcodes’ and blocks’ attributes are exactly the elements’ attributes (custom-elements.json), plus id', async () => {
    assert.ok(
      existsSync(manifestPath),
      `${manifestPath} is missing: run \`pnpm --filter @emplois-en-regions/widgets build\``,
    );
    const { php } = await requireTools();
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const fromManifest = {};
    for (const module of manifest.modules)
      for (const declaration of module.declarations ?? [])
        if (declaration.tagName)
          fromManifest[declaration.tagName] = (declaration.attributes ?? []).map((a) => a.name).sort();

    const widgets = phpJson(
      php,
      `$out = array(); foreach (emplois_en_regions_widgets() as $w) { $out[$w['tag']] = array_keys($w['attributes']); }
       $out['eer-config'] = array_keys(emplois_en_regions_common_attributes()); echo json_encode($out);`,
    );
    for (const [tag, attributes] of Object.entries(widgets)) {
      const expected = [...fromManifest[tag], ...(tag === 'eer-config' ? [] : ['id'])].sort();
      assert.deepEqual([...attributes].sort(), expected, `<${tag}>`);
    }
    assert.deepEqual(
      Object.keys(widgets).sort(),
      Object.keys(fromManifest).sort(),
      'every element of the manifest',
    );
  });

  test('attribute values are validated: enums, region codes, booleans, numbers, keys; unknown names ignored', async () => {
    const { php } = await requireTools();
    const clean = phpJson(
      php,
      `echo json_encode(array(
        emplois_en_regions_clean_attributes('event-banner', array('layout' => 'list', 'region_from' => 'region', 'limit' => '5', 0 => 'dismissible', 'onclick' => 'x', 'theme' => 'neon', 'region' => '18')),
        emplois_en_regions_clean_attributes('event-banner', array('limit' => '0', 'dismissible' => 'false', 'accent' => 'red;background:url(x)', 'api_key' => 'sk_live_x')),
        emplois_en_regions_clean_attributes('contact-form', array('region' => '04,17', 'privacy_url' => 'https://example.org/p', 'accent' => 'rgb(11 110 79)', 'api_key' => 'pk_test_demo')),
        emplois_en_regions_clean_attributes('region-picker', array('id' => '1bad', 'mode' => 'combobox', 'multiple' => true, 'label' => '<b>Région</b>')),
      ));`,
    );
    assert.deepEqual(clean, [
      { layout: 'list', 'region-from': 'region', limit: 5, dismissible: true },
      [],
      {
        region: '04,17',
        'privacy-url': 'https://example.org/p',
        accent: 'rgb(11 110 79)',
        'api-key': 'pk_test_demo',
      },
      { mode: 'combobox', multiple: true, label: 'Région' },
    ]);
  });

  test('French translation: every string of the plugin is translated, with OQLF spacing', () => {
    const po = parsePo(readFileSync(join(pluginDir, 'languages/emplois-en-regions-fr_FR.po'), 'utf8'));
    const translations = new Map(po.map((entry) => [entry.msgid, entry.msgstr]));
    const msgids = new Set(phpFiles.flatMap((file) => extractMsgids(readFileSync(file, 'utf8'))));
    assert.ok(msgids.size > 50, 'strings found in the PHP sources');
    const missing = [...msgids].filter((msgid) => !translations.get(msgid));
    assert.deepEqual(missing, [], 'untranslated strings');
    const unused = [...translations.keys()].filter((msgid) => msgid !== '' && !msgids.has(msgid));
    assert.deepEqual(unused, [], 'translations of strings the plugin no longer has');
    const badSpacing = po
      .filter((entry) => entry.msgid !== '')
      .map((entry) => entry.msgstr)
      .filter((text) => /[^\u00a0\s][:;?!](\s|$)|« | »/.test(text));
    assert.deepEqual(badSpacing, [], 'a non-breaking space before : ; ? ! and inside « »');
  });

  test('readme.txt follows the WordPress.org format and agrees with the plugin header', () => {
    const readme = readFileSync(join(pluginDir, 'readme.txt'), 'utf8');
    const main = readFileSync(join(pluginDir, 'emplois-en-regions.php'), 'utf8');
    const header = (text, name) => new RegExp(`^[ *]*${name}:\\s*(.+)$`, 'm').exec(text)?.[1].trim();
    assert.match(readme, /^=== Emplois en régions ===\n/);
    for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog'])
      assert.match(readme, new RegExp(`^== ${section} ==$`, 'm'), `section ${section}`);
    assert.equal(header(readme, 'Stable tag'), header(main, 'Version'));
    assert.equal(header(readme, 'Requires at least'), header(main, 'Requires at least'));
    assert.equal(header(readme, 'Requires PHP'), header(main, 'Requires PHP'));
    assert.equal(header(readme, 'License'), 'GPLv2 or later');
    assert.equal(header(main, 'License'), 'GPL-2.0-or-later');
    assert.equal(header(main, 'Text Domain'), 'emplois-en-regions');
    const summary = readme.split('\n\n')[1];
    assert.ok(summary.length <= 150, `the short description has at most 150 characters (${summary.length})`);
  });

  test('the zip holds one emplois-en-regions/ folder with the plugin, the editor script and the compiled translations', () => {
    assert.ok(existsSync(zipPath), `${zipPath} is missing: run \`pnpm build\``);
    const files = zipEntries(readFileSync(zipPath)).filter((name) => !name.endsWith('/'));
    assert.ok(files.every((name) => name.startsWith('emplois-en-regions/')));
    for (const file of [
      'emplois-en-regions.php',
      'readme.txt',
      'uninstall.php',
      'assets/blocks.js',
      'languages/emplois-en-regions-fr_FR.po',
      'languages/emplois-en-regions-fr_FR.mo',
      'languages/emplois-en-regions-fr_CA.mo',
      ...phpFiles.map((path) => relative(pluginDir, path)),
    ])
      assert.ok(files.includes(`emplois-en-regions/${file}`), `${file} is in the zip`);
  });
});
