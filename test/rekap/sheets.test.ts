/**
 * The rekap sheets' plan (issue 16): Rekap Unit, Rekap Indikator, Rekap Sasaran and Tren from
 * hand-made rekaps graded by real rule profiles — headers, order, values, the profile's colours,
 * signed changes, both languages, long names wrapped, no label cut off.
 */
import { BPOM_UPT_2024, PERMENPAN_RB_SKP_2022, PROFILES, RuleProfile } from '../../src/core';
import { NUMBER_FORMAT, PlannedValue, SheetPlan, WritePlan } from '../../src/workbook';
import { CHANGE_FORMAT, REKAP_HEADER_ROW, REKAP_SHEET_TEXTS, consolidate, rekapPlan } from '../../src/rekap';
import { AA_CONTRAST, BLACK, contrastRatio } from '../../src/core/ink';
import { cutOff } from '../support/column-fit';
import { rekapOf, trenOf, unitReport } from './support/rekap-builder';

const H = REKAP_HEADER_ROW;

/** The colour `profile` paints a label in `table`. */
function colour(profile: RuleProfile, table: 'kriteria' | 'predikat', labelText: string): string {
  const band = profile[table].find((b) => b.result.label === labelText);
  if (!band) throw new Error(`no ${table} ${labelText} in ${profile.id}`);
  return band.result.colour;
}

function sheet(plan: WritePlan, name: string): SheetPlan {
  const s = plan.sheets.find((x) => x.sheet === name);
  if (!s) throw new Error(`no sheet ${name} in ${plan.sheets.map((x) => x.sheet).join(', ')}`);
  return s;
}

const values = (s: SheetPlan): readonly (readonly PlannedValue[])[] => s.blocks[0].values;
const row = (s: SheetPlan, r: number): PlannedValue[] => [...values(s)[r]];
const fill = (s: SheetPlan, r: number, c: number) => s.blocks[0].fills?.[r][c];
const format = (s: SheetPlan, r: number, c: number) => s.blocks[0].numberFormats?.[r][c];

const dumai = unitReport({
  unit: 'Loka POM di Kota Dumai',
  npss: 105.25,
  perspektif: [{ nama: 'Stakeholder', np: 110 }, { nama: 'Internal Process', np: 100.5 }],
  sasaran: [{ nama: 'Obat aman', nps: 105 }, { perspektif: 'Internal Process', nama: 'Pengawasan efektif', nps: 100.5 }],
  indikator: [
    { nama: 'Persentase obat yang memenuhi syarat', capaian: 103.52 },
    { nama: 'Jumlah sampel diuji', capaian: null },
    { nama: 'Indeks kepuasan', capaian: 95 },
  ],
  counts: { errors: 1, warnings: 2 },
});
const pekanbaru = unitReport({
  unit: 'Balai Besar POM di Pekanbaru',
  npss: 92,
  perspektif: [{ nama: 'Stakeholder', np: 98 }, { nama: 'Learning & Growth', np: 86 }],
  sasaran: [{ nama: 'Obat aman', nps: 98 }],
  indikator: [
    { nama: 'Persentase obat yang memenuhi syarat', capaian: 88 },
    { nama: 'Indeks kepuasan', capaian: 40 },
  ],
});
const inhil = unitReport({ unit: 'Loka POM di Kabupaten Indragiri Hilir', npss: null, indikator: [{ nama: 'Persentase obat yang memenuhi syarat', capaian: null }] });
const three = rekapOf([dumai, pekanbaru, inhil]);

describe('rekapPlan: Rekap Unit', () => {
  const plan = rekapPlan(three, BPOM_UPT_2024, 'id');
  const s = sheet(plan, 'Rekap Unit');

  it('writes the three sheets the rekap needs, owned, Rekap Unit first and active (no Tren without a trend)', () => {
    expect(plan.sheets.map((x) => [x.sheet, x.owned])).toEqual([['Rekap Unit', true], ['Rekap Indikator', true], ['Rekap Sasaran', true]]);
    expect(s.activate).toBe(true);
  });

  it('titles the sheet with what it shows, how many units and the period, and names the profile', () => {
    expect(values(s)[0][0]).toBe('Rekap Unit: 3 laporan dari 3 unit, TW II 2024');
    expect(values(s)[1][0]).toBe(`Profil aturan: ${BPOM_UPT_2024.name}`);
    // The order is said under the title: with several periods per unit it is not plain NPSS order.
    expect(values(s)[2][0]).toBe('Urutan: unit menurut NPSS periode terakhirnya (tertinggi dulu), laporan satu unit berurutan menurut periode');
  });

  it('heads the columns with one NP per perspective, in first-seen order, bold', () => {
    expect(row(s, H)).toEqual(['No', 'Unit', 'NPSS', 'Predikat', 'Periode', 'NP Stakeholder', 'NP Internal Process', 'NP Learning & Growth', 'Indikator dinilai', 'Jumlah indikator', 'Kesalahan', 'Peringatan', 'Berkas']);
    expect(s.blocks[0].bold?.[H].every(Boolean)).toBe(true);
  });

  it('gives one row per unit report in the rekap\'s order, blank where a unit lacks a perspective and - where it is not assessed', () => {
    expect(row(s, H + 1)).toEqual([1, 'Loka POM di Kota Dumai', 105.25, 'Istimewa', 'TW II 2024', 110, 100.5, null, 2, 3, 1, 2, 'loka-pom-di-kota-dumai.xlsx']);
    expect(row(s, H + 2)).toEqual([2, 'Balai Besar POM di Pekanbaru', 92, 'Baik', 'TW II 2024', 98, null, 86, 2, 2, 0, 0, 'balai-besar-pom-di-pekanbaru.xlsx']);
    expect(row(s, H + 3)).toEqual([3, 'Loka POM di Kabupaten Indragiri Hilir', '-', '-', 'TW II 2024', null, null, null, 0, 1, 0, 0, 'loka-pom-di-kabupaten-indragiri-hilir.xlsx']);
    expect(values(s)).toHaveLength(H + 4);
  });

  it('paints the predikat and each NP in the profile\'s colours, and formats the figures with two decimals', () => {
    expect(fill(s, H + 1, 3)).toBe(colour(BPOM_UPT_2024, 'predikat', 'Istimewa'));
    expect(fill(s, H + 2, 3)).toBe(colour(BPOM_UPT_2024, 'predikat', 'Baik'));
    expect(fill(s, H + 3, 3)).toBeNull();
    expect(fill(s, H + 2, 7)).toBe(colour(BPOM_UPT_2024, 'predikat', 'Butuh Perbaikan'));
    expect([format(s, H + 1, 2), format(s, H + 1, 5)]).toEqual([NUMBER_FORMAT, NUMBER_FORMAT]);
    // Names from the reports are text, never formulas.
    expect([format(s, H + 1, 1), format(s, H + 1, 12)]).toEqual(['@', '@']);
  });

  it('plans a chart of NPSS by unit over the Unit and NPSS columns, header included, right of the table', () => {
    expect(s.chart).toEqual({ title: 'NPSS per unit', dataRange: `B${H + 1}:C${H + 4}`, anchor: 'O4' });
    // The range's first column is the categories (the unit names), the second the bars.
    expect(values(s).slice(H, H + 4).map((r) => [r[1], r[2]])).toEqual([['Unit', 'NPSS'], [dumai.unit, 105.25], [pekanbaru.unit, 92], [inhil.unit, '-']]);
  });
});

describe('rekapPlan: Rekap Indikator and Rekap Sasaran', () => {
  const plan = rekapPlan(three, BPOM_UPT_2024, 'id');

  it('matrix of capaian: indicator × unit, kriteria colours, - not assessed, blank where the unit lacks the indicator', () => {
    const s = sheet(plan, 'Rekap Indikator');
    expect(values(s)[0][0]).toBe('Rekap Indikator: capaian 3 indikator di 3 laporan dari 3 unit');
    expect(row(s, H)).toEqual(['Perspektif', 'Sasaran', 'Indikator', dumai.unit, pekanbaru.unit, inhil.unit]);
    expect(row(s, H + 1)).toEqual(['Stakeholder', 'Terwujudnya obat dan makanan yang aman', 'Persentase obat yang memenuhi syarat', 103.52, 88, '-']);
    expect(row(s, H + 2).slice(2)).toEqual(['Jumlah sampel diuji', '-', null, null]);
    expect(row(s, H + 3).slice(2)).toEqual(['Indeks kepuasan', 95, 40, null]);
    expect([fill(s, H + 1, 3), fill(s, H + 1, 4), fill(s, H + 1, 5)]).toEqual([colour(BPOM_UPT_2024, 'kriteria', 'Sangat Baik'), colour(BPOM_UPT_2024, 'kriteria', 'Cukup'), null]);
    expect(fill(s, H + 3, 4)).toBe(colour(BPOM_UPT_2024, 'kriteria', 'Kurang'));
    expect(format(s, H + 1, 3)).toBe(NUMBER_FORMAT);
  });

  it('matrix of NPS: sasaran × unit in predikat colours', () => {
    const s = sheet(plan, 'Rekap Sasaran');
    expect(row(s, H)).toEqual(['Perspektif', 'Sasaran', dumai.unit, pekanbaru.unit, inhil.unit]);
    expect(row(s, H + 1)).toEqual(['Stakeholder', 'Obat aman', 105, 98, null]);
    expect(row(s, H + 2)).toEqual(['Internal Process', 'Pengawasan efektif', 100.5, null, null]);
    expect([fill(s, H + 1, 2), fill(s, H + 1, 3)]).toEqual([colour(BPOM_UPT_2024, 'predikat', 'Istimewa'), colour(BPOM_UPT_2024, 'predikat', 'Baik')]);
  });

  it('names each unit column\'s period when the rekap spans several periods', () => {
    const tw1 = unitReport({ unit: 'Loka POM di Kota Dumai', periode: 'TW1', npss: 99, indikator: [{ nama: 'Indeks kepuasan', capaian: 90 }] });
    const tw2 = unitReport({ unit: 'Loka POM di Kota Dumai', periode: 'TW2', npss: 101, indikator: [{ nama: 'Indeks kepuasan', capaian: 95 }] });
    const p = rekapPlan(consolidate([tw2, tw1], 'id'), BPOM_UPT_2024, 'id');
    // One unit's reports in period order, counted as reports of one unit.
    expect(row(sheet(p, 'Rekap Indikator'), H).slice(3)).toEqual(['Loka POM di Kota Dumai (TW I 2024)', 'Loka POM di Kota Dumai (TW II 2024)']);
    expect(values(sheet(p, 'Rekap Unit'))[0][0]).toBe('Rekap Unit: 2 laporan dari 1 unit, TW I 2024, TW II 2024');
    expect(values(sheet(p, 'Rekap Sasaran'))[0][0]).toBe('Rekap Sasaran: NPS 0 sasaran di 2 laporan dari 1 unit');
  });

  it('tells one unit\'s periods apart in the Unit column the chart names its bars by; distinct units keep their plain names', () => {
    const tw1 = unitReport({ unit: 'Loka POM di Kota Dumai', periode: 'TW1', npss: 99 });
    const tw2 = unitReport({ unit: 'Loka POM di Kota Dumai', periode: 'TW2', npss: 101 });
    const s = sheet(rekapPlan(rekapOf([tw2, tw1]), BPOM_UPT_2024, 'id'), 'Rekap Unit');
    expect(values(s).slice(H + 1).map((r) => r[1])).toEqual(['Loka POM di Kota Dumai (TW II 2024)', 'Loka POM di Kota Dumai (TW I 2024)']);
    expect(s.chart?.dataRange).toBe(`B${H + 1}:C${H + 3}`);
    expect(values(sheet(rekapPlan(three, BPOM_UPT_2024, 'id'), 'Rekap Unit')).slice(H + 1).map((r) => r[1])).toEqual([dumai.unit, pekanbaru.unit, inhil.unit]);
  });

  it('uses the colours of the profile the units were graded by', () => {
    const u = unitReport({ unit: 'Dinas A', npss: 115, indikator: [{ nama: 'X', capaian: 125 }] }, PERMENPAN_RB_SKP_2022);
    const p = rekapPlan(rekapOf([u]), PERMENPAN_RB_SKP_2022, 'id');
    expect(fill(sheet(p, 'Rekap Indikator'), H + 1, 3)).toBe(u.indikator[0].kriteria!.colour);
    expect(fill(sheet(p, 'Rekap Unit'), H + 1, 3)).toBe(u.predikat!.colour);
    expect(values(sheet(p, 'Rekap Unit'))[1][0]).toBe(`Profil aturan: ${PERMENPAN_RB_SKP_2022.name}`);
  });
});

describe('rekapPlan: Tren', () => {
  const quarters = (['TW1', 'TW2', 'TW3', 'TW4'] as const).map((periode, i) =>
    unitReport({ unit: 'Loka POM di Kota Dumai', periode, npss: [95, 101.5, 99.25, null][i], indikator: [{ nama: 'Indeks kepuasan', capaian: [80, 92.5, 92.5, 97][i] }, { nama: 'Jumlah sampel diuji', capaian: [100, null, 104, 110][i] }] }),
  );
  const rekap = rekapOf(quarters, trenOf(quarters));

  it('writes NPSS then each indicator by period, and a signed change against the previous period', () => {
    const s = sheet(rekapPlan(rekap, BPOM_UPT_2024, 'id'), 'Tren');
    expect(values(s)[0][0]).toBe('Tren Loka POM di Kota Dumai: TW I 2024, TW II 2024, TW III 2024, TW IV 2024');
    expect(row(s, H)).toEqual(['Indikator', 'TW I 2024', 'TW II 2024', 'TW III 2024', 'TW IV 2024', 'Δ TW II 2024 vs TW I 2024', 'Δ TW III 2024 vs TW II 2024', 'Δ TW IV 2024 vs TW III 2024']);
    expect(row(s, H + 1)).toEqual(['NPSS', 95, 101.5, 99.25, '-', 6.5, -2.25, '-']);
    expect(row(s, H + 2)).toEqual(['Indeks kepuasan', 80, 92.5, 92.5, 97, 12.5, 0, 4.5]);
    expect(row(s, H + 3)).toEqual(['Jumlah sampel diuji', 100, '-', 104, 110, '-', '-', 6]);
    expect(s.blocks[0].numberFormats?.[H + 1]).toEqual(['General', NUMBER_FORMAT, NUMBER_FORMAT, NUMBER_FORMAT, 'General', CHANGE_FORMAT, CHANGE_FORMAT, 'General']);
  });

  it('compares with the same period a year before when the trend spans two years', () => {
    const y23 = unitReport({ unit: 'Loka POM di Kota Dumai', periode: 'TW2', tahun: 2023, npss: 90 });
    const y24 = unitReport({ unit: 'Loka POM di Kota Dumai', periode: 'TW2', tahun: 2024, npss: 100 });
    const tren = { ...trenOf([y23, y24]), compare: 'tahun' as const };
    const s = sheet(rekapPlan(rekapOf([y24, y23], tren), BPOM_UPT_2024, 'en'), 'Trend');
    expect(row(s, H)).toEqual(['Indicator', 'TW II 2023', 'TW II 2024', 'Δ TW II 2024 vs TW II 2023']);
    expect(row(s, H + 1)).toEqual(['NPSS', 90, 100, 10]);
  });

  it('heads each year-over-year change by both periods and leaves out the first year, which has nothing to compare with', () => {
    const reports = [2023, 2024].flatMap((tahun) =>
      (['TW1', 'TW2'] as const).map((periode, i) => unitReport({ unit: 'Loka POM di Kota Dumai', periode, tahun, npss: (tahun - 2023) * 10 + 90 + i, indikator: [{ nama: 'Indeks kepuasan', capaian: 80 + i }] })),
    );
    const rekap = consolidate(reports, 'id');
    expect(rekap.tren!.compare).toBe('tahun');
    const s = sheet(rekapPlan(rekap, BPOM_UPT_2024, 'id'), 'Tren');
    expect(row(s, H)).toEqual(['Indikator', 'TW I 2023', 'TW II 2023', 'TW I 2024', 'TW II 2024', 'Δ TW I 2024 vs TW I 2023', 'Δ TW II 2024 vs TW II 2023']);
    expect(row(s, H + 1)).toEqual(['NPSS', 90, 91, 100, 101, 10, 10]);
    expect(row(s, H + 2)).toEqual(['Indeks kepuasan', 80, 81, 80, 81, 0, 0]);
  });
});

describe('rekapPlan: layout for reading and printing', () => {
  it('freezes the panes below the header row and right of the names a row is read by, and prints landscape one page wide', () => {
    const quarters = (['TW1', 'TW2'] as const).map((periode) => unitReport({ unit: 'Loka A', periode, npss: 99, indikator: [{ nama: 'Indeks kepuasan', capaian: 90 }] }));
    const plan = rekapPlan(consolidate(quarters, 'id'), BPOM_UPT_2024, 'id');
    expect(plan.sheets.map((p) => [p.sheet, p.freeze])).toEqual([
      ['Rekap Unit', { rows: H + 1, columns: 2 }],
      ['Rekap Indikator', { rows: H + 1, columns: 3 }],
      ['Rekap Sasaran', { rows: H + 1, columns: 2 }],
      ['Tren', { rows: H + 1, columns: 1 }],
    ]);
    for (const p of plan.sheets) expect([p.sheet, p.print]).toEqual([p.sheet, { landscape: true, fitToWidth: true }]);
  });
});

describe('rekapPlan: languages, long names, readable fills, no units', () => {
  it('writes every sheet name and header in English from the same table', () => {
    const quarters = [unitReport({ unit: 'Loka A', periode: 'TW1', npss: 99, perspektif: [{ nama: 'Stakeholder', np: 99 }] }), unitReport({ unit: 'Loka A', periode: 'TW2', npss: 100 })];
    const plan = rekapPlan(rekapOf(quarters, trenOf(quarters, 'en')), BPOM_UPT_2024, 'en');
    expect(plan.sheets.map((s) => s.sheet)).toEqual(['Unit Summary', 'Indicator Summary', 'Sasaran Summary', 'Trend']);
    const u = sheet(plan, 'Unit Summary');
    expect(values(u)[0][0]).toBe('Unit Summary: 2 reports of 1 unit, TW I 2024, TW II 2024');
    expect(row(u, H)).toEqual(['No', 'Unit', 'NPSS', 'Predicate', 'Period', 'NP Stakeholder', 'Indicators assessed', 'Indicators', 'Errors', 'Warnings', 'File']);
    expect(u.chart?.title).toBe('NPSS by unit');
    expect(row(sheet(plan, 'Sasaran Summary'), H).slice(0, 2)).toEqual(['Perspective', 'Objective (sasaran)']);
    // No Indonesian word of the table is left in an English plan's labels.
    const id = REKAP_SHEET_TEXTS.id;
    const english = plan.sheets.flatMap((s) => [s.sheet, ...values(s)[H].filter((v): v is string => typeof v === 'string')]);
    for (const word of [id.periode, id.assessed, id.indicators, id.errors, id.warnings, id.file, id.sasaran, id.indikator]) expect(english).not.toContain(word);
  });

  it('wraps a long indicator name in a taller row, and cuts off no label or figure', () => {
    const long = 'Persentase obat dan makanan yang memenuhi syarat keamanan, manfaat dan mutu berdasarkan hasil pengujian laboratorium di wilayah kerja';
    const u = unitReport({ unit: 'Loka POM di Kota Dumai', npss: 100, indikator: [{ nama: long, capaian: 100 }] });
    const plan = rekapPlan(rekapOf([u, pekanbaru]), BPOM_UPT_2024, 'id');
    const s = sheet(plan, 'Rekap Indikator');
    expect(s.wrap?.columns).toEqual([2]);
    expect(s.wrap?.rowHeights[H + 1]).toBeGreaterThan(15);
    expect(s.columnWidths?.[2]).toBeLessThanOrEqual(60);
    for (const p of plan.sheets) {
      const b = p.blocks[0];
      const shown = b.values.map((r, i) => r.map((v, j) => ({ value: typeof v === 'object' && v !== null ? null : v, bold: b.bold?.[i][j], numFmt: b.numberFormats?.[i][j] })));
      const wrapping = { wraps: (c: number) => p.wrap?.columns.includes(c) ?? false, heightOf: (r: number) => p.wrap?.rowHeights[r] ?? 15 };
      expect([p.sheet, cutOff(shown, (c) => p.columnWidths?.[c] ?? 8.43, 0, 0, undefined, wrapping)]).toEqual([p.sheet, []]);
    }
  });

  it('keeps a name that looks like a formula as text', () => {
    const u = unitReport({ unit: '=HYPERLINK("http://x")', npss: 100 });
    const s = sheet(rekapPlan(rekapOf([u]), BPOM_UPT_2024, 'id'), 'Rekap Unit');
    expect([values(s)[H + 1][1], format(s, H + 1, 1)]).toEqual(['=HYPERLINK("http://x")', '@']);
  });

  it('paints only colours that Excel\'s default black text reads on at WCAG AA, for every built-in profile', () => {
    // The adapters write no font colour: the ink stays Excel's black, so every fill must suit it.
    for (const profile of PROFILES) {
      const units = [130, 101, 100, 95, 85, 75, 65, 55, 30].map((n, i) => unitReport({ unit: `U${i}`, npss: n, perspektif: [{ nama: 'P', np: n }], sasaran: [{ nama: 'S', nps: n }], indikator: [{ nama: 'I', capaian: n }] }, profile));
      const fills = new Set(rekapPlan(rekapOf(units), profile, 'id').sheets.flatMap((s) => s.blocks.flatMap((b) => (b.fills ?? []).flat())).filter((f): f is string => f !== null));
      expect(fills.size).toBeGreaterThanOrEqual(4);
      for (const f of fills) expect([profile.id, f, contrastRatio(f, BLACK) >= AA_CONTRAST]).toEqual([profile.id, f, true]);
    }
  });

  it('plans no sheet for a rekap of no unit (the caller writes no file and says so)', () => {
    expect(rekapPlan(rekapOf([]), BPOM_UPT_2024, 'id')).toEqual({ sheets: [] });
  });
});
