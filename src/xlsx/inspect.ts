/**
 * What a file is, told from its first bytes and — for a zip — its central directory alone,
 * before anything is inflated (issue 14). A 416 KB workbook whose shared strings unpack to
 * 400 MB took exceljs 4.2 GB of memory; one a little bigger killed the process and the batch
 * with it. The verdict carries the facts a message needs (part name, sizes, the limit crossed);
 * the wording lives in src/app.
 */
import * as fs from 'fs';
import * as path from 'path';
import { inflateRawSync } from 'zlib';

/**
 * The limits a file must stay under before exceljs may unpack it. Measured (issue 14, Node 20):
 * - the committed fixtures unpack to at most 77 KB a file and 61 KB a part; one small part
 *   compresses 112:1 (teks-20000-karakter's sheet), so a ratio alone must never refuse;
 * - a 50,000-row, 9-column report written by exceljs: 1.7 MB on disk, 16.5 MB unpacked
 *   (sheet1.xml 13.7 MB at 8.8:1, sharedStrings.xml 2.8 MB at 21.7:1); `sakip periksa` on it
 *   peaks at 299 MB RSS, about 18× the unpacked size;
 * - the corpus' zip bomb: 1.0 MB on disk, xl/sharedStrings.xml 419 MB unpacked (412:1); before
 *   this check `sakip hitung` on it took 1.6 GB and 79 s, the issue's variant 4.2 GB.
 * So 100 MB unpacked (six such reports, ~1.8 GB of exceljs memory) is the most a file may
 * unpack to, and a part over 10 MB may not compress more than 100:1.
 */
export interface InspectLimits {
  /** Most bytes all parts together may unpack to. */
  readonly maxTotalUncompressedBytes: number;
  /** Most bytes one part may unpack to. */
  readonly maxPartUncompressedBytes: number;
  /** Highest uncompressed : compressed ratio of a part above `ratioFloorBytes`. */
  readonly maxCompressionRatio: number;
  /** Parts unpacking to no more than this are never refused for their ratio. */
  readonly ratioFloorBytes: number;
  /** Most entries a workbook's central directory may list. */
  readonly maxEntries: number;
}

/** The documented limits (README "Pemeriksaan berkas / File checks"). */
export const INSPECT_LIMITS: InspectLimits = {
  maxTotalUncompressedBytes: 100 * 1024 * 1024,
  // One sheet of about 250,000 report rows.
  maxPartUncompressedBytes: 80 * 1024 * 1024,
  // Real sheet XML compresses about 9:1 and shared strings about 22:1; repeated text ~400–1000:1.
  maxCompressionRatio: 100,
  ratioFloorBytes: 10 * 1024 * 1024,
  // A workbook of a few hundred sheets has about 3 entries a sheet.
  maxEntries: 10000,
};

/** One entry of a zip central directory. */
export interface ZipEntry {
  /** The part's name, e.g. `xl/sharedStrings.xml`. */
  readonly name: string;
  /** 0 stored, 8 deflate. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly crc32: number;
  /** Offset of the entry's local header in the file. */
  readonly localHeaderOffset: number;
}

/** A part of a zip that crosses a limit. */
export interface LimitBreach {
  /** Which limit: the file's total, one part's size, one part's compression ratio, the number of parts. */
  readonly limit: 'total' | 'part' | 'ratio' | 'entries';
  /** The part (for `total`, the largest part; for `entries`, the count as `N parts`). */
  readonly part: string;
  readonly compressedBytes: number;
  readonly uncompressedBytes: number;
  /** The file's total uncompressed bytes. */
  readonly totalUncompressedBytes: number;
  /** The limit crossed (bytes; the ratio for `ratio`; a count for `entries`). */
  readonly max: number;
}

/** What a file is. Every kind but `xlsx` is refused before exceljs sees it. */
export type FileVerdict =
  | { readonly kind: 'xlsx'; readonly path: string; readonly bytes: number; readonly entries: number; readonly totalUncompressedBytes: number }
  | { readonly kind: 'missing'; readonly path: string }
  | { readonly kind: 'empty'; readonly path: string }
  | { readonly kind: 'folder'; readonly path: string }
  | { readonly kind: 'unreadable'; readonly path: string; readonly code: string }
  | { readonly kind: 'encrypted'; readonly path: string; readonly streams: readonly string[] }
  | { readonly kind: 'xls'; readonly path: string; readonly streams: readonly string[] }
  | { readonly kind: 'csv'; readonly path: string; readonly separator: ',' | ';' | '\t'; readonly lines: number }
  | { readonly kind: 'text'; readonly path: string; readonly lines: number }
  | { readonly kind: 'ods'; readonly path: string }
  | { readonly kind: 'other-zip'; readonly path: string; readonly seems: 'xlsb' | 'docx' | 'pptx' | 'odt' | 'odp' | 'zip'; readonly parts: readonly string[] }
  | { readonly kind: 'damaged'; readonly path: string; readonly reason: string }
  | ({ readonly kind: 'too-large'; readonly path: string } & LimitBreach)
  | { readonly kind: 'unknown'; readonly path: string; readonly head: string };

/** The kinds of verdict. */
export type VerdictKind = FileVerdict['kind'];

/** A file refused before (or while) exceljs reads it, with the verdict that says why. */
export class WorkbookFileError extends Error {
  constructor(readonly verdict: Exclude<FileVerdict, { kind: 'xlsx' }>, cause?: unknown) {
    super(`${verdict.path}: ${verdict.kind}${verdict.kind === 'damaged' ? ` (${verdict.reason})` : ''}`, { cause });
    this.name = 'WorkbookFileError';
  }
}

/** Bytes read from the start of a file to tell text, OLE2 and zip apart. */
const HEAD_BYTES = 64 * 1024;
/** The EOCD record sits in the last 22 + 65,535 (comment) bytes. */
const EOCD_SEARCH = 22 + 0xffff;
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Inspects a file without unpacking it. Never throws. */
export function inspectWorkbookFile(file: string, limits: InspectLimits = INSPECT_LIMITS): FileVerdict {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    return code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'missing', path: file } : { kind: 'unreadable', path: file, code };
  }
  if (stat.isDirectory()) return { kind: 'folder', path: file };
  if (stat.size === 0) return { kind: 'empty', path: file };
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    return { kind: 'unreadable', path: file, code: (err as NodeJS.ErrnoException).code ?? 'EIO' };
  }
  try {
    const reader: RandomAccess = { size: stat.size, read: (offset, length) => readAt(fd, offset, length) };
    return inspectBytes(file, reader, limits);
  } catch (err) {
    return { kind: 'unreadable', path: file, code: (err as NodeJS.ErrnoException).code ?? 'EIO' };
  } finally {
    fs.closeSync(fd);
  }
}

/** Inspects bytes in memory (the same checks as a file). */
export function inspectWorkbookBytes(data: Uint8Array, name = '(buffer)', limits: InspectLimits = INSPECT_LIMITS): FileVerdict {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (buf.length === 0) return { kind: 'empty', path: name };
  return inspectBytes(name, { size: buf.length, read: (o, l) => buf.subarray(o, Math.min(buf.length, o + l)) }, limits);
}

/** Reads byte ranges of a file or buffer. */
interface RandomAccess {
  readonly size: number;
  read(offset: number, length: number): Buffer;
}

function readAt(fd: number, offset: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const n = fs.readSync(fd, buf, 0, length, offset);
  return buf.subarray(0, n);
}

function inspectBytes(file: string, io: RandomAccess, limits: InspectLimits): FileVerdict {
  const head = io.read(0, Math.min(HEAD_BYTES, io.size));
  if (head.subarray(0, 8).equals(OLE2_MAGIC)) return inspectOle2(file, io);
  if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) return inspectZip(file, io, limits);
  if (head.length >= 4 && head.readUInt32LE(0) === 0x06054b50) return { kind: 'damaged', path: file, reason: 'empty zip' };
  const text = textOf(head);
  if (text !== null) return textVerdict(file, text);
  return { kind: 'unknown', path: file, head: head.subarray(0, 8).toString('hex') };
}

// ---------------------------------------------------------------------------------------------
// Text

/** The head as text when it looks like text (UTF-8/UTF-16 with a BOM, no control bytes). */
function textOf(head: Buffer): string | null {
  if (head[0] === 0xff && head[1] === 0xfe) return head.subarray(2).toString('utf16le');
  let body = head;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) body = head.subarray(3);
  let control = 0;
  for (const b of body) if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c)) control++;
  // A few stray control bytes pass (old exports); NUL or many controls mean binary.
  if (body.includes(0) || control > body.length / 100) return null;
  return body.toString('utf8');
}

function textVerdict(file: string, text: string): FileVerdict {
  const all = text.split(/\r\n|\n|\r/);
  // The last line of a 64 KB head may be cut; a file's own last line may be blank.
  const lines = all.slice(0, text.length >= HEAD_BYTES - 4 ? -1 : undefined).filter((l) => l.trim() !== '');
  const separator = separatorOf(lines);
  const isCsvName = /\.(csv|tsv)$/i.test(path.extname(file));
  if (separator !== null || isCsvName) return { kind: 'csv', path: file, separator: separator ?? ',', lines: lines.length };
  return { kind: 'text', path: file, lines: lines.length };
}

/** The separator every non-blank line of two or more uses equally often, if there is one. */
function separatorOf(lines: readonly string[]): ',' | ';' | '\t' | null {
  if (lines.length === 0) return null;
  const sample = lines.slice(0, 50);
  // `;` first: id-ID CSV writes `89,20` inside `;`-separated fields.
  for (const sep of [';', '\t', ','] as const) {
    const counts = sample.map((l) => l.split(sep).length - 1);
    if (counts[0] > 0 && (sample.length === 1 ? counts[0] >= 2 : counts.every((n) => n === counts[0]))) return sep;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Zip

/** Reads a zip's central directory (ZIP64 included) without inflating anything. */
export function readCentralDirectory(io: { size: number; read(offset: number, length: number): Buffer }): ZipEntry[] | string {
  const tailStart = Math.max(0, io.size - EOCD_SEARCH);
  const tail = io.read(tailStart, io.size - tailStart);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50 && i + 22 + tail.readUInt16LE(i + 20) <= tail.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return 'no end of central directory record (the file is cut short)';
  let count = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // ZIP64: a locator just before the EOCD points at the ZIP64 EOCD record.
    const locAt = tailStart + eocd - 20;
    if (locAt < 0) return 'ZIP64 locator missing';
    const loc = io.read(locAt, 20);
    if (loc.length < 20 || loc.readUInt32LE(0) !== 0x07064b50) return 'ZIP64 locator missing';
    const z64At = Number(loc.readBigUInt64LE(8));
    const z64 = io.read(z64At, 56);
    if (z64.length < 56 || z64.readUInt32LE(0) !== 0x06064b50) return 'ZIP64 end of central directory missing';
    count = Number(z64.readBigUInt64LE(32));
    cdSize = Number(z64.readBigUInt64LE(40));
    cdOffset = Number(z64.readBigUInt64LE(48));
  }
  if (cdOffset + cdSize > io.size) return 'central directory lies past the end of the file (the file is cut short)';
  const cd = io.read(cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let k = 0; k < count; k++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50) return `central directory entry ${k + 1} of ${count} unreadable`;
    const method = cd.readUInt16LE(p + 10);
    const crc32 = cd.readUInt32LE(p + 16);
    let compressedSize = cd.readUInt32LE(p + 20);
    let uncompressedSize = cd.readUInt32LE(p + 24);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    let localHeaderOffset = cd.readUInt32LE(p + 42);
    if (p + 46 + nameLen + extraLen + commentLen > cd.length) return `central directory entry ${k + 1} of ${count} cut short`;
    const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
    // ZIP64 extended information (0x0001): the 64-bit values, in order, of the fields that read 0xffffffff.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = cd.readUInt16LE(e);
      const size = cd.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        const next = (): number => {
          const v = q + 8 <= e + 4 + size ? Number(cd.readBigUInt64LE(q)) : NaN;
          q += 8;
          return v;
        };
        if (uncompressedSize === 0xffffffff) uncompressedSize = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
      }
      e += 4 + size;
    }
    if ([compressedSize, uncompressedSize, localHeaderOffset].some((n) => !Number.isFinite(n))) return `ZIP64 sizes of ${name} unreadable`;
    entries.push({ name, method, compressedSize, uncompressedSize, crc32, localHeaderOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function inspectZip(file: string, io: RandomAccess, limits: InspectLimits): FileVerdict {
  const entries = readCentralDirectory(io);
  if (typeof entries === 'string') return { kind: 'damaged', path: file, reason: entries };
  for (const e of entries) {
    if (e.method !== 0 && e.method !== 8) return { kind: 'damaged', path: file, reason: `${e.name}: compression method ${e.method} is not one Excel writes` };
    if (e.localHeaderOffset + 30 + e.compressedSize > io.size) return { kind: 'damaged', path: file, reason: `${e.name} lies past the end of the file (the file is cut short)` };
  }
  const names = new Set(entries.map((e) => e.name));
  if (names.has('xl/workbook.xml')) {
    const breach = limitBreach(entries, limits);
    if (breach) return { kind: 'too-large', path: file, ...breach };
    return { kind: 'xlsx', path: file, bytes: io.size, entries: entries.length, totalUncompressedBytes: entries.reduce((n, e) => n + e.uncompressedSize, 0) };
  }
  const mimetype = entries.find((e) => e.name === 'mimetype');
  const mime = mimetype ? readSmallEntry(io, mimetype) : null;
  if (mime === 'application/vnd.oasis.opendocument.spreadsheet') return { kind: 'ods', path: file };
  const parts = entries.slice(0, 20).map((e) => e.name);
  const seems = mime === 'application/vnd.oasis.opendocument.text' ? 'odt'
    : mime === 'application/vnd.oasis.opendocument.presentation' ? 'odp'
    : names.has('xl/workbook.bin') ? 'xlsb' // Excel's binary workbook: exceljs cannot read it
    : names.has('word/document.xml') ? 'docx'
    : names.has('ppt/presentation.xml') ? 'pptx'
    : 'zip';
  return { kind: 'other-zip', path: file, seems, parts };
}

/** The first limit a zip's parts cross, judged from the directory's declared sizes. */
function limitBreach(entries: readonly ZipEntry[], limits: InspectLimits): LimitBreach | null {
  const total = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  const of = (e: ZipEntry, limit: LimitBreach['limit'], max: number): LimitBreach => ({ limit, part: e.name, compressedBytes: e.compressedSize, uncompressedBytes: e.uncompressedSize, totalUncompressedBytes: total, max });
  for (const e of entries) {
    if (e.uncompressedSize > limits.maxPartUncompressedBytes) return of(e, 'part', limits.maxPartUncompressedBytes);
    if (e.uncompressedSize > limits.ratioFloorBytes && e.uncompressedSize > limits.maxCompressionRatio * Math.max(1, e.compressedSize)) return of(e, 'ratio', limits.maxCompressionRatio);
  }
  if (total > limits.maxTotalUncompressedBytes) {
    const largest = entries.reduce((a, b) => (b.uncompressedSize > a.uncompressedSize ? b : a));
    return of(largest, 'total', limits.maxTotalUncompressedBytes);
  }
  if (entries.length > limits.maxEntries) return { limit: 'entries', part: `${entries.length} parts`, compressedBytes: 0, uncompressedBytes: 0, totalUncompressedBytes: total, max: limits.maxEntries };
  return null;
}

/** A tiny entry's text (the ODF `mimetype`, stored), or null. Never inflates more than 1 KB. */
function readSmallEntry(io: RandomAccess, e: ZipEntry): string | null {
  if (e.uncompressedSize > 1024 || e.compressedSize > 1024) return null;
  const local = io.read(e.localHeaderOffset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== 0x04034b50) return null;
  const start = e.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const data = io.read(start, e.compressedSize);
  try {
    const raw = e.method === 8 ? inflateRawSync(data, { maxOutputLength: 1024 }) : data;
    return raw.toString('utf8').trim();
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// OLE2 (compound file binary format, MS-CFB)

const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;

/** Tells a password-protected .xlsx (EncryptionInfo + EncryptedPackage) from an old .xls. */
function inspectOle2(file: string, io: RandomAccess): FileVerdict {
  const streams = ole2StreamNames(io);
  if (typeof streams === 'string') return { kind: 'damaged', path: file, reason: streams };
  const has = (n: string): boolean => streams.some((s) => s.toLowerCase() === n.toLowerCase());
  if (has('EncryptionInfo') || has('EncryptedPackage')) return { kind: 'encrypted', path: file, streams };
  return { kind: 'xls', path: file, streams };
}

/** The names in a compound file's directory, following its FAT chain (MS-CFB §2). */
export function ole2StreamNames(io: { size: number; read(offset: number, length: number): Buffer }): string[] | string {
  const header = io.read(0, 512);
  if (header.length < 512) return 'compound file header cut short';
  const sectorShift = header.readUInt16LE(30);
  if (sectorShift !== 9 && sectorShift !== 12) return `compound file sector size 2^${sectorShift} unknown`;
  const sectorSize = 1 << sectorShift;
  const numFatSectors = header.readUInt32LE(44);
  const firstDirSector = header.readUInt32LE(48);
  let difatSector = header.readUInt32LE(68);
  const sectorOffset = (s: number): number => (s + 1) * sectorSize;
  // The FAT's own sectors: 109 in the header, more in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < numFatSectors; i++) fatSectors.push(header.readUInt32LE(76 + 4 * i));
  let guard = 0;
  while (fatSectors.length < numFatSectors && difatSector !== ENDOFCHAIN && difatSector !== FREESECT) {
    const d = io.read(sectorOffset(difatSector), sectorSize);
    if (d.length < sectorSize || ++guard > 1e5) return 'compound file DIFAT unreadable';
    for (let i = 0; i < sectorSize / 4 - 1 && fatSectors.length < numFatSectors; i++) fatSectors.push(d.readUInt32LE(4 * i));
    difatSector = d.readUInt32LE(sectorSize - 4);
  }
  const fatCache = new Map<number, Buffer>();
  const next = (s: number): number | null => {
    const per = sectorSize / 4;
    const fs_ = fatSectors[Math.floor(s / per)];
    if (fs_ === undefined) return null;
    let sec = fatCache.get(fs_);
    if (!sec) {
      sec = io.read(sectorOffset(fs_), sectorSize);
      if (sec.length < sectorSize) return null;
      fatCache.set(fs_, sec);
    }
    return sec.readUInt32LE((s % per) * 4);
  };
  const names: string[] = [];
  let s = firstDirSector;
  const seen = new Set<number>();
  while (s !== ENDOFCHAIN) {
    if (seen.has(s) || seen.size > 10000) return 'compound file directory chain loops';
    seen.add(s);
    const dir = io.read(sectorOffset(s), sectorSize);
    if (dir.length < sectorSize) return 'compound file directory cut short';
    for (let i = 0; i < sectorSize; i += 128) {
      const nameLen = dir.readUInt16LE(i + 64);
      const type = dir[i + 66];
      // 1 storage, 2 stream, 5 root; 0 unused.
      if (type === 1 || type === 2) names.push(dir.toString('utf16le', i, i + Math.max(0, Math.min(64, nameLen) - 2)));
    }
    const n = next(s);
    if (n === null) return 'compound file FAT unreadable';
    s = n;
  }
  return names;
}
