/**
 * A workbook as Excel saves a target typed `95,19%` (SPEC §8): the number 0.9519 with the
 * format `0.00%`, beside a plain realisasi, beside the text "51,35%", and the text "95,19%" for
 * comparison; a plain target below makes the Target column one typed two ways. Built with exceljs
 * so the CLI (an .xlsx file) and the Office route (the simulated host loaded from its bytes) read
 * the same cells.
 */
import { Workbook } from 'exceljs';

/** Capaian of 51,35 against 95,19, as the engine computes it. */
export const PERCENT_CAPAIAN = (51.35 / 95.19) * 100;

/** The workbook: sheet `Kinerja`, header in row 1, indicators in rows 2–5 (E2, E3 percent-formatted). */
export function percentWorkbook(): Workbook {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Kinerja');
  ws.addRow(['Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Polaritas', 'Target Triwulan II', 'Realisasi Triwulan II', 'Capaian', 'Kriteria']);
  ws.addRow(['Stakeholder', 'SS1', 'Persentase A', 'Maksimal', 0.9519, 51.35]);
  ws.addRow(['Stakeholder', 'SS1', 'Persentase B', 'Maksimal', 0.9519, '51,35%']);
  ws.addRow(['Stakeholder', 'SS1', 'Persentase C', 'Maksimal', '95,19%', 51.35]);
  ws.addRow(['Stakeholder', 'SS2', 'Persentase D', 'Maksimal', 89.2, 88.89]);
  ws.getCell('E2').numFmt = '0.00%';
  ws.getCell('E3').numFmt = '0.00%';
  return wb;
}
