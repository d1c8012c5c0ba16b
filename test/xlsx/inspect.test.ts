/**
 * The file checks before exceljs (issue 14): every verdict from the hostile corpus, the zip
 * bomb refused without inflating it, a batch going on after it, and the central-directory
 * reader on zips built here (ZIP64 included).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { deflateRawSync } from 'zlib';
import { HOSTILE, fileOf } from '../../scripts/make-hostile-fixtures';
import { INSPECT_LIMITS, WorkbookFileError, XlsxWorkbook, inspectWorkbookBytes, inspectWorkbookFile, readCentralDirectory } from '../../src/xlsx';
import type { FileVerdict } from '../../src/xlsx';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
const HOSTILE_DIR = path.join(FIXTURES, 'hostile');
const MB = 1024 * 1024;

async function openError(file: string): Promise<WorkbookFileError> {
  try {
    await XlsxWorkbook.open(file);
  } catch (err) {
    if (err instanceof WorkbookFileError) return err;
    throw err;
  }
  throw new Error(`${file} opened`);
}

describe('every file of the hostile corpus', () => {
  it.each(HOSTILE.map((c) => [fileOf(c), c] as const))('%s: the verdict the corpus names', async (_f, c) => {
    const file = path.join(HOSTILE_DIR, fileOf(c));
    const verdict = inspectWorkbookFile(file);
    expect(verdict.kind).toBe(c.verdict ?? 'xlsx');
    if (verdict.kind !== 'xlsx') {
      // open refuses it with the same verdict, before exceljs.
      expect((await openError(file)).verdict).toEqual(verdict);
    } else if (c.failsInExceljs) {
      const err = await openError(file);
      expect(err.verdict.kind).toBe('damaged');
    } else {
      await expect(XlsxWorkbook.open(file)).resolves.toBeInstanceOf(XlsxWorkbook);
    }
  });

  it('gives the facts a message needs', () => {
    const v = (name: string): FileVerdict => inspectWorkbookFile(path.join(HOSTILE_DIR, name));
    expect(v('laporan-id-id.csv')).toMatchObject({ kind: 'csv', separator: ';', lines: 3 });
    expect(v('catatan-rapat.txt')).toMatchObject({ kind: 'text', lines: 3 });
    expect(v('dokumen-word.docx')).toMatchObject({ kind: 'other-zip', seems: 'docx' });
    // LibreOffice's password-protected .xlsx: Excel's layout, found in the OLE2 directory.
    expect(v('berkata-sandi.xlsx')).toMatchObject({ kind: 'encrypted', streams: expect.arrayContaining(['EncryptionInfo', 'EncryptedPackage']) });
    expect(v('excel-97-lama.xls')).toMatchObject({ kind: 'xls', streams: expect.arrayContaining(['Workbook']) });
    expect(v('xlsx-terpotong.xlsx')).toMatchObject({ kind: 'damaged', reason: expect.stringMatching(/cut short/) });
    const bomb = v('bom-zip-string-400mb.xlsx');
    expect(bomb).toMatchObject({ kind: 'too-large', part: 'xl/sharedStrings.xml', max: INSPECT_LIMITS.maxPartUncompressedBytes });
    if (bomb.kind !== 'too-large') throw new Error('not too-large');
    expect(bomb.uncompressedBytes).toBeGreaterThan(400 * 1000 * 1000);
    expect(bomb.compressedBytes).toBeLessThan(1.1 * MB);
  });
});

describe('other files', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-inspect-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a folder, a missing file, an unreadable file, binary junk', () => {
    expect(inspectWorkbookFile(dir).kind).toBe('folder');
    expect(inspectWorkbookFile(path.join(dir, 'tidak-ada.xlsx')).kind).toBe('missing');
    const junk = path.join(dir, 'acak.bin');
    fs.writeFileSync(junk, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 1, 2, 3]));
    expect(inspectWorkbookFile(junk)).toMatchObject({ kind: 'unknown', head: '89504e470d0a1a0a' });
    const locked = path.join(dir, 'terkunci.xlsx');
    fs.copyFileSync(path.join(FIXTURES, 'laporan-tw2-2024.xlsx'), locked);
    fs.chmodSync(locked, 0o000);
    // root reads any file: the permission case is only observable for other users.
    const canRead = (() => { try { fs.closeSync(fs.openSync(locked, 'r')); return true; } catch { return false; } })();
    expect(inspectWorkbookFile(locked).kind).toBe(canRead ? 'xlsx' : 'unreadable');
  });

  it('a .csv name with one column is still a CSV; an English comma CSV is told by its commas', () => {
    const one = path.join(dir, 'satu.csv');
    fs.writeFileSync(one, 'Indikator\nIK 1\n');
    expect(inspectWorkbookFile(one)).toMatchObject({ kind: 'csv' });
    const en = path.join(dir, 'report.txt');
    fs.writeFileSync(en, 'No,Indicator,Target,Actual\n1,IK 1,89.2,88.89\n');
    expect(inspectWorkbookFile(en)).toMatchObject({ kind: 'csv', separator: ',' });
  });

  it('every committed workbook the project reads passes, within every limit', () => {
    const files = [
      ...fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(FIXTURES, f)),
      ...fs.readdirSync(path.join(FIXTURES, 'calc')).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(FIXTURES, 'calc', f)),
    ];
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) expect([f, inspectWorkbookFile(f).kind]).toEqual([f, 'xlsx']);
  });
});

describe('the zip bomb', () => {
  const bomb = path.join(HOSTILE_DIR, 'bom-zip-string-400mb.xlsx');
  const good = path.join(FIXTURES, 'laporan-tw2-2024.xlsx');

  it('is refused without inflating it, and a batch goes on after it', async () => {
    const before = process.memoryUsage();
    const results: string[] = [];
    for (const file of [good, bomb, good]) {
      try {
        const wb = await XlsxWorkbook.open(file);
        results.push(`ok ${(await wb.sheets()).length}`);
      } catch (err) {
        results.push(err instanceof WorkbookFileError ? err.verdict.kind : 'crash');
      }
    }
    const after = process.memoryUsage();
    expect(results).toEqual(['ok 2', 'too-large', 'ok 2']);
    // Unpacking would take over 400 MB (exceljs about 10×); the check reads ~1 MB at most.
    expect(after.rss - before.rss).toBeLessThan(100 * MB);
    expect(after.heapUsed - before.heapUsed).toBeLessThan(100 * MB);
  });

  it('is refused from bytes too', async () => {
    await expect(XlsxWorkbook.fromBuffer(fs.readFileSync(bomb))).rejects.toMatchObject({ verdict: { kind: 'too-large', part: 'xl/sharedStrings.xml' } });
  });
});

/** A zip built by hand: each part deflated, optionally with ZIP64 directory fields. */
function zip(parts: readonly { name: string; data: Buffer }[], zip64 = false): Buffer {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const data = deflateRawSync(p.data);
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(p.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const extra = Buffer.alloc(zip64 ? 28 : 0);
    if (zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(p.data.length), 4);
      extra.writeBigUInt64LE(BigInt(data.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(zip64 ? 0xffffffff : data.length, 20);
    entry.writeUInt32LE(zip64 ? 0xffffffff : p.data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt16LE(extra.length, 30);
    entry.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);
    out.push(local, name, data);
    central.push(entry, name, extra);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(central);
  const tail: Buffer[] = [];
  if (zip64) {
    const z = Buffer.alloc(56);
    z.writeUInt32LE(0x06064b50, 0);
    z.writeBigUInt64LE(44n, 4);
    z.writeBigUInt64LE(BigInt(parts.length), 24);
    z.writeBigUInt64LE(BigInt(parts.length), 32);
    z.writeBigUInt64LE(BigInt(cd.length), 40);
    z.writeBigUInt64LE(BigInt(offset), 48);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeBigUInt64LE(BigInt(offset + cd.length), 8);
    loc.writeUInt32LE(1, 16);
    tail.push(z, loc);
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(zip64 ? 0xffff : parts.length, 8);
  eocd.writeUInt16LE(zip64 ? 0xffff : parts.length, 10);
  eocd.writeUInt32LE(zip64 ? 0xffffffff : cd.length, 12);
  eocd.writeUInt32LE(zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...out, cd, ...tail, eocd]);
}

const io = (b: Buffer) => ({ size: b.length, read: (o: number, l: number) => b.subarray(o, o + l) });

describe('readCentralDirectory', () => {
  const parts = [
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
    { name: 'xl/sharedStrings.xml', data: Buffer.from('<si><t>x</t></si>'.repeat(5000)) },
  ];

  it.each([false, true])('reads names, methods and sizes without inflating (ZIP64: %s)', (zip64) => {
    const bytes = zip(parts, zip64);
    const entries = readCentralDirectory(io(bytes));
    if (typeof entries === 'string') throw new Error(entries);
    expect(entries.map((e) => [e.name, e.method, e.uncompressedSize, e.compressedSize])).toEqual(parts.map((p) => [p.name, 8, p.data.length, deflateRawSync(p.data).length]));
    expect(entries[1].localHeaderOffset).toBe(30 + parts[0].name.length + deflateRawSync(parts[0].data).length);
    expect(inspectWorkbookBytes(bytes)).toMatchObject({ kind: 'xlsx', entries: 3, totalUncompressedBytes: parts.reduce((n, p) => n + p.data.length, 0) });
  });

  it('names a binary .xlsb workbook, which exceljs cannot read', () => {
    expect(inspectWorkbookBytes(zip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'xl/workbook.bin', data: Buffer.from([1, 2, 3]) }]))).toMatchObject({ kind: 'other-zip', seems: 'xlsb' });
  });

  it('says what is wrong with a cut or lying directory', () => {
    const bytes = zip(parts);
    expect(readCentralDirectory(io(bytes.subarray(0, bytes.length - 10)))).toMatch(/no end of central directory/);
    const lying = Buffer.from(bytes);
    lying.writeUInt32LE(bytes.length, lying.length - 6); // the directory's offset past the end
    expect(readCentralDirectory(io(lying))).toMatch(/past the end/);
  });

  it('refuses a part over the ratio limit, but not a small part that compresses as well', () => {
    const big = Buffer.alloc(INSPECT_LIMITS.ratioFloorBytes + MB, 'a');
    expect(inspectWorkbookBytes(zip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }, { name: 'xl/worksheets/sheet1.xml', data: big }]))).toMatchObject({
      kind: 'too-large', limit: 'ratio', part: 'xl/worksheets/sheet1.xml', uncompressedBytes: big.length, max: INSPECT_LIMITS.maxCompressionRatio,
    });
    const small = Buffer.alloc(MB, 'a');
    expect(inspectWorkbookBytes(zip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }, { name: 'xl/styles.xml', data: small }])).kind).toBe('xlsx');
  });
});
