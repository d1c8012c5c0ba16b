/**
 * The rekap sheets through the Office adapter over Microsoft's real Excel client (issue 16, the
 * pane's Rekap): the owned sheets written with the profile's colours, an Excel chart of NPSS by
 * unit over the Unit and NPSS columns, the user's sheet untouched, and undo exact.
 */
import { BPOM_UPT_2024, predikat } from '../../src/core';
import { NUMBER_FORMAT } from '../../src/workbook';
import { REKAP_HEADER_ROW, rekapPlan } from '../../src/rekap';
import { OfficeWorkbookPort } from '../../src/excel';
import { SimBook, parseAddress, simBook, simSheet, snapshotSheet } from '../../excel-simulator';
import { closingClients, settle } from '../support/real-client';
import { rekapOf, trenOf, unitReport } from '../rekap/support/rekap-builder';

const real = closingClients();
const H = REKAP_HEADER_ROW;

const units = [
  unitReport({ unit: 'Loka POM di Kota Dumai', npss: 104.25, perspektif: [{ nama: 'Stakeholder', np: 104.25 }], indikator: [{ nama: 'Indeks kepuasan', capaian: 104.25 }] }),
  unitReport({ unit: 'Balai Besar POM di Pekanbaru', npss: 88.5, perspektif: [{ nama: 'Stakeholder', np: 88.5 }], indikator: [{ nama: 'Indeks kepuasan', capaian: 88.5 }] }),
  unitReport({ unit: 'Loka POM di Kabupaten Indragiri Hilir', npss: 60, perspektif: [{ nama: 'Stakeholder', np: 60 }], indikator: [{ nama: 'Indeks kepuasan', capaian: 60 }] }),
];

/** The open workbook: one performance sheet per unit, as the pane's Rekap reads it. */
function book(): SimBook {
  return simBook(units.map((u) => simSheet(u.unit.slice(-20), [['Indikator', 'Capaian'], ['Indeks kepuasan', u.indikator[0].capaian]])), { activeSheet: units[0].unit.slice(-20) });
}

function everything(b: SimBook) {
  return { active: b.activeSheet, sheets: b.sheets.map((s) => ({ name: s.name, snap: snapshotSheet(b, s.name), charts: s.charts.map((c) => ({ ...c })) })) };
}

describe('the rekap through the Office port (real client)', () => {
  for (const apiVersion of ['1.20', '1.9']) {
    it(`writes the rekap sheets and an Excel chart of NPSS by unit, and undo puts the workbook back exactly (ExcelApi ${apiVersion})`, async () => {
      const b = book();
      const c = real(b, { apiVersion });
      const port = new OfficeWorkbookPort({ excel: c.Excel, office: c.Office });
      const before = everything(b);
      const token = await port.apply(rekapPlan(rekapOf(units), BPOM_UPT_2024, 'id'));

      expect(b.sheets.map((s) => s.name).slice(3)).toEqual(['Rekap Unit', 'Rekap Indikator', 'Rekap Sasaran']);
      expect(b.activeSheet).toBe('Rekap Unit');
      const unit = snapshotSheet(b, 'Rekap Unit');
      expect(unit.values[H].slice(0, 5)).toEqual(['No', 'Unit', 'NPSS', 'Predikat', 'Periode']);
      expect(unit.values.slice(H + 1).map((r) => r.slice(0, 4))).toEqual([
        [1, 'Loka POM di Kota Dumai', 104.25, 'Istimewa'],
        [2, 'Balai Besar POM di Pekanbaru', 88.5, 'Butuh Perbaikan'],
        [3, 'Loka POM di Kabupaten Indragiri Hilir', 60, 'Kurang'],
      ]);
      expect(unit.fills.slice(H + 1).map((r) => r[3])).toEqual(units.map((u) => predikat(u.npss!, BPOM_UPT_2024).colour));
      expect(unit.numberFormats[H + 1][2]).toBe(NUMBER_FORMAT);
      expect(snapshotSheet(b, 'Rekap Indikator').values[H + 1]).toEqual(['Stakeholder', 'Terwujudnya obat dan makanan yang aman', 'Indeks kepuasan', 104.25, 88.5, 60]);

      // Headers (and the matrices' name columns) frozen, every sheet landscape and one page wide, as Excel was asked.
      expect(b.sheets.slice(3).map((s) => [s.name, s.freeze, s.pageLayout])).toEqual(
        [['Rekap Unit', 2], ['Rekap Indikator', 3], ['Rekap Sasaran', 2]].map(([name, columns]) => [name, { rows: H + 1, columns }, { orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } }]),
      );

      // The chart Excel was asked for: bars by column over the unit names and their NPSS.
      const charts = b.sheets.find((s) => s.name === 'Rekap Unit')!.charts;
      expect(charts).toEqual([expect.objectContaining({ type: 'BarClustered', title: 'NPSS per unit', seriesBy: 'Columns' })]);
      const source = parseAddress(charts[0].source)!;
      const data = snapshotSheet(b, 'Rekap Unit', source).values;
      expect(data).toEqual([['Unit', 'NPSS'], ...units.map((u) => [u.unit, u.npss])]);

      expect(token.notWritten).toBeUndefined();
      await port.undo(token);
      expect(everything(b)).toEqual(before);
      await settle();
      expect(c.host.stats.liveReferences).toBe(0);
    });
  }

  it('writes the Tren sheet in English for one unit\'s quarters, with the signed change', async () => {
    const quarters = (['TW1', 'TW2'] as const).map((periode, i) => unitReport({ unit: 'Loka POM di Kota Dumai', periode, npss: [95, 101.5][i] }));
    const b = book();
    const c = real(b);
    await new OfficeWorkbookPort({ excel: c.Excel, office: c.Office, lang: 'en' }).apply(rekapPlan(rekapOf([quarters[1], quarters[0]], trenOf(quarters, 'en')), BPOM_UPT_2024, 'en'));
    expect(b.sheets.map((s) => s.name).slice(3)).toEqual(['Unit Summary', 'Indicator Summary', 'Sasaran Summary', 'Trend']);
    const tren = snapshotSheet(b, 'Trend');
    expect(tren.values.slice(H, H + 2)).toEqual([
      ['Indicator', 'TW I 2024', 'TW II 2024', 'Δ TW II 2024 vs TW I 2024'],
      ['NPSS', 95, 101.5, 6.5],
    ]);
    expect(tren.numberFormats[H + 1][3]).toBe('+0.00;-0.00;0.00');
  });
});
