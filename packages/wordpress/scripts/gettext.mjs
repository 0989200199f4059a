// gettext without the gettext tools: the plugin's translatable strings read
// from its PHP sources, .po files parsed, .mo files written (the format
// WordPress's MO reader loads: little-endian, no hash table).

/** Functions whose first argument is a msgid of the plugin's text domain. */
const CALL =
  /\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'emplois-en-regions'\s*\)/g;

/** The msgids of one PHP source, in order (single-quoted literals only: the plugin uses no other). */
export function extractMsgids(php) {
  return [...php.matchAll(CALL)].map((match) => match[1].replace(/\\(['\\])/g, '$1'));
}

const ESCAPES = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };

/** The value of a quoted .po string (C escapes). */
function unquote(literal) {
  return literal.slice(1, -1).replace(/\\(.)/g, (whole, char) => {
    if (!(char in ESCAPES)) throw new Error(`Unsupported escape ${whole} in .po string ${literal}`);
    return ESCAPES[char];
  });
}

/**
 * Entries of a .po file: `{ msgid, msgstr }`, the header included (msgid "").
 * Supports what the plugin's files use: comments, multi-line strings, no plurals or contexts.
 */
export function parsePo(text) {
  const entries = [];
  let entry = null;
  let field = null;
  const flush = () => {
    if (entry && entry.msgid !== undefined) entries.push(entry);
    entry = null;
    field = null;
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) continue;
    const keyword = /^(msgid|msgstr|msgctxt|msgid_plural|msgstr\[\d+\])\s+(".*")$/.exec(line);
    if (keyword) {
      if (keyword[1] !== 'msgid' && keyword[1] !== 'msgstr') {
        throw new Error(`Unsupported .po keyword ${keyword[1]} (the plugin uses no plurals or contexts)`);
      }
      if (keyword[1] === 'msgid' && entry?.msgstr !== undefined) flush();
      entry ??= {};
      field = keyword[1];
      entry[field] = unquote(keyword[2]);
    } else if (line.startsWith('"') && entry && field) {
      entry[field] += unquote(line);
    } else {
      throw new Error(`Cannot read .po line: ${raw}`);
    }
  }
  flush();
  return entries;
}

/** A .mo file of the translated entries (and the header), sorted by msgid as the format asks. */
export function writeMo(entries) {
  const kept = entries
    .filter((e) => e.msgid === '' || e.msgstr !== '')
    .sort((a, b) => (Buffer.from(a.msgid).compare(Buffer.from(b.msgid)) < 0 ? -1 : 1));
  const ids = kept.map((e) => Buffer.from(e.msgid, 'utf8'));
  const strs = kept.map((e) => Buffer.from(e.msgstr, 'utf8'));
  const count = kept.length;
  const headerSize = 28;
  const idsTable = headerSize;
  const strsTable = idsTable + count * 8;
  let offset = strsTable + count * 8;
  const table = Buffer.alloc(offset);
  table.writeUInt32LE(0x950412de, 0);
  table.writeUInt32LE(0, 4);
  table.writeUInt32LE(count, 8);
  table.writeUInt32LE(idsTable, 12);
  table.writeUInt32LE(strsTable, 16);
  table.writeUInt32LE(0, 20);
  table.writeUInt32LE(offset, 24);
  const data = [];
  const place = (buffers, at) => {
    buffers.forEach((buffer, i) => {
      table.writeUInt32LE(buffer.length, at + i * 8);
      table.writeUInt32LE(offset, at + i * 8 + 4);
      data.push(buffer, Buffer.alloc(1));
      offset += buffer.length + 1;
    });
  };
  place(ids, idsTable);
  place(strs, strsTable);
  return Buffer.concat([table, ...data]);
}
