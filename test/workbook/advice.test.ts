/**
 * Every finding says why and what to do (issue 14): the message tables carry the advice as
 * data, the engine picks the case's reason, and every finding on every committed workbook
 * fixture, in both languages, ends with its advice and leaves no placeholder or internal word.
 */
import * as fs from 'fs';
import * as path from 'path';
import { BPOM_UPT_2024, CORE_MESSAGES, Lang } from '../../src/core';
import { CellValue, FINDING_CODES, FINDING_REASONS, Finding, Period, WORKBOOK_MESSAGES, check, gridFromRows, recalculate } from '../../src/workbook';
import { XlsxWorkbook } from '../../src/xlsx';
import { HOSTILE, fileOf } from '../../scripts/make-hostile-fixtures';
import { opts } from './support';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
const LANGS: readonly Lang[] = ['id', 'en'];

/** English words a planner should never meet in an Indonesian message (outside quoted cell text). */
const ENGLISH = ['error', 'warning', 'column', 'value', 'row', 'cell', 'should', 'reads', 'recomputed', 'the', 'is', 'not', 'and', 'or'];

/** The message with quoted user text ("…") taken out: only the add-in's own words are left. */
const ownWords = (message: string): string => message.replace(/"[^"]*"/g, '""');

/** What no finding may show: a placeholder left over, or a raw JavaScript value. */
function expectClean(text: string, lang: Lang): void {
  const own = ownWords(text);
  expect(own).not.toMatch(/\bundefined\b|\bnull\b|\bNaN\b|[{}]/);
  if (lang === 'id') {
    for (const word of ENGLISH) expect({ text, word, found: new RegExp(`\\b${word}\\b`).test(own) }).toEqual({ text, word, found: false });
  }
}

/** Every finding: its advice is non-empty and is what its message ends with; the text is clean. */
function expectAdvised(findings: readonly Finding[], lang: Lang): void {
  for (const f of findings) {
    expect(typeof f.advice).toBe('string');
    expect({ code: f.code, advice: (f.advice ?? '').trim().length > 0 }).toEqual({ code: f.code, advice: true });
    expect({ message: f.message, endsWithAdvice: f.message.endsWith(` ${f.advice}`) }).toEqual({ message: f.message, endsWithAdvice: true });
    expectClean(f.message, lang);
  }
}

describe('the message tables carry the advice as data', () => {
  const filled = (t: { id: string; en: string } | undefined): boolean => t !== undefined && t.id.trim() !== '' && t.en.trim() !== '';

  it.each(Object.keys(WORKBOOK_MESSAGES))('%s says what to do in both languages', (key) => {
    const entry = WORKBOOK_MESSAGES[key as keyof typeof WORKBOOK_MESSAGES];
    expect(filled(entry)).toBe(true);
    expect(filled(entry.todo)).toBe(true);
    if ('why' in entry) expect(filled(entry.why)).toBe(true);
  });

  it.each(Object.keys(FINDING_REASONS))('the reason %s says why in both languages', (key) => {
    const reason: { why: { id: string; en: string }; todo?: { id: string; en: string } } = FINDING_REASONS[key as keyof typeof FINDING_REASONS];
    expect(filled(reason.why)).toBe(true);
    if (reason.todo) expect(filled(reason.todo)).toBe(true);
  });

  it.each(Object.keys(CORE_MESSAGES))('the core reason %s says what to do in both languages', (key) => {
    expect(filled(CORE_MESSAGES[key as keyof typeof CORE_MESSAGES].todo)).toBe(true);
  });

  it('every finding code has an entry, and the Indonesian texts use no English words', () => {
    for (const code of FINDING_CODES) expect(WORKBOOK_MESSAGES[code]).toBeDefined();
    const texts = [...Object.values(WORKBOOK_MESSAGES).flatMap((e) => [e.id, e.todo.id, 'why' in e ? e.why.id : '']), ...Object.values(FINDING_REASONS).flatMap((r) => [r.why.id, 'todo' in r ? r.todo.id : ''])];
    for (const text of texts) {
      const own = ownWords(text.replace(/\{\w+\}/g, 'X'));
      for (const word of ENGLISH) expect({ text, word, found: new RegExp(`\\b${word}\\b`).test(own) }).toEqual({ text, word, found: false });
    }
  });
});

/** Every committed workbook fixture: the generated ones, the LibreOffice-written ones, the hostile corpus. */
const refused = new Set(HOSTILE.filter((c) => c.refused).map(fileOf));
const files = [
  ...fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')),
  ...fs.readdirSync(path.join(FIXTURES, 'calc')).filter((f) => f.endsWith('.xlsx')).map((f) => path.join('calc', f)),
  ...fs
    .readdirSync(path.join(FIXTURES, 'hostile'))
    .filter((f) => f.endsWith('.xlsx') && !refused.has(f))
    .map((f) => path.join('hostile', f)),
];

describe('every finding on every committed workbook ends with why and what to do', () => {
  it('the corpus is all there', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files)('%s', async (file) => {
    const port = await XlsxWorkbook.open(path.join(FIXTURES, file));
    const decimalSeparator = await port.decimalSeparator();
    let count = 0;
    for (const sheet of await port.sheets()) {
      const grid = await port.read(sheet);
      for (const period of ['TW2', 'TAHUNAN'] as const) {
        for (const lang of LANGS) {
          const run = { period, profile: BPOM_UPT_2024, lang, decimalSeparator };
          const checked = check(grid, run).findings;
          expectAdvised(checked, lang);
          expectAdvised(recalculate(grid, run).findings, lang);
          expectAdvised(recalculate(grid, { ...run, overwriteFormulas: true }).findings, lang);
          count += checked.length;
        }
      }
    }
    expect(count).toBeGreaterThan(0); // every fixture gives at least one finding to look at
  });
});

describe("issue 14's example: a Status filled where there is no realisasi yet", () => {
  it('says there is no realisasi yet and what to write, on the report fixture', async () => {
    const port = await XlsxWorkbook.open(path.join(FIXTURES, 'laporan-tw2-2024.xlsx'));
    const grid = await port.read('Kinerja');
    const realisasiCol = grid.values.map((r) => r.findIndex((v) => typeof v === 'string' && /^Realisasi/i.test(v))).find((c) => c >= 0) as number;
    for (const lang of LANGS) {
      const dashes = check(grid, opts({ lang, decimalSeparator: await port.decimalSeparator() })).findings.filter((f) => f.code === 'audit-status' && f.severity === 'info');
      expect(dashes.length).toBeGreaterThan(0);
      for (const f of dashes) {
        // The row really has no realisasi: blank or "-".
        const row = Number((f.cell ?? '').replace(/^[A-Z]+/, '')) - 1;
        expect([null, '-']).toContain(grid.values[row - grid.top][realisasiCol - grid.left]);
        if (lang === 'id') {
          expect(f.message).toMatch(/Status tertulis "Perlu Upaya Keras", seharusnya "-"\. Belum ada realisasi di baris ini, jadi capaian, kriteria dan statusnya belum dinilai\. Kosongkan sel itu atau tulis "-", atau hitung ulang dengan SAKIP agar diisi otomatis \(tombol Hitung ulang di panel, atau sakip hitung\)\./);
        } else {
          expect(f.message).toMatch(/Status reads "Perlu Upaya Keras", should be "-"\. There is no realisasi in this row yet, so its capaian, kriteria and status are not assessed\. Empty the cell or write "-"/);
        }
      }
    }
  });
});

describe('the reason the engine picks for each case', () => {
  const HEAD = ['Indikator Kinerja', 'Polaritas', 'Target TW II', 'Realisasi TW II', 'Capaian', 'Kriteria', 'Target Tahunan', 'Capaian terhadap Target Tahunan', 'Status'];
  const audit = (row: CellValue[], code: string, period: Period = 'TW2'): string[] =>
    check(gridFromRows('Kinerja', [HEAD, row]), opts({ period }))
      .findings.filter((f) => f.code === code)
      .map((f) => f.message);

  it('a Kriteria where the target is 0: not assessed this period, so "-"', () => {
    expect(audit(['A', 'Maksimal', 0, 5, null, 'Baik', 100, null, null], 'audit-kriteria')).toEqual([
      'Kinerja!F2: Kriteria tertulis "Baik", seharusnya "-". Target periode ini kosong, "-" atau 0, jadi indikator tidak dinilai pada periode ini. Kosongkan sel itu atau tulis "-", atau hitung ulang dengan SAKIP agar diisi otomatis (tombol Hitung ulang di panel, atau sakip hitung).',
    ]);
  });

  it('a Status where the annual target is unreadable: fix that target first', () => {
    const [m] = audit(['A', 'Maksimal', 50, 40, null, null, 'seratus', null, 'Tercapai'], 'audit-status');
    expect(m).toBe('Kinerja!I2: Status tertulis "Tercapai", seharusnya "-". Target tahunan baris ini tidak dapat dipakai (lihat temuan pada sel itu), jadi status belum dinilai. Perbaiki target tahunannya dahulu; sampai itu, kosongkan sel ini atau tulis "-".');
  });

  it('a Status where the annual target is empty', () => {
    const [m] = audit(['A', 'Maksimal', 50, 40, null, null, null, null, 'Tercapai'], 'audit-status');
    expect(m).toContain('Target tahunan kosong, "-" atau 0, jadi status belum dinilai.');
  });

  it('a Capaian of a minimised indicator: the formula with its numbers', () => {
    expect(audit(['A', 'Minimal', 7, 6.5, 90, null, null, null, null], 'audit-capaian')).toEqual([
      'Kinerja!E2: Capaian tertulis 90,00, hasil hitung 107,14. Indikator ini berpolaritas minimal: capaian = (2 − realisasi ÷ target) × 100 = (2 − 6,5 ÷ 7) × 100. Ganti isinya dengan 107,14, atau hitung ulang dengan SAKIP agar diisi otomatis (tombol Hitung ulang di panel, atau sakip hitung).',
    ]);
  });

  it('a Capaian of a range target: the stabilise rule', () => {
    const [m] = audit(['A', 'Stabil', '80-90', 95, 100, null, null, null, null], 'audit-capaian');
    expect(m).toContain('Indikator ini berpolaritas stabil: capaian 100 bila realisasi 95 berada dalam rentang target 80-90');
  });

  it('a Kriteria of exactly 100 names the one-point band', () => {
    const [m] = audit(['A', 'Maksimal', 50, 50, null, 'Sangat Baik', null, null, null], 'audit-kriteria');
    expect(m).toContain('Capaian 100,00 berada pada rentang tepat 100, yang menurut profil BPOM UPT 2024 berkriteria "Baik".');
  });

  it('an efficiency row with no spending: IE and TE are "-" because the input achievement is 0', () => {
    const rows = [
      ['Kegiatan', 'Capaian Output', 'Pagu', 'Realisasi Anggaran', 'Capaian Input', 'IE', 'TE', 'Capaian TE', 'Kategori'],
      ['x', 100, 1000, 0, 0, 1, 0.5, 90, 'Efisien'],
    ];
    const f = check(gridFromRows('Ef', rows), opts()).findings.filter((x) => x.code === 'audit-efisiensi');
    expect(f.map((x) => x.cell)).toEqual(['F2', 'G2', 'H2', 'I2']);
    for (const x of f) expect(x.advice).toBe('Capaian input kegiatan ini 0 (belum ada belanja), jadi IE dan TE tidak dapat dihitung. Kosongkan sel itu atau tulis "-", atau hitung ulang dengan SAKIP agar diisi otomatis (tombol Hitung ulang di panel, atau sakip hitung).');
  });
});
