/**
 * The hostile-workbook corpus (issue 7, deliverable 1), one table-driven test per file of
 * test/fixtures/hostile: `sakip periksa` and `sakip hitung` never crash (exit 0 or 1, or 2 with
 * one clear line), every cell the case poisons is named in a finding, nothing outside the
 * output columns changes, no text becomes a formula, and user formulas in output columns
 * survive unless --timpa-rumus. Files that are not a workbook (issue 14: a .csv, a .docx, an
 * .ods, a password-protected .xlsx, a zip bomb…) are refused with exit 2 and one line, before
 * anything is unpacked; test/xlsx/inspect.test.ts checks each one's verdict.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';
import { a1, detectLayout, sheetRef } from '../../src/workbook';
import { XlsxWorkbook, formulaOf } from '../../src/xlsx';
import { HOSTILE, fileOf, writeHostileFixtures } from '../../scripts/make-hostile-fixtures';
import type { HostileCase } from '../../scripts/make-hostile-fixtures';
import { checksum, dumpWorkbook } from '../../scripts/workbook-dump';
import { jsonLines, sakip, tempDir } from '../cli/support';

const HOSTILE_DIR = path.resolve(__dirname, '..', 'fixtures', 'hostile');
const PERIOD = ['--periode', 'TW2'];
const OUTPUT_ROLES = ['capaian', 'kriteria', 'capaianTahunan', 'status', 'capaianInput', 'ie', 'te', 'capaianTe', 'kategori'];

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function copy(c: HostileCase): string {
  const to = path.join(dir, fileOf(c));
  fs.copyFileSync(path.join(HOSTILE_DIR, fileOf(c)), to);
  return to;
}

/** A clean exit: 0 or 1 and nothing on stderr, or 2 with one line and no stack trace. */
function expectNoCrash(run: { code: number; stderr: string }, c: HostileCase, command: 'periksa' | 'hitung'): void {
  expect(run.stderr).not.toMatch(/\n\s+at |kesalahan tak terduga|unexpected error/);
  const refused = c.refused ?? (command === 'hitung' ? c.hitungRefused : undefined);
  if (refused) {
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(refused);
  } else {
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
  }
}

/**
 * What hitung may change: the output columns of each table over its header and data rows, the
 * widths of columns it appends, and summary sheets it adds. Found by the layout, not the plan,
 * so a stray write would show.
 */
async function mayChange(file: string, workbooks: readonly Workbook[]): Promise<{ cells: Set<string>; widths: Set<string>; sheets: Set<string> }> {
  const port = await XlsxWorkbook.open(file);
  const cells = new Set<string>();
  const widths = new Set<string>();
  for (const sheet of await port.sheets()) {
    const grid = await port.read(sheet);
    const layout = detectLayout(grid, 'TW2');
    if (!layout) continue;
    const cols = new Set(Object.entries(layout.columns as Record<string, number>).filter(([role]) => OUTPUT_ROLES.includes(role)).map(([, col]) => col));
    const last = Math.max(layout.lastDataRow, layout.headerRow + layout.headerRows - 1);
    // Only cells that exist in either workbook: a used range of a million rows stays cheap.
    for (const wb of workbooks) {
      wb.getWorksheet(sheet)?.eachRow({ includeEmpty: false }, (row, r) =>
        row.eachCell({ includeEmpty: true }, (_cell, c) => {
          if (cols.has(c - 1) && r - 1 >= layout.headerRow && r - 1 <= last) cells.add(`${sheet}!${a1(r - 1, c - 1)}`);
        }),
      );
    }
    for (const a of layout.appended) widths.add(`${sheet}!${a.col}`);
  }
  return { cells, widths, sheets: new Set() };
}

async function load(file: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every formula in a workbook as `Sheet!A1 → =formula`. */
function formulas(wb: Workbook): Map<string, string> {
  const out = new Map<string, string>();
  wb.worksheets.forEach((ws: Worksheet) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const f = formulaOf(cell);
        if (f !== null) out.set(`${ws.name}!${cell.address}`, f);
      }),
    ),
  );
  return out;
}

describe('the corpus', () => {
  it('holds at least 40 files, each named for what it tries', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(40);
    expect(new Set(HOSTILE.map((c) => c.name)).size).toBe(HOSTILE.length);
    for (const c of HOSTILE) expect(c.name).toMatch(/^[a-z0-9.-]+$/);
  });

  it('is exactly what scripts/make-hostile-fixtures.ts makes (run `npm run fixtures:hostile` after changing it)', async () => {
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-hostile-'));
    try {
      await writeHostileFixtures(fresh, HOSTILE_DIR); // LibreOffice's files are copied: its output is not byte-stable
      expect(fs.readdirSync(HOSTILE_DIR).sort()).toEqual(HOSTILE.map(fileOf).sort());
      for (const c of HOSTILE) {
        const committed = path.join(HOSTILE_DIR, fileOf(c));
        const made = path.join(fresh, fileOf(c));
        if (c.refused) expect(fs.readFileSync(committed).equals(fs.readFileSync(made))).toBe(true);
        else expect([c.name, dumpWorkbook(await load(committed))]).toEqual([c.name, dumpWorkbook(await load(made))]);
      }
    } finally {
      fs.rmSync(fresh, { recursive: true, force: true });
    }
    // The zip bomb streams 400 MB through deflate (about 7 s alone, more under a full run).
  }, 180_000);
});

describe.each(HOSTILE.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  it('periksa: no crash, every poisoned cell named in a finding with its address', async () => {
    const file = copy(c);
    const bytes = fs.readFileSync(file);
    const run = await sakip('periksa', file, ...PERIOD, '--json');
    expectNoCrash(run, c, 'periksa');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    if (c.refused) return;
    const [report] = jsonLines(run.stdout);
    const findings = report.findings as { sheet: string; cell: string | null; severity: string; code: string }[];
    const named = new Set(findings.filter((f) => f.cell !== null && f.severity === 'error').map((f) => `${f.sheet}!${f.cell}`));
    for (const cell of c.unreadable ?? []) expect([cell, named.has(cell)]).toEqual([cell, true]);
    for (const code of c.codes ?? []) expect([code, findings.some((f) => f.code === code)]).toEqual([code, true]);
    // An error finding is what exit 1 means, and nothing else does.
    expect(run.code).toBe(findings.some((f) => f.severity === 'error') ? 1 : 0);
    // Without --periode the period comes from the headers, or a clear line asks for it.
    const guess = await sakip('periksa', file);
    expect(guess.stderr).not.toMatch(/\n\s+at |kesalahan tak terduga|unexpected error/);
    if (guess.code === 2) expect(guess.stderr.trim().split('\n')).toHaveLength(1);
    else expect([0, 1]).toContain(guess.code);
    // The text report names the same cells.
    const text = await sakip('periksa', file, ...PERIOD);
    for (const cell of c.unreadable ?? []) {
      const [sheet, address] = cell.split('!');
      expect(text.stdout).toContain(`${sheetRef(sheet)}!${address} error`);
    }
  });

  it('hitung: no crash, only output columns change, no text becomes a formula, user formulas kept', async () => {
    const file = copy(c);
    const out = path.join(dir, 'hasil.xlsx');
    const run = await sakip('hitung', file, ...PERIOD, '-o', out, '--json');
    expectNoCrash(run, c, 'hitung');
    if (c.refused || c.hitungRefused) {
      expect(fs.existsSync(out)).toBe(false);
      return;
    }
    const [report] = jsonLines(run.stdout);
    const named = new Set((report.findings as { sheet: string; cell: string | null }[]).map((f) => `${f.sheet}!${f.cell}`));
    for (const cell of c.unreadable ?? []) expect([cell, named.has(cell)]).toEqual([cell, true]);
    if (!fs.existsSync(out)) {
      expect(report.output).toBeUndefined(); // no table anywhere: nothing written, and it says so
      return;
    }
    const input = await load(file);
    const output = await load(out);
    const allowed = await mayChange(file, [input, output]);
    const before = new Set(input.worksheets.map((ws) => ws.name));
    for (const ws of output.worksheets) if (!before.has(ws.name)) allowed.sheets.add(ws.name);
    expect(checksum(output, allowed)).toBe(checksum(input, allowed));
    // Every formula after is one that was there before: names such as `=SUM(…)` stay text.
    const was = formulas(input);
    for (const [cell, f] of formulas(output)) expect([cell, f]).toEqual([cell, was.get(cell)]);
    for (const cell of c.userFormulas ?? []) expect([cell, formulas(output).get(cell)]).toEqual([cell, was.get(cell)]);
  });

  if (c.userFormulas?.length) {
    it('hitung --timpa-rumus: replaces the user formulas in output columns', async () => {
      const file = copy(c);
      const out = path.join(dir, 'timpa.xlsx');
      const run = await sakip('hitung', file, ...PERIOD, '-o', out, '--timpa-rumus');
      expectNoCrash(run, c, 'hitung');
      const after = formulas(await load(out));
      for (const cell of c.userFormulas ?? []) expect([cell, after.get(cell)]).toEqual([cell, undefined]);
    });
  }
});

describe('a sheet of the user named Ringkasan', () => {
  it('is kept: the summary goes to a sheet of its own, which a second run replaces rather than duplicates', async () => {
    const c = HOSTILE.find((h) => h.name === 'lembar-ringkasan-milik-pengguna') as HostileCase;
    const first = path.join(dir, 'satu.xlsx');
    const second = path.join(dir, 'dua.xlsx');
    expect((await sakip('hitung', copy(c), ...PERIOD, '-o', first)).code).toBe(0);
    expect((await sakip('hitung', first, ...PERIOD, '-o', second)).code).toBe(0);
    const wb = await load(second);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Kinerja', 'Ringkasan', 'Ringkasan Kinerja']);
    expect(wb.getWorksheet('Ringkasan')?.getCell('A2').value).toBe('Jangan dihapus: disposisi rapat 12 Juli');
    expect(String(wb.getWorksheet('Ringkasan Kinerja')?.getCell('A1').value)).toMatch(/^Ringkasan Kinerja — Kinerja/);
  });
});
