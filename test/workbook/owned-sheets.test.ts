import { BPOM_UPT_2024, DUMAI_TW2_2024 } from '../../src/core';
import { rekapPlan } from '../../src/rekap';
import { rekapOf, trenOf, unitReport } from '../rekap/support/rekap-builder';
import { check, claimOwnedSheets, foreignOwnedSheets, gridFromRows, isOwnRekapSheet, isOwnSheet, isOwnedNamed, recalculate, templatePlan } from '../../src/workbook';
import type { Grid, WritePlan } from '../../src/workbook';

const opts = { period: 'TW2', profile: BPOM_UPT_2024, lang: 'id', decimalSeparator: ',' } as const;

/** The summary grid a real run writes, as the sheet would read back. */
function ownSummaryGrid(): Grid {
  const template = templatePlan('id', 'Kinerja').sheets[0];
  const block = template.blocks[0];
  const rows = block.values.map((r) => r.map((v) => (typeof v === 'object' && v !== null ? null : v)));
  const plan = recalculate(gridFromRows('Kinerja', rows, undefined, block.row, block.col), opts).plan;
  const summary = plan.sheets.find((s) => s.owned)!;
  const b = summary.blocks[0];
  return gridFromRows(summary.sheet, b.values.map((r) => r.map((v) => (typeof v === 'object' && v !== null ? null : v))), undefined, b.row, b.col);
}

describe('owned summary sheets never replace a user sheet', () => {
  it('recognises the summary the add-in wrote; an empty sheet (maybe holding a chart) is the user\'s', () => {
    expect(DUMAI_TW2_2024.length).toBeGreaterThan(0);
    expect(isOwnSheet(ownSummaryGrid())).toBe(true);
    expect(isOwnSheet(gridFromRows('Ringkasan', []))).toBe(false);
    expect(isOwnSheet(gridFromRows('Ringkasan', [['Catatan rapat pimpinan']]))).toBe(false);
  });

  it('lists the user sheets named like the summary', async () => {
    const sheets: Record<string, Grid> = {
      Kinerja: gridFromRows('Kinerja', [['x']]),
      Ringkasan: gridFromRows('Ringkasan', [['Catatan saya']]),
      'Ringkasan lama': ownSummaryGrid(),
      'Ringkasan grafik': gridFromRows('Ringkasan grafik', []),
    };
    const port = { read: async (name: string) => sheets[name] };
    expect([...(await foreignOwnedSheets(port, Object.keys(sheets)))]).toEqual(['ringkasan', 'ringkasan grafik']);
  });

  it('renames only owned sheets whose name is taken, and never twice the same', () => {
    const plan: WritePlan = { sheets: [{ sheet: 'Kinerja', owned: false, blocks: [] }, { sheet: 'Ringkasan', owned: true, blocks: [] }] };
    const taken = new Set(['ringkasan']);
    expect(claimOwnedSheets(plan, taken, 'Kinerja').sheets.map((s) => s.sheet)).toEqual(['Kinerja', 'Ringkasan Kinerja']);
    expect(claimOwnedSheets(plan, taken, 'Kinerja').sheets.map((s) => s.sheet)).toEqual(['Kinerja', 'Ringkasan Kinerja 2']);
    expect(claimOwnedSheets(plan, new Set(), 'Kinerja')).toEqual(plan);
  });
});

/** Every sheet a rekap plan writes (with a Tren), as the sheets would read back. */
function rekapGrids(lang: 'id' | 'en'): Grid[] {
  const quarters = (['TW1', 'TW2'] as const).map((periode, i) => unitReport({ unit: 'Loka POM di Kota Dumai', periode, npss: [95, 101.5][i] }));
  const plan = rekapPlan(rekapOf(quarters, trenOf(quarters, lang)), BPOM_UPT_2024, lang);
  return plan.sheets.map((sp) => gridFromRows(sp.sheet, sp.blocks[0].values.map((r) => r.map((v) => (typeof v === 'object' && v !== null ? null : v)))));
}

describe('owned rekap sheets (issue 16)', () => {
  it.each(['id', 'en'] as const)('recognises every rekap sheet the add-in writes (%s), by name and by content, and never checks one as a table', (lang) => {
    const grids = rekapGrids(lang);
    expect(grids).toHaveLength(4);
    for (const g of grids) {
      expect(isOwnedNamed(g.sheet)).toBe(true);
      expect(isOwnSheet(g)).toBe(true);
      expect(isOwnRekapSheet(g)).toBe(true);
      expect(check(g, opts).kind).toBeNull();
    }
    // A Ringkasan is ours but no rekap sheet (a Rekap never calls it stale).
    expect(isOwnRekapSheet(ownSummaryGrid())).toBe(false);
  });

  it('a user\'s sheet called Tren or Rekap Unit, with a title of its own, is theirs', async () => {
    const sheets: Record<string, Grid> = {
      Tren: gridFromRows('Tren', [['Tren penjualan: 2024'], ['Catatan']]),
      'Rekap Unit': gridFromRows('Rekap Unit', [['Rekap Unit: daftar pegawai'], ['Nama', 'NIP']]),
      'Rekap Sasaran': rekapGrids('id')[2],
      // No cells: maybe only the user's chart, which clearing the sheet would delete.
      Trend: gridFromRows('Trend', []),
    };
    const port = { read: async (name: string) => sheets[name] };
    expect([...(await foreignOwnedSheets(port, Object.keys(sheets)))]).toEqual(['tren', 'rekap unit', 'trend']);
  });

  it('a taken rekap sheet name is numbered, having no table to be named after', () => {
    const plan: WritePlan = { sheets: [{ sheet: 'Rekap Unit', owned: true, blocks: [] }, { sheet: 'Rekap Indikator', owned: true, blocks: [] }] };
    const taken = new Set(['rekap unit', 'rekap unit (2)']);
    expect(claimOwnedSheets(plan, taken, null).sheets.map((s) => s.sheet)).toEqual(['Rekap Unit (3)', 'Rekap Indikator']);
  });
});
