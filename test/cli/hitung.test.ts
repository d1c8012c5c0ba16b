/**
 * `sakip hitung` on the generated fixtures, end to end through exceljs files: SPEC §4 in the
 * output cells, nothing outside the output columns changed, each quarter its own result,
 * user formulas kept unless --timpa-rumus, efficiency slips of SPEC §11 caught.
 */
import * as fs from 'fs';
import * as path from 'path';
import { BPOM_UPT_2024 as P, DUMAI_EFISIENSI_TW2_2024, DUMAI_TW2_2024, capaian, capaianInput, efisiensi, roundAsDisplayed, summarize } from '../../src/core';
import type { Capaian } from '../../src/core';
import { a1, detectLayout, recalculate } from '../../src/workbook';
import type { KinerjaLayout, RunOptions } from '../../src/workbook';
import { XlsxWorkbook } from '../../src/xlsx';
import { FIXTURES } from '../../scripts/make-fixtures';
import { EFISIENSI_BUDGET_TW2_2024, QUARTERLY_2024 } from '../../scripts/fixture-data';
import { checksum } from '../../scripts/workbook-dump';
import { copyFixture, jsonLines, sakip, tempDir } from './support';

const shown = (v: number) => roundAsDisplayed(v, 2);
const options: RunOptions = { period: 'TW2', profile: P, lang: 'id', decimalSeparator: ',' };

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function open(file: string): Promise<XlsxWorkbook> {
  return XlsxWorkbook.open(file);
}

/** The value of a cell as the engine reads it (merges, rich text and errors resolved). */
async function cellValues(file: string, sheet: string) {
  const port = await open(file);
  const grid = await port.read(sheet);
  return (row: number, col: number) => grid.values[row - grid.top]?.[col - grid.left] ?? null;
}

describe('hitung on the report-shaped fixture (a)', () => {
  it('reproduces SPEC §4: every Capaian and Kriteria cell, NPSS 101,67 Istimewa', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    const run = await sakip('hitung', input, '--periode', 'TW2', '--json');
    expect(run.stderr).toBe('');
    const [report] = jsonLines(run.stdout);
    const expected = summarize(
      DUMAI_TW2_2024.map((r) => ({ perspektif: r.perspektif, sasaran: r.sasaran, capaian: capaian({ realisasi: r.realisasi, target: r.target }) })),
      P,
    );
    expect(expected.npss.status).toBe('ok');
    expect(report.npss).toBe(expected.npss.status === 'ok' ? expected.npss.value : null);
    expect(shown(report.npss as number)).toBe(101.67);
    expect(report.predikat).toBe('Istimewa');
    expect((report.perspektif as { np: number }[]).map((p) => shown(p.np))).toEqual([99.94, 105.06, 100]);

    const output = path.join(dir, 'laporan-tw2-2024-hasil.xlsx');
    expect(report.output).toBe(output);
    const port = await open(output);
    const layout = detectLayout(await port.read('Kinerja'), 'TW2') as KinerjaLayout;
    const { capaian: capCol, kriteria: kriCol } = layout.columns;
    // The column the report lacks (annual capaian) was added with a header the engine reads back.
    expect(detectLayout(await (await open(input)).read('Kinerja'), 'TW2')?.appended.map((a) => a.role)).toEqual(['capaianTahunan']);
    expect(layout.appended).toEqual([]);
    expect(layout.columns.capaianTahunan).toBeDefined();
    const at = await cellValues(output, 'Kinerja');
    DUMAI_TW2_2024.forEach((row, i) => {
      const r = layout.firstDataRow + i;
      const cap = at(r, capCol as number);
      if (row.printedCapaian === null) expect(cap).toBe('-');
      else expect(shown(cap as number)).toBe(row.printedCapaian);
      // SPEC §11: the report prints 103,52 as Baik; the rule says Sangat Baik.
      expect(at(r, kriCol as number)).toBe(row.printedCapaian === 103.52 ? 'Sangat Baik' : row.printedKriteria);
    });
  });

  it('changes no cell, style, merge or width outside the output columns', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    const source = await open(input);
    const grid = await source.read('Kinerja');
    const plan = recalculate(grid, options).plan;
    const layout = detectLayout(grid, 'TW2') as KinerjaLayout;
    const outputCols = new Set([layout.columns.capaian, layout.columns.kriteria, layout.columns.capaianTahunan, layout.columns.status]);
    const written = new Set<string>();
    const widths = new Set<string>();
    for (const sp of plan.sheets.filter((s) => !s.owned)) {
      for (const col of Object.keys(sp.columnWidths ?? {})) widths.add(`${sp.sheet}!${col}`);
      for (const b of sp.blocks) {
        b.values.forEach((r, i) =>
          r.forEach((_v, j) => {
            expect(outputCols.has(b.col + j)).toBe(true);
            written.add(`${sp.sheet}!${a1(b.row + i, b.col + j)}`);
          }),
        );
      }
    }
    expect(written.size).toBeGreaterThan(4 * DUMAI_TW2_2024.length);
    const exclude = { cells: written, widths, sheets: new Set(['Ringkasan']) };
    const before = checksum(source.workbook, exclude);
    const beforeBytes = fs.readFileSync(input);

    expect((await sakip('hitung', input, '--periode', 'TW2')).code).toBe(0);
    const after = await open(path.join(dir, 'laporan-tw2-2024-hasil.xlsx'));
    expect(checksum(after.workbook, exclude)).toBe(before);
    expect(await after.sheets()).toEqual(['Sampul', 'Kinerja', 'Ringkasan']);
    // The input itself is never written.
    expect(fs.readFileSync(input).equals(beforeBytes)).toBe(true);
  });

  it('undo after applying the recalculation gives back the workbook exactly', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    const port = await open(input);
    const before = checksum(port.workbook);
    const token = await port.apply(recalculate(await port.read('Kinerja'), options).plan);
    expect(checksum(port.workbook)).not.toBe(before);
    await port.undo(token);
    expect(checksum(port.workbook)).toBe(before);
    await port.save(path.join(dir, 'undone.xlsx'));
    expect(checksum((await open(path.join(dir, 'undone.xlsx'))).workbook)).toBe(checksum((await open(input)).workbook));
  });
});

describe('hitung on the TW I–IV fixture (c)', () => {
  it('gives each quarter its own result from its own columns', async () => {
    const input = copyFixture(FIXTURES.quarterly, dir);
    const npss: number[] = [];
    for (const [q, period] of (['TW1', 'TW2', 'TW3', 'TW4'] as const).entries()) {
      const output = path.join(dir, `hasil-${period}.xlsx`);
      const run = await sakip('hitung', input, '--periode', period, '-o', output, '--json');
      expect(run.stderr).toBe('');
      const [report] = jsonLines(run.stdout);
      const results: Capaian[] = QUARTERLY_2024.map((r) => capaian({ target: r.target[q], realisasi: r.realisasi[q], polaritas: r.polaritas === 'Minimal' ? 'minimize' : 'maximize' }));
      const expected = summarize(QUARTERLY_2024.map((r, i) => ({ perspektif: r.perspektif, sasaran: r.sasaran, capaian: results[i] })), P);
      expect(report.npss).toBe(expected.npss.status === 'ok' ? expected.npss.value : null);
      npss.push(report.npss as number);

      const port = await open(output);
      const layout = detectLayout(await port.read('Kinerja'), period) as KinerjaLayout;
      const at = await cellValues(output, 'Kinerja');
      results.forEach((c, i) => expect(at(layout.firstDataRow + i, layout.columns.capaian as number)).toBe(c.status === 'ok' ? c.value : '-'));
    }
    expect(new Set(npss).size).toBe(4);
  });

  it('asks for --periode rather than guessing a quarter', async () => {
    const run = await sakip('hitung', copyFixture(FIXTURES.quarterly, dir));
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/TW I, TW II, TW III dan TW IV.*--periode/);
    expect(fs.readdirSync(dir)).toEqual([FIXTURES.quarterly]);
  });
});

describe('a user formula in the Capaian column (e)', () => {
  async function formulas(file: string): Promise<(string | null)[]> {
    const port = await open(file);
    const grid = await port.read('Kinerja');
    const col = (detectLayout(grid, 'TW2') as KinerjaLayout).columns.capaian as number;
    return grid.formulas.slice(1).map((r) => r[col - grid.left]);
  }

  it('is kept, with a finding per cell, unless --timpa-rumus', async () => {
    const input = copyFixture(FIXTURES.formula, dir);
    const original = await formulas(input);
    expect(original.every((f) => f !== null && f.startsWith('='))).toBe(true);

    const kept = await sakip('hitung', input, '--periode', 'TW2', '-o', path.join(dir, 'kept.xlsx'), '--json');
    expect(await formulas(path.join(dir, 'kept.xlsx'))).toEqual(original);
    const keptFindings = jsonLines(kept.stdout)[0].findings as { code: string; cell: string }[];
    expect(keptFindings.filter((f) => f.code === 'rumus-di-kolom-hasil').map((f) => f.cell)).toEqual(original.map((_f, i) => `H${i + 2}`));

    await sakip('hitung', input, '--periode', 'TW2', '--timpa-rumus', '-o', path.join(dir, 'replaced.xlsx'));
    expect(await formulas(path.join(dir, 'replaced.xlsx'))).toEqual(original.map(() => null));
    const at = await cellValues(path.join(dir, 'replaced.xlsx'), 'Kinerja');
    const rows = DUMAI_TW2_2024.filter((r) => r.target !== null && r.sasaran === DUMAI_TW2_2024[0].sasaran);
    rows.forEach((r, i) => {
      const c = capaian({ realisasi: r.realisasi, target: r.target });
      expect(at(i + 1, 7)).toBe(c.status === 'ok' ? c.value : null);
    });
  });
});

describe('hitung on the efficiency fixture (d)', () => {
  it('fills Capaian Input, IE, TE, Capaian TE and Kategori by SPEC §7 and flags the report’s slips', async () => {
    const input = copyFixture(FIXTURES.efisiensi, dir);
    const run = await sakip('hitung', input, '--json');
    const [report] = jsonLines(run.stdout);
    const output = path.join(dir, 'efisiensi-tw2-2024-hasil.xlsx');
    const port = await open(output);
    const grid = await port.read('Efisiensi');
    const layout = detectLayout(grid, 'TAHUNAN');
    if (!layout || layout.kind !== 'efisiensi') throw new Error('efficiency table not detected');
    const at = await cellValues(output, 'Efisiensi');
    const col = layout.columns;
    DUMAI_EFISIENSI_TW2_2024.forEach((_e, i) => {
      const r = layout.firstDataRow + i;
      const budget = EFISIENSI_BUDGET_TW2_2024[i];
      if (budget.realisasi === null) return; // nothing spent: IE undefined (checked below)
      const input = capaianInput(budget.realisasi, budget.pagu);
      if (input.status !== 'ok') throw new Error('budget');
      const e = efisiensi(at(r, col.capaianOutput as number) as number, input.value, P);
      expect(at(r, col.capaianInput as number)).toBe(input.value);
      expect(at(r, col.kategori as number)).toBe(e.grade?.kategori);
      expect(at(r, col.capaianTe as number)).toBe(e.grade?.capaian ?? '-');
    });
    // SPEC §11: TE 2,97 was printed 88 % Efisien; the rule gives 75, Tidak Efisien.
    const slip = layout.firstDataRow + DUMAI_EFISIENSI_TW2_2024.findIndex((e) => e.printedTe === 2.97);
    expect([at(slip, col.capaianTe as number), at(slip, col.kategori as number)]).toEqual([75, 'Tidak Efisien']);
    const cells = (report.findings as { cell: string; code: string }[]).filter((f) => f.code === 'audit-diganti').map((f) => f.cell);
    expect(cells).toEqual(expect.arrayContaining([a1(slip, col.capaianTe as number), a1(slip, col.kategori as number)]));
  });
});
