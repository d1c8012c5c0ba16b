/**
 * fast-check fuzzing of the sheet engine (issue 7, deliverable 2) over random grids: a real
 * header (kinerja or efisiensi, several wordings) above random cells — numbers, Indonesian and
 * en-US text numbers, junk, blanks, dashes, booleans, dates, error texts, formulas.
 * No exception escapes `check` / `recalculate`; writes land only in output columns and the owned
 * Ringkasan sheet, never over a user formula without consent; NPS, NP and NPSS stay within
 * 0..120; results do not depend on row order within a sasaran.
 *
 * Runs per property: FUZZ_RUNS (default 2000), e.g. `FUZZ_RUNS=50000 npx jest test/workbook/fuzz`.
 */
import fc from 'fast-check';
import { PROFILES, formatEn, formatId } from '../../src/core';
import type { Nilai, StrategySummary } from '../../src/core';
import { check, detectLayout, formulaAt, gridFromRows, recalculate } from '../../src/workbook';
import type { CellValue, Grid, Period, PlannedValue, RunOptions, WritePlan } from '../../src/workbook';

const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? '') || 2000);

/** True when a cell holds nothing (as the engine's isBlank: null, empty or spaces). */
const isBlankCell = (grid: Grid, row: number, col: number): boolean => {
  const v = grid.values[row - grid.top]?.[col - grid.left] ?? null;
  return v === null || (typeof v === 'string' && v.trim() === '');
};

const OUTPUT_ROLES = new Set(['capaian', 'kriteria', 'nilai', 'capaianTahunan', 'status', 'capaianInput', 'ie', 'te', 'capaianTe', 'kategori']);

/** Header wordings the engine must find, as reports and the template write them. */
const HEADERS: readonly (readonly string[])[] = [
  ['No', 'Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Polaritas', 'Target', 'Realisasi', 'Capaian', 'Kriteria'],
  ['Perspektif', 'Sasaran', 'Indikator', 'Target TW II', 'Realisasi TW II', 'Target Tahunan', '% Capaian', 'Status'],
  ['Indikator Kinerja', 'Target', 'Realisasi'],
  ['Sasaran', 'Indikator', 'Target TW II', 'Pembilang TW II', 'Penyebut TW II', 'Realisasi TW II', 'Bobot', 'Capaian', 'Kriteria'],
  ['Perspective', 'Strategic Objective', 'Performance Indicator', 'Polarity', 'Target B03', 'Realisasi B03', 'Target B06', 'Realisasi B06', 'Criteria'],
  ['Indikator Kinerja Individu', 'Target', 'Realisasi', 'Capaian IKI', 'Nilai Capaian IKI'],
  ['No', 'Kode', 'Kegiatan', 'Capaian Output (%)', 'Pagu Anggaran', 'Realisasi Anggaran', 'Capaian Input (%)', 'IE', 'TE', 'Capaian TE', 'Kategori'],
];

const finite = fc.double({ min: -1e7, max: 1e7, noNaN: true, noDefaultInfinity: true });
const numberArb: fc.Arbitrary<CellValue> = fc.oneof(fc.integer({ min: -5, max: 300 }), finite, fc.constantFrom(0, -0, 100, 120, 1e-12, Number.MAX_VALUE, Number.NaN, Infinity));
const textNumberArb: fc.Arbitrary<CellValue> = fc.oneof(
  finite.map((v) => formatId(v, 2)),
  finite.map((v) => formatEn(v, 2)),
  fc.integer({ min: 0, max: 999 }).map((v) => `${v}.500`),
  fc.constantFrom('1.500', '1,500', 'Rp 1.500.000', 'Rp1.650.000,00', '85 %', '\u00a089,5\u00a0', '12.34.567', '1,2,3', '+5', '−3', '.5', ',', '80-100', '80 - 100'),
);
const junkArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.constantFrom('delapan puluh', 'n/a', 'TBD', 'Target', 'Realisasi', 'B06', 'TW II', '=SUM(A1)', '+62', '@x', '-x', '📈', 'مؤشر'),
);
const blankArb: fc.Arbitrary<CellValue> = fc.constantFrom(null, '', '   ', '\u00a0', '-', '—', '–');
const errorArb: fc.Arbitrary<CellValue> = fc.constantFrom('#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#SPILL!');
const otherArb: fc.Arbitrary<CellValue> = fc.oneof(fc.boolean(), fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }));

/** Any cell a hostile sheet may hold. */
const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: numberArb, weight: 4 },
  { arbitrary: textNumberArb, weight: 3 },
  { arbitrary: blankArb, weight: 3 },
  { arbitrary: junkArb, weight: 2 },
  { arbitrary: errorArb, weight: 1 },
  { arbitrary: otherArb, weight: 1 },
);
const nameArb: fc.Arbitrary<CellValue> = fc.oneof(fc.constantFrom('Stakeholder', 'Proses Bisnis', 'SS1', 'SS2', 'IK 1', 'IK 2', 'Maksimal', 'Minimal', 'Stabilisasi', 'Maximize'), cellArb);
const formulaArb: fc.Arbitrary<string | null> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 12 },
  { arbitrary: fc.constantFrom('=G2/F2*100', '=IF(H2>100,"Sangat Baik","Baik")', '=SAKIP.CAPAIAN(G2:G9,F2:F9)', '=1/0', '=A1'), weight: 1 },
);

interface RandomSheet {
  readonly grid: Grid;
  readonly opts: RunOptions;
}

const optsArb: fc.Arbitrary<RunOptions> = fc.record({
  period: fc.constantFrom<Period>('TW1', 'TW2', 'TW3', 'TW4', 'TAHUNAN'),
  profile: fc.constantFrom(...PROFILES),
  lang: fc.constantFrom('id' as const, 'en' as const),
  decimalSeparator: fc.constantFrom(',' as const, '.' as const),
  overwriteFormulas: fc.boolean(),
  writeFormulas: fc.boolean(),
});

/** A sheet: titles, a real header, random rows (names from small pools, so sasaran repeat), formulas. */
const sheetArb: fc.Arbitrary<RandomSheet> = fc
  .record({
    header: fc.constantFrom(...HEADERS),
    titles: fc.array(fc.array(junkArb, { maxLength: 3 }), { maxLength: 3 }),
    top: fc.nat({ max: 4 }),
    left: fc.nat({ max: 3 }),
    rows: fc.array(fc.array(fc.oneof(nameArb, cellArb), { minLength: 1, maxLength: 12 }), { maxLength: 16 }),
    formulaSeed: fc.array(fc.array(formulaArb, { maxLength: 12 }), { maxLength: 16 }),
    opts: optsArb,
  })
  .map(({ header, titles, top, left, rows, formulaSeed, opts }) => {
    const all: CellValue[][] = [...titles, [...header], ...rows];
    const formulas: (string | null)[][] = all.map((_r, i) => (i < titles.length + 1 ? [] : (formulaSeed[i - titles.length - 1] ?? [])));
    return { grid: gridFromRows('Kinerja', all, formulas, top, left), opts };
  });

function inRange(n: Nilai): boolean {
  return n.status !== 'ok' || (Number.isFinite(n.value) && n.value >= 0 && n.value <= 120);
}

function expectSummaryBounded(s: StrategySummary | null): void {
  if (!s) return;
  for (const x of s.sasaran) expect([x.nama, inRange(x.nps)]).toEqual([x.nama, true]);
  for (const x of s.perspektif) expect([x.nama, inRange(x.np)]).toEqual([x.nama, true]);
  expect(inRange(s.npss)).toBe(true);
}

/** Every planned cell of the table's sheet as `row,col → value`. */
function writes(plan: WritePlan, sheet: string): Map<string, PlannedValue> {
  const out = new Map<string, PlannedValue>();
  for (const sp of plan.sheets) {
    if (sp.sheet !== sheet || sp.owned) continue;
    for (const b of sp.blocks) b.values.forEach((r, i) => r.forEach((v, j) => out.set(`${b.row + i},${b.col + j}`, v)));
  }
  return out;
}

describe(`engine fuzzing (${RUNS} runs per property)`, () => {
  it('no exception escapes; writes only in output columns or the owned Ringkasan; user formulas kept; NPS within 0..120', () => {
    fc.assert(
      fc.property(sheetArb, ({ grid, opts }) => {
        const checked = check(grid, opts);
        const result = recalculate(grid, opts);
        expectSummaryBounded(checked.summary);
        expectSummaryBounded(result.summary);
        // Every message placeholder filled (unless the user's own text looks like one).
        const userText = grid.values.some((r) => r.some((v) => typeof v === 'string' && /[{}]/.test(v)));
        if (!userText) for (const f of [...checked.findings, ...result.findings]) expect(f.message).not.toMatch(/\{\w+\}/);

        const layout = detectLayout(grid, opts.period, opts.lang, { nilai: opts.profile.nilaiCapaian !== undefined });
        const outCols = new Set<number>();
        if (layout) for (const [role, col] of Object.entries(layout.columns as Record<string, number>)) if (OUTPUT_ROLES.has(role)) outCols.add(col);
        // Violations are collected as text (an expect per cell would dominate the run time).
        const bad: string[] = [];
        const lowest = layout?.headerRow ?? 0;
        const highest = Math.max(layout?.lastDataRow ?? 0, lowest);
        for (const sp of result.plan.sheets) {
          if (sp.owned) {
            if (!/^Ringkasan/.test(sp.sheet) || sp.sheet === grid.sheet) bad.push(`owns ${sp.sheet}`);
            continue;
          }
          if (sp.sheet !== grid.sheet || !layout) bad.push(`writes ${sp.sheet} without a table`);
          for (const b of sp.blocks) {
            b.values.forEach((r, i) =>
              r.forEach((v, j) => {
                const row = b.row + i;
                const col = b.col + j;
                // The realisasi column is written only where the cell is empty and both counts are there (issue 15).
                const k = layout?.kind === 'kinerja' ? layout.columns : undefined;
                const ratioCell = k !== undefined && k.pembilang !== undefined && k.penyebut !== undefined && col === k.realisasi && isBlankCell(grid, row, col) && formulaAt(grid, row, col) === null && !isBlankCell(grid, row, k.pembilang) && !isBlankCell(grid, row, k.penyebut);
                if ((!outCols.has(col) && !ratioCell) || row < lowest || row > highest) bad.push(`writes outside the output columns at ${row},${col}`);
                // Only the engine's own live formulas, and only when asked for.
                if (v !== null && typeof v === 'object' && (!opts.writeFormulas || !/^=SAKIP\./.test(v.formula))) bad.push(`formula ${v.formula} at ${row},${col}`);
                const user = formulaAt(grid, row, col);
                if (user !== null && !opts.overwriteFormulas && !/^=SAKIP\./i.test(user)) bad.push(`overwrites ${user} at ${row},${col}`);
              }),
            );
          }
        }
        expect(bad).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('results do not depend on row order within a sasaran', () => {
    const row = fc.record({
      indikator: fc.oneof(fc.constantFrom('IK A', 'IK B', 'IK C'), fc.string({ minLength: 1, maxLength: 8 })),
      polaritas: fc.constantFrom('Maksimal', 'Minimal', 'Maximize', 'Minimize', 'naik', '??'),
      target: cellArb,
      realisasi: cellArb,
      key: fc.double({ noNaN: true }),
    });
    const group = fc.record({ perspektif: fc.constantFrom('Stakeholder', 'Proses Bisnis', 'Keuangan'), rows: fc.array(row, { minLength: 1, maxLength: 5 }) });
    fc.assert(
      fc.property(fc.array(group, { minLength: 1, maxLength: 4 }), optsArb, (groups, base) => {
        const opts: RunOptions = { ...base, period: 'TW2', writeFormulas: false };
        const header = ['Perspektif', 'Sasaran', 'Indikator', 'Polaritas', 'Target', 'Realisasi', 'Capaian', 'Kriteria'];
        type Row = (typeof groups)[number]['rows'][number] & { id: number };
        let id = 0;
        const tagged = groups.map((g, gi) => ({ ...g, sasaran: `SS${gi + 1}`, rows: g.rows.map((r) => ({ ...r, id: id++ }) as Row) }));
        const layoutOf = (order: 'given' | 'shuffled'): { grid: Grid; position: Map<number, number> } => {
          const body: CellValue[][] = [];
          const position = new Map<number, number>();
          for (const g of tagged) {
            const rs = order === 'given' ? g.rows : [...g.rows].sort((a, b) => a.key - b.key || b.id - a.id);
            for (const r of rs) {
              position.set(r.id, body.length + 1);
              body.push([g.perspektif, g.sasaran, r.indikator, r.polaritas, r.target, r.realisasi]);
            }
          }
          return { grid: gridFromRows('Kinerja', [header, ...body]), position };
        };
        const a = layoutOf('given');
        const b = layoutOf('shuffled');
        const ra = recalculate(a.grid, opts);
        const rb = recalculate(b.grid, opts);
        expect(ra.summary === null).toBe(rb.summary === null);
        const sa = ra.summary;
        const sb = rb.summary;
        if (sa && sb) {
          const close = (x: Nilai, y: Nilai) => (x.status === 'ok' && y.status === 'ok' ? Math.abs(x.value - y.value) <= 1e-9 * Math.max(1, Math.abs(x.value)) : x.status === y.status);
          expect(sa.sasaran.map((s) => s.nama)).toEqual(sb.sasaran.map((s) => s.nama));
          sa.sasaran.forEach((s, i) => expect([s.nama, close(s.nps, sb.sasaran[i].nps)]).toEqual([s.nama, true]));
          sa.perspektif.forEach((p, i) => expect([p.nama, close(p.np, sb.perspektif[i].np)]).toEqual([p.nama, true]));
          expect(close(sa.npss, sb.npss)).toBe(true);
        }
        // Each indicator's own outputs follow it to its new row.
        const wa = writes(ra.plan, 'Kinerja');
        const wb = writes(rb.plan, 'Kinerja');
        const moved: string[] = [];
        for (const [rid, pa] of a.position) {
          const pb = b.position.get(rid) as number;
          for (const col of [6, 7]) if (wb.get(`${pb},${col}`) !== wa.get(`${pa},${col}`)) moved.push(`indicator ${rid} column ${col}: ${String(wa.get(`${pa},${col}`))} → ${String(wb.get(`${pb},${col}`))}`);
        }
        expect(moved).toEqual([]);
        // The same findings, but for which of two same-named indicators is called the duplicate.
        const codes = (r: typeof ra) => r.findings.filter((f) => f.code !== 'indikator-ganda').map((f) => f.code).sort();
        expect(codes(rb)).toEqual(codes(ra));
      }),
      { numRuns: RUNS },
    );
  });

  // Found by this fuzzing: a pasted 1e308 realisasi made the display rounding NaN, and the
  // Kriteria lookup threw out of recalculate.
  it('a realisasi near Number.MAX_VALUE is graded, not thrown', () => {
    const grid = gridFromRows('Kinerja', [['Indikator', 'Polaritas', 'Target', 'Realisasi'], ['IK 1', 'Maksimal', 100.5, Number.MAX_VALUE], ['IK 2', 'Minimal', 1e-300, 5]]);
    const opts: RunOptions = { period: 'TW2', profile: PROFILES[0], lang: 'id', decimalSeparator: ',' };
    const result = recalculate(grid, opts);
    expect(writes(result.plan, 'Kinerja').get('1,5')).toBe('Tidak Dapat Disimpulkan');
    expect(result.summary?.npss).toEqual({ status: 'ok', value: 60, count: 1 });
  });

  it('an efficiency row with a capaian output near Number.MAX_VALUE is graded, not thrown', () => {
    const header = ['No', 'Kode', 'Kegiatan', 'Capaian Output (%)', 'Pagu Anggaran', 'Realisasi Anggaran', 'Capaian Input (%)', 'IE', 'TE', 'Capaian TE', 'Kategori'];
    const grid = gridFromRows('Efisiensi', [header, [1, 'A', 'Kegiatan', Number.MAX_VALUE, 1e-12, 1e-12]]);
    const result = recalculate(grid, { period: 'TW2', profile: PROFILES[0], lang: 'id', decimalSeparator: ',' });
    expect(writes(result.plan, 'Efisiensi').get('1,10')).toBe('Tidak Efisien');
  });
});
