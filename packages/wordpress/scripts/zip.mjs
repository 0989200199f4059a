// A minimal zip writer (deflate, no zip64): enough for a plugin archive that
// WordPress opens with ZipArchive or its bundled PclZip.
import { crc32, deflateRawSync } from 'node:zlib';

/** DOS date and time of `date` (local time, as zip tools write it). */
function dosTime(date) {
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
  const day = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  return { time, day };
}

/**
 * The fields a local header (at 4) and its central directory record (at 6)
 * share: version needed … name length.
 */
function writeShared(header, at, { method, time, day, crc, compressedSize, size, nameLength }) {
  header.writeUInt16LE(20, at); // version needed: zip 2.0
  header.writeUInt16LE(0x0800, at + 2); // UTF-8 names
  header.writeUInt16LE(method, at + 4);
  header.writeUInt16LE(time, at + 6);
  header.writeUInt16LE(day, at + 8);
  header.writeUInt32LE(crc, at + 10);
  header.writeUInt32LE(compressedSize, at + 14);
  header.writeUInt32LE(size, at + 18);
  header.writeUInt16LE(nameLength, at + 22);
}

/**
 * A zip archive of `files` (`{ name, data }`, `name` with `/`; a name ending
 * in `/` is a folder), all dated `date`.
 */
export function createZip(files, date = new Date()) {
  const { time, day } = dosTime(date);
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data = Buffer.alloc(0) } of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const isFolder = name.endsWith('/');
    const compressed = isFolder ? data : deflateRawSync(data, { level: 9 });
    const method = isFolder ? 0 : 8;
    const fields = {
      method,
      time,
      day,
      crc: crc32(data),
      compressedSize: compressed.length,
      size: data.length,
      nameLength: nameBytes.length,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeShared(local, 4, fields);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, compressed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, zip 2.0
    writeShared(central, 6, fields);
    central.writeUInt32LE(((isFolder ? 0o40755 : 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const centralSize = centrals.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
