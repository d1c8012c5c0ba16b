import { BPOM_UPT_2024, DUMAI_TW2_2024 } from '../../src/core';
import { claimOwnedSheets, foreignSummarySheets, gridFromRows, isOwnSummary, recalculate, templatePlan } from '../../src/workbook';
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
  it('recognises the summary the add-in wrote, and an empty sheet', () => {
    expect(DUMAI_TW2_2024.length).toBeGreaterThan(0);
    expect(isOwnSummary(ownSummaryGrid())).toBe(true);
    expect(isOwnSummary(gridFromRows('Ringkasan', []))).toBe(true);
    expect(isOwnSummary(gridFromRows('Ringkasan', [['Catatan rapat pimpinan']]))).toBe(false);
  });

  it('lists the user sheets named like the summary', async () => {
    const sheets: Record<string, Grid> = {
      Kinerja: gridFromRows('Kinerja', [['x']]),
      Ringkasan: gridFromRows('Ringkasan', [['Catatan saya']]),
      'Ringkasan lama': ownSummaryGrid(),
    };
    const port = { read: async (name: string) => sheets[name] };
    expect([...(await foreignSummarySheets(port, Object.keys(sheets)))]).toEqual(['ringkasan']);
  });

  it('renames only owned sheets whose name is taken, and never twice the same', () => {
    const plan: WritePlan = { sheets: [{ sheet: 'Kinerja', owned: false, blocks: [] }, { sheet: 'Ringkasan', owned: true, blocks: [] }] };
    const taken = new Set(['ringkasan']);
    expect(claimOwnedSheets(plan, taken, 'Kinerja').sheets.map((s) => s.sheet)).toEqual(['Kinerja', 'Ringkasan Kinerja']);
    expect(claimOwnedSheets(plan, taken, 'Kinerja').sheets.map((s) => s.sheet)).toEqual(['Kinerja', 'Ringkasan Kinerja 2']);
    expect(claimOwnedSheets(plan, new Set(), 'Kinerja')).toEqual(plan);
  });
});
