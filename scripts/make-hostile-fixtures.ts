/**
 * Generates the hostile-workbook corpus under test/fixtures/hostile (issue 7, deliverable 1):
 * small .xlsx files, each named for the one thing it tries. Run with `npm run fixtures:hostile`;
 * test/hostile/corpus.test.ts regenerates them into a temp folder and compares cell by cell.
 *
 * Each case also says, as data, which cells it poisons (`unreadable`: every one must be named
 * in a finding with its address) and where it put a user formula in an output column
 * (`userFormulas`: kept unless --timpa-rumus). The test reads these lists from here.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createDeflateRaw, deflateRawSync, inflateRawSync } from 'zlib';
import { Workbook } from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';
import { checksum } from './workbook-dump';

/** One workbook of the corpus. */
export interface HostileCase {
  /** File name without `.xlsx`, saying what the file tries. */
  readonly name: string;
  /** The workbook, or raw bytes for a file that is not a workbook. */
  readonly build: () => Workbook | Buffer | Promise<Workbook | Buffer>;
  /** `Sheet!A1` of every input cell the engine cannot read: each must be in a finding. */
  readonly unreadable?: readonly string[];
  /** Finding codes `periksa` must report for this file (what the case is about). */
  readonly codes?: readonly string[];
  /** `Sheet!A1` of user formulas in output columns: kept unless --timpa-rumus. */
  readonly userFormulas?: readonly string[];
  /** Not a readable .xlsx: the command must stop with exit 2 and one line matching this. */
  readonly refused?: RegExp;
  /** Readable, but `hitung` cannot write its results: exit 2, one line matching this, no file. */
  readonly hitungRefused?: RegExp;
  /** The file's extension when it is not `.xlsx` (a .csv, a .docx…). */
  readonly ext?: string;
  /** What `inspectWorkbookFile` must say (src/xlsx/inspect.ts); `xlsx` when omitted. */
  readonly verdict?: string;
  /** exceljs must fail on it although its zip directory reads well (a `damaged` verdict from open). */
  readonly failsInExceljs?: boolean;
  /**
   * Made by LibreOffice (`soffice`), whose output is not byte-stable (an encrypted file has a
   * random salt): written only when missing, unless `SAKIP_REGEN_LIBREOFFICE=1`.
   */
  readonly libreoffice?: boolean;
}

// A fixed timestamp keeps the generated files' metadata stable between runs.
const STAMP = new Date(Date.UTC(2024, 6, 1));
const SHEET = 'Kinerja';
/** The command's line today for a file exceljs cannot read (src/cli/main.ts). */
const NOT_XLSX = /bukan berkas \.xlsx yang dapat dibaca/;
/** The command's line today for any OLE2 compound file (an .xls, or a password-protected .xlsx). */
const OLD_XLS = /berkas \.xls lama/;
/** What the zip bomb's shared strings unpack to: the 400 MB of the issue. */
const BOMB_BYTES = 400 * 1024 * 1024;

/** The canonical header: A No … E Polaritas, F Target, G Realisasi, H Capaian, I Kriteria. */
const HEADER = ['No', 'Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Polaritas', 'Target', 'Realisasi', 'Capaian', 'Kriteria'];
/** Four good indicator rows (rows 2–5 under a header in row 1). */
const BODY: CellValue[][] = [
  [1, 'Stakeholder', 'SS1 Obat dan Makanan aman', 'IK 1 Persentase obat memenuhi syarat', 'Maksimal', 80, 85],
  [2, 'Stakeholder', 'SS1 Obat dan Makanan aman', 'IK 2 Persentase makanan memenuhi syarat', 'Maksimal', 90, 88.5],
  [3, 'Proses Bisnis', 'SS2 Pengawasan efektif', 'IK 3 Rata-rata hari layanan', 'Minimal', 10, 8],
  [4, 'Proses Bisnis', 'SS2 Pengawasan efektif', 'IK 4 Jumlah sarana diperiksa', 'Maksimal', 100, 100],
];

function newWorkbook(): Workbook {
  const wb = new Workbook();
  wb.creator = 'sakip-excel make-hostile-fixtures';
  wb.lastModifiedBy = 'sakip-excel make-hostile-fixtures';
  wb.created = STAMP;
  wb.modified = STAMP;
  return wb;
}

/** Writes rows from (row, 1) down; undefined leaves a cell alone. */
function rows(ws: Worksheet, first: number, values: readonly (readonly (CellValue | undefined)[])[]): void {
  values.forEach((r, i) => r.forEach((v, j) => v !== undefined && (ws.getCell(first + i, j + 1).value = v)));
}

/** The good table on sheet Kinerja with its header in `headerRow`, then `edit` spoils it. */
function table(edit: (ws: Worksheet) => void = () => {}, headerRow = 1, header: readonly CellValue[] = HEADER): () => Workbook {
  return () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet(SHEET);
    rows(ws, headerRow, [header, ...BODY]);
    edit(ws);
    return wb;
  };
}

const set = (cells: Readonly<Record<string, CellValue>>) => (ws: Worksheet) => {
  for (const [a, v] of Object.entries(cells)) ws.getCell(a).value = v;
};
const at = (...cells: string[]): string[] => cells.map((c) => `${SHEET}!${c}`);
const errorCase = (code: string, slug: string): HostileCase => ({
  name: `galat-${slug}-di-masukan`,
  build: table(set({ F3: { error: code } as CellValue, G4: { error: code } as CellValue, E5: { error: code } as CellValue })),
  unreadable: at('F3', 'G4', 'E5'),
});

/** The corpus. */
export const HOSTILE: readonly HostileCase[] = [
  { name: 'lembar-kosong', codes: ['header-tidak-ditemukan'], build: () => newWorkbookWith(SHEET) },
  { name: 'hanya-judul-kolom', codes: ['tabel-kosong'], build: () => { const wb = newWorkbook(); rows(wb.addWorksheet(SHEET), 1, [HEADER]); return wb; } },
  { name: 'judul-kolom-di-baris-29', build: table(set({ A1: 'Tabel 3.1 Pengukuran Kinerja' }), 29) },
  { name: 'judul-kolom-di-bawah-baris-30', codes: ['header-tidak-ditemukan'], build: table(set({ A1: 'Tabel 3.1 Pengukuran Kinerja' }), 35) },
  {
    name: 'dua-baris-judul-kolom',
    build: () => {
      const wb = newWorkbook();
      const ws = wb.addWorksheet(SHEET);
      rows(ws, 1, [
        ['No', 'Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Polaritas', 'Target', null, 'Realisasi', null, 'Capaian', 'Kriteria'],
        [null, null, null, null, null, 'TW I', 'TW II', 'TW I', 'TW II', null, null],
        ...BODY.map((r) => [...r.slice(0, 5), r[5], r[5], r[6], r[6]]),
      ]);
      ws.mergeCells('F1:G1');
      ws.mergeCells('H1:I1');
      for (const c of ['A', 'B', 'C', 'D', 'E', 'J', 'K']) ws.mergeCells(`${c}1:${c}2`);
      return wb;
    },
  },
  { name: 'judul-kolom-ganda', codes: ['kolom-ganda'], build: table(() => {}, 1, [...HEADER, 'Target', 'Realisasi', 'Indikator Kinerja']) },
  { name: 'tanpa-kolom-target', codes: ['kolom-tidak-ditemukan'], build: table(set({ F1: 'Catatan' })) },
  { name: 'tanpa-kolom-realisasi', codes: ['kolom-tidak-ditemukan'], build: table(set({ G1: 'Keterangan' })) },
  { name: 'tanpa-kolom-indikator', codes: ['tabel-tidak-lengkap'], build: table(set({ D1: 'Uraian' })) },
  // Never silent (issue 12): a header nothing reads, a budget table without its activity
  // column, a "Realisasi" that could be volume or money.
  { name: 'judul-kolom-tak-dikenal', codes: ['judul-tidak-dikenal'], build: table(set({ J1: 'Sumber Data', J2: 'SIMETRIS' })) },
  { name: 'tabel-anggaran-tanpa-kegiatan', codes: ['tabel-tidak-lengkap'], build: () => { const wb = newWorkbook(); rows(wb.addWorksheet('Anggaran'), 1, [['Pagu DIPA (Rp)', 'Penyerapan (Rp)', '% Serapan'], [217125000, 101367748, null]]); return wb; } },
  { name: 'judul-realisasi-ambigu', codes: ['judul-ambigu'], build: () => { const wb = newWorkbook(); rows(wb.addWorksheet('Anggaran'), 1, [['Kegiatan', 'Realisasi', 'Target', 'Pagu'], ['Pengujian sampel', 171, 180, 217125000]]); return wb; } },
  errorCase('#N/A', 'na'),
  errorCase('#DIV/0!', 'div0'),
  errorCase('#VALUE!', 'value'),
  errorCase('#REF!', 'ref'),
  errorCase('#NAME?', 'name'),
  { name: 'galat-sebagai-teks', build: table(set({ F2: '#N/A', G3: '#DIV/0!', F4: '#REF!' })), unreadable: at('F2', 'G3', 'F4') },
  { name: 'angka-teks-indonesia', build: table(set({ F2: '80,00', G2: '85,5', F3: '1.234,50', G3: '1.100,25', G4: ' 7,5 ' })) },
  { name: 'angka-teks-en-us', build: table(set({ F2: '80.00', G2: '85.5', F3: '1,234.50', G3: '1,100.25' })) },
  { name: 'angka-ambigu-1.500', build: table(set({ F2: '1.500', G2: '1.250', F3: '1,500', G3: '1,450' })) },
  { name: 'angka-salah-kelompok', build: table(set({ F2: '1.2.3', G3: '12.34.567', F4: '1,2,3,4' })), unreadable: at('F2', 'G3', 'F4') },
  { name: 'rupiah-persen-spasi-keras', build: table(set({ F2: 'Rp 1.500.000', G2: 'Rp1.650.000,00', F3: '90 %', G3: '88,5%', F4: '\u00a010\u00a0', G4: '8\u202f', F5: '\u00a0' })) },
  { name: 'target-negatif', codes: ['target-tidak-valid'], build: table(set({ F2: -80, F3: '-90', G3: -5 })) },
  { name: 'target-nol', codes: ['target-tidak-valid'], build: table(set({ F2: 0, F3: '0,00', G3: 0 })) },
  { name: 'realisasi-kosong', codes: ['realisasi-kosong'], build: table(set({ G2: null, G3: '-', G4: '   ', G5: '—' })) },
  { name: 'polaritas-tidak-dikenal', codes: ['polaritas-tidak-dikenal'], build: table(set({ E2: 'Naik turun', E3: 'Maximum?', E4: 42 })), unreadable: at('E2', 'E3', 'E4') },
  { name: 'boolean-di-kolom-angka', build: table(set({ F2: true, G3: false })), unreadable: at('F2', 'G3') },
  { name: 'tanggal-di-kolom-angka', build: table(set({ F2: new Date(Date.UTC(2024, 5, 30)), G4: new Date(Date.UTC(2024, 2, 1)) })), unreadable: at('F2', 'G4') },
  { name: 'teks-sampah-di-kolom-angka', build: table(set({ F2: 'delapan puluh', G3: 'n/a', F4: '??', G5: 'TBD' })), unreadable: at('F2', 'G3', 'F4', 'G5') },
  { name: 'teks-20000-karakter', build: table(set({ D2: 'Indikator '.repeat(2000), F3: '8'.repeat(10) + 'x'.repeat(19990), C4: 'S'.repeat(20000) })), unreadable: at('F3') },
  { name: 'nama-diawali-sama-dengan-plus-minus-at', build: table(set({ B2: '=SUM(A1:A9)', C2: '+62 Sasaran', D2: '=HYPERLINK("http://contoh.invalid","klik")', D3: '-Indikator minus', D4: '@indikator', C4: '=1+1', D5: '+cmd|\' /C calc\'!A0' })) },
  { name: 'emoji-dan-teks-kanan-ke-kiri', build: table(set({ B2: 'Pemangku 👥', C2: 'SS1 🚀 Obat aman', D2: 'IK 📈 naik 😀', C4: 'هدف استراتيجي', D4: 'מדד ביצוע \u202e', D5: 'مؤشر ١٢٣' })) },
  { name: 'sel-gabung-antar-baris', build: table((ws) => { ws.mergeCells('B2:B3'); ws.mergeCells('C2:C3'); ws.mergeCells('B4:B5'); ws.mergeCells('C4:C5'); }) },
  { name: 'sel-gabung-antar-kolom', build: table((ws) => { ws.mergeCells('C3:D3'); ws.mergeCells('A5:E5'); }) },
  // Excel shows a merged area's value in its top-left cell only: writing the others is refused.
  { name: 'sel-gabung-di-kolom-hasil', build: table((ws) => { ws.mergeCells('H2:I2'); ws.mergeCells('H4:H5'); }), hitungRefused: /tidak dapat menulis hasil: sel Kinerja!H5 ada di dalam sel gabungan H4; tidak ada berkas ditulis/ },
  { name: 'baris-tersembunyi', build: table((ws) => { ws.getRow(3).hidden = true; ws.getRow(5).hidden = true; }) },
  { name: 'baris-tersaring', build: table((ws) => { ws.autoFilter = 'A1:I5'; ws.getRow(2).hidden = true; ws.getRow(4).hidden = true; }) },
  {
    name: 'rumus-di-kolom-hasil', codes: ['rumus-di-kolom-hasil'],
    build: table(set({ H2: { formula: 'G2/F2*100', result: 106.25 }, H3: { formula: 'G3/F3*100', result: 98.33 }, I2: { formula: 'IF(H2>100,"Sangat Baik","Baik")', result: 'Sangat Baik' } })),
    userFormulas: at('H2', 'H3', 'I2'),
  },
  {
    name: 'rumus-di-kolom-masukan',
    build: table(set({ F2: { formula: '40*2', result: 80 }, G3: { formula: 'SUM(80,8.5)', result: 88.5 }, G4: { formula: '1/0', result: { error: '#DIV/0!' } } as CellValue })),
    unreadable: at('G4'),
  },
  { name: 'lembar-terlindungi', build: async () => { const wb = table(set({ G5: '-' }))(); await wb.getWorksheet(SHEET)?.protect('rahasia', { selectLockedCells: true }); return wb; } },
  { name: 'data-jarang-sampai-baris-1048576', build: table(set({ D1048576: 'catatan tersesat', A500000: 'x' })) },
  { name: 'format-sampai-baris-1048576', build: table((ws) => { ws.getCell('I1048576').numFmt = '0.00'; ws.getCell('Z1048576').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } }; }) },
  { name: 'bukan-buku-kerja', verdict: 'csv', build: () => Buffer.from('No;Indikator;Target;Realisasi\n1;IK 1;80;85\n', 'utf8'), refused: /bukan berkas \.xlsx yang dapat dibaca/ },
  { name: 'berkas-kosong', verdict: 'empty', build: () => Buffer.alloc(0), refused: /bukan berkas \.xlsx yang dapat dibaca/ },
  { name: 'zip-rusak', verdict: 'damaged', build: () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('bukan isi zip yang utuh '.repeat(20))]), refused: /bukan berkas \.xlsx yang dapat dibaca/ },
  {
    name: 'laporan-lama-di-kolom-hasil', codes: ['audit-capaian', 'audit-kriteria'],
    build: table(set({ H2: 106.25, I2: 'Baik', H3: '98,33', I3: 'Baik', H4: 999, I4: 'Kurang', H5: 'lihat lampiran', I5: 'sangat  baik' })),
  },
  { name: 'judul-berulang-di-tengah', build: table((ws) => { rows(ws, 6, [HEADER, [5, 'Keuangan', 'SS3 Anggaran', 'IK 5 Serapan anggaran', 'Maksimal', 95, 96]]); }) },
  { name: 'baris-spasi-saja', build: table((ws) => { rows(ws, 3, [['  ', ' ', '\u00a0', '\t', ' ', ' ', ' ']]); }) },
  {
    name: 'lembar-bernama-ringkasan',
    build: () => {
      const wb = newWorkbook();
      rows(wb.addWorksheet('Ringkasan'), 1, [HEADER, ...BODY]);
      return wb;
    },
  },
  {
    name: 'lembar-ringkasan-milik-pengguna',
    build: () => {
      const wb = table()();
      rows(wb.addWorksheet('Ringkasan'), 1, [['Catatan pimpinan'], ['Jangan dihapus: disposisi rapat 12 Juli']]);
      return wb;
    },
  },
  {
    name: 'dua-tabel-dua-lembar',
    build: () => {
      const wb = table()();
      rows(wb.addWorksheet('Kinerja 2023'), 1, [HEADER, ...BODY.map((r) => [...r.slice(0, 5), 70, r[6]])]);
      return wb;
    },
  },
  {
    name: 'efisiensi-dengan-galat',
    build: () => {
      const wb = newWorkbook();
      const ws = wb.addWorksheet('Efisiensi');
      rows(ws, 1, [
        ['No', 'Kode', 'Kegiatan', 'Capaian Output (%)', 'Pagu Anggaran', 'Realisasi Anggaran', 'Capaian Input (%)', 'IE', 'TE', 'Capaian TE', 'Kategori'],
        [1, '3165.QAH', 'Pengawasan obat', 100, 1000000, 750000],
        [2, '3165.QAI', 'Pengujian', { error: '#N/A' } as CellValue, '1.500.000', 'Rp 1.000.000'],
        [3, '3165.QAJ', 'Penindakan', 95, 0, 0],
        [4, '3165.QAK', 'Layanan', 'sembilan puluh', 2000000, { error: '#REF!' } as CellValue],
        [5, '3165.QAL', 'Pemberdayaan', 101, true, -500],
      ]);
      return wb;
    },
    unreadable: ['Efisiensi!D3', 'Efisiensi!D5', 'Efisiensi!F5', 'Efisiensi!E6'],
  },
  // Issue 14: files that are not a workbook Excel can open, each told apart before unpacking.
  { name: 'catatan-rapat', ext: 'txt', verdict: 'text', build: () => Buffer.from('Catatan rapat evaluasi kinerja triwulan II\nCapaian IK 1 sudah dibahas.\nTindak lanjut: kirim laporan ke Biro Perencanaan.\n', 'utf8'), refused: NOT_XLSX },
  { name: 'laporan-id-id', ext: 'csv', verdict: 'csv', build: () => Buffer.from('No;Indikator Kinerja;Target;Realisasi\n1;IK 1 Persentase obat memenuhi syarat;89,20;88,89\n2;IK 2 Jumlah sarana diperiksa;1.250;1.300\n', 'utf8'), refused: NOT_XLSX },
  { name: 'xlsx-terpotong', verdict: 'damaged', build: async () => { const bytes = await stableXlsx(table()()); return bytes.subarray(0, Math.floor(bytes.length * 0.6)); }, refused: NOT_XLSX },
  { name: 'isi-zip-rusak', failsInExceljs: true, build: async () => corruptPart(await stableXlsx(table()()), 'xl/worksheets/sheet1.xml'), refused: NOT_XLSX },
  { name: 'bom-zip-string-400mb', verdict: 'too-large', build: () => zipBomb(table()(), BOMB_BYTES), refused: NOT_XLSX },
  { name: 'dokumen-word', ext: 'docx', verdict: 'other-zip', build: () => docx(), refused: NOT_XLSX },
  { name: 'lembar-libreoffice', ext: 'ods', verdict: 'ods', libreoffice: true, build: () => libreOffice(table()(), 'ods', 'ods'), refused: NOT_XLSX },
  { name: 'excel-97-lama', ext: 'xls', verdict: 'xls', libreoffice: true, build: () => libreOffice(table()(), 'xls', 'xls:MS Excel 97'), refused: OLD_XLS },
  { name: 'berkata-sandi', verdict: 'encrypted', libreoffice: true, build: () => encryptedXlsx(table()(), 'rahasia'), refused: OLD_XLS },
];

function newWorkbookWith(sheet: string): Workbook {
  const wb = newWorkbook();
  wb.addWorksheet(sheet);
  return wb;
}

/** The file name of a case. */
export const fileOf = (c: HostileCase): string => `${c.name}.${c.ext ?? 'xlsx'}`;

// ---------------------------------------------------------------------------------------------
// Zips written here, byte-stable (fixed time stamps), so the corpus test can compare bytes.

/** One part of a zip to write: its bytes, or a stream of chunks deflated as they come. */
interface ZipPart {
  readonly name: string;
  readonly data: Buffer | (() => Iterable<Buffer>);
  /** Stored rather than deflated (an ODF `mimetype`). */
  readonly stored?: boolean;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

function crc32(crc: number, buf: Buffer): number {
  let c = ~crc;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** 2024-07-01 00:00 as a DOS date and time. */
const DOS_TIME = 0;
const DOS_DATE = ((2024 - 1980) << 9) | (7 << 5) | 1;

/** Writes a zip; a streamed part is deflated chunk by chunk, never held whole in memory. */
async function writeZip(parts: readonly ZipPart[]): Promise<Buffer> {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    let crc = 0;
    let size = 0;
    let compressed: Buffer;
    if (Buffer.isBuffer(part.data)) {
      crc = crc32(0, part.data);
      size = part.data.length;
      compressed = part.stored ? part.data : deflateRawSync(part.data, { level: 9 });
    } else {
      const deflate = createDeflateRaw({ level: 9 });
      const chunks: Buffer[] = [];
      deflate.on('data', (c: Buffer) => chunks.push(c));
      const done = new Promise<void>((resolve, reject) => { deflate.on('end', resolve); deflate.on('error', reject); });
      for (const chunk of part.data()) {
        crc = crc32(crc, chunk);
        size += chunk.length;
        if (!deflate.write(chunk)) await new Promise((r) => deflate.once('drain', r));
      }
      deflate.end();
      await done;
      compressed = Buffer.concat(chunks);
    }
    const name = Buffer.from(part.name, 'utf8');
    const method = part.stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt16LE(DOS_TIME, 12);
    entry.writeUInt16LE(DOS_DATE, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(compressed.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    out.push(local, name, compressed);
    central.push(entry, name);
    offset += local.length + name.length + compressed.length;
  }
  const cd = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(parts.length, 8);
  eocd.writeUInt16LE(parts.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, cd, eocd]);
}

/** The parts of a zip exceljs wrote (small: each is inflated in memory). */
function partsOf(zip: Buffer): { name: string; data: Buffer }[] {
  const parts: { name: string; data: Buffer }[] = [];
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  let p = zip.readUInt32LE(eocd + 16);
  for (let k = zip.readUInt16LE(eocd + 10); k > 0; k--) {
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLen);
    const at = zip.readUInt32LE(p + 42);
    const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    const raw = zip.subarray(start, start + size);
    parts.push({ name, data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw) });
    p += 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return parts;
}

/** A workbook as a byte-stable .xlsx (exceljs stamps the zip with the time of writing). */
async function stableXlsx(wb: Workbook): Promise<Buffer> {
  return writeZip(partsOf(Buffer.from(await wb.xlsx.writeBuffer())));
}

/** The .xlsx with bytes in the middle of one part's deflate stream overwritten. */
async function corruptPart(zip: Buffer, part: string): Promise<Buffer> {
  const out = Buffer.from(zip);
  const at = out.indexOf(Buffer.from(part, 'utf8')) + part.length; // the first hit is the local header's name
  for (let i = at + 20; i < at + 60; i++) out[i] = 0xff;
  return out;
}

/**
 * A valid .xlsx whose xl/sharedStrings.xml unpacks to `bytes` (extra, unused strings), streamed
 * through deflate in 1 MB chunks: about 400 KB on disk, as in the issue.
 */
async function zipBomb(wb: Workbook, bytes: number): Promise<Buffer> {
  const parts = partsOf(Buffer.from(await wb.xlsx.writeBuffer()));
  const sst = parts.find((p) => p.name === 'xl/sharedStrings.xml');
  if (!sst) throw new Error('exceljs wrote no xl/sharedStrings.xml');
  const xml = sst.data.toString('utf8');
  const close = xml.lastIndexOf('</sst>');
  const head = Buffer.from(xml.slice(0, close), 'utf8');
  const tail = Buffer.from(xml.slice(close), 'utf8');
  const unit = '<si><t>bom</t></si>';
  const chunk = Buffer.from(unit.repeat(Math.floor((1024 * 1024) / unit.length)), 'utf8');
  function* body(): Iterable<Buffer> {
    yield head;
    let left = bytes - head.length - tail.length;
    while (left >= chunk.length) {
      yield chunk;
      left -= chunk.length;
    }
    const rest = Math.floor(left / unit.length);
    if (rest > 0) yield Buffer.from(unit.repeat(rest), 'utf8');
    yield tail;
  }
  return writeZip(parts.map((p) => (p === sst ? { name: p.name, data: body } : p)));
}

/** A minimal Word document: a zip that is not a workbook. */
function docx(): Promise<Buffer> {
  const x = (s: string): Buffer => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`, 'utf8');
  return writeZip([
    { name: '[Content_Types].xml', data: x('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>') },
    { name: '_rels/.rels', data: x('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>') },
    { name: 'word/document.xml', data: x('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Laporan Kinerja Triwulan II</w:t></w:r></w:p></w:body></w:document>') },
  ]);
}

/** Runs LibreOffice headless with a profile of its own; returns the folder it worked in. */
function withLibreOffice<T>(run: (work: string, sofficeArgs: string[]) => T): T {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-lo-'));
  try {
    return run(work, [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--norestore']);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const SOFFICE = process.env.SOFFICE ?? 'soffice';

/** The workbook converted by LibreOffice (`soffice --convert-to`). */
async function libreOffice(wb: Workbook, ext: string, filter: string): Promise<Buffer> {
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return withLibreOffice((work, args) => {
    fs.writeFileSync(path.join(work, 'sumber.xlsx'), bytes);
    execFileSync(SOFFICE, [...args, '--convert-to', filter, '--outdir', work, path.join(work, 'sumber.xlsx')], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120000 });
    return fs.readFileSync(path.join(work, `sumber.${ext}`));
  });
}

/**
 * The workbook saved by LibreOffice as a password-protected .xlsx, as Excel writes one: an OLE2
 * compound file with EncryptionInfo and EncryptedPackage streams (MS-OFFCRYPTO). `--convert-to`
 * takes no password, so a Basic macro in the throwaway profile stores the document with
 * EncryptionData { OOXPassword, CryptoType } — what LibreOffice's own save dialog passes.
 */
async function encryptedXlsx(wb: Workbook, password: string): Promise<Buffer> {
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return withLibreOffice((work, args) => {
    // A first start makes the profile and its Standard Basic library (Module1), which is then filled.
    execFileSync(SOFFICE, [...args, '--terminate_after_init'], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120000 });
    const basic = path.join(work, 'profile', 'user', 'basic', 'Standard');
    fs.writeFileSync(path.join(basic, 'Module1.xba'), `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Simpan(src As String, dst As String, pw As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(src), &quot;_blank&quot;, 0, load())
  Dim enc(1) As New com.sun.star.beans.NamedValue
  enc(0).Name = &quot;OOXPassword&quot;
  enc(0).Value = pw
  enc(1).Name = &quot;CryptoType&quot;
  enc(1).Value = &quot;Standard&quot;
  Dim store(1) As New com.sun.star.beans.PropertyValue
  store(0).Name = &quot;FilterName&quot;
  store(0).Value = &quot;Calc MS Excel 2007 XML&quot;
  store(1).Name = &quot;EncryptionData&quot;
  store(1).Value = enc()
  doc.storeToURL(ConvertToURL(dst), store())
  doc.close(True)
End Sub
</script:module>
`);
    const src = path.join(work, 'sumber.xlsx');
    const dst = path.join(work, 'sandi.xlsx');
    fs.writeFileSync(src, bytes);
    execFileSync(SOFFICE, [...args, `macro:///Standard.Module1.Simpan("${src}","${dst}","${password}")`], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120000 });
    if (!fs.existsSync(dst)) throw new Error('LibreOffice wrote no password-protected file');
    return fs.readFileSync(dst);
  });
}

async function bytesOf(c: HostileCase): Promise<Buffer> {
  const made = await c.build();
  return Buffer.isBuffer(made) ? made : Buffer.from(await made.xlsx.writeBuffer());
}

async function sameCells(a: Buffer, b: Buffer): Promise<boolean> {
  try {
    const x = new Workbook();
    const y = new Workbook();
    await x.xlsx.load(a as unknown as Parameters<typeof x.xlsx.load>[0]);
    await y.xlsx.load(b as unknown as Parameters<typeof y.xlsx.load>[0]);
    return checksum(x) === checksum(y);
  } catch {
    return false;
  }
}

/**
 * Writes every case into `dir`; returns the paths written. A workbook whose cells already match
 * is left alone (the zip stamps the time, so rewriting it would only make noise).
 */
export async function writeHostileFixtures(dir: string, committed: string = dir): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const c of HOSTILE) {
    const file = path.join(dir, fileOf(c));
    const kept = path.join(committed, fileOf(c));
    // LibreOffice's files are committed as it wrote them; regenerate only on request.
    if (c.libreoffice && fs.existsSync(kept) && process.env.SAKIP_REGEN_LIBREOFFICE !== '1') {
      if (kept !== file) fs.copyFileSync(kept, file);
      continue;
    }
    const bytes = await bytesOf(c);
    if (fs.existsSync(file)) {
      const existing = fs.readFileSync(file);
      if (existing.equals(bytes) || (c.refused === undefined && (await sameCells(existing, bytes)))) continue;
    }
    fs.writeFileSync(file, bytes);
    written.push(file);
  }
  return written;
}

if (require.main === module) {
  // Compiled to lib/scripts/; the fixtures live in test/fixtures/hostile at the repository root.
  const root = path.resolve(__dirname, '..', '..');
  writeHostileFixtures(path.join(root, 'test', 'fixtures', 'hostile')).then(
    (files) => process.stdout.write(files.length ? files.map((f) => `${path.relative(root, f)}\n`).join('') : 'Fixtures sudah mutakhir (tidak ada yang berubah).\n'),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
