/**
 * The preview's workbook: the source report's Triwulan II 2024 table (DUMAI_TW2_2024) laid out
 * as a planning officer keeps it in Excel — a title, one header row, Perspektif and Sasaran
 * written once per group, and the Capaian / Kriteria / Status the report printed (with its
 * slips, SPEC §11), so Periksa has something to point at and Hitung ulang visibly repaints.
 */
import { DUMAI_TW2_2024 } from '../src/core';
import { SimBook, SimCell, SimInput, simBook, simSheet } from '../excel-simulator/model';

/** The sheet that holds the table. */
export const DEMO_SHEET = 'Kinerja';
/** 0-based row of the header. */
export const DEMO_HEADER_ROW = 3;
/** Header texts, left to right (column A onwards). */
export const DEMO_HEADERS = [
  'No',
  'Perspektif',
  'Sasaran Strategis',
  'Indikator Kinerja',
  'Polaritas',
  'Target TW II',
  'Realisasi TW II',
  'Capaian (%)',
  'Kriteria',
  'Target Tahunan',
  'Capaian terhadap Target Tahunan (%)',
  'Status',
] as const;

// The reports' traffic lights on the printed Kriteria, as the source colours them.
const PRINTED_FILL: Readonly<Record<string, string>> = {
  'Tidak Dapat Disimpulkan': '#BDD7EE',
  'Sangat Baik': '#00B050',
  Baik: '#92D050',
  Cukup: '#FFFF00',
  Kurang: '#FF0000',
};

const HEADER_FILL = '#D9E1F2';
const header = (text: string): SimCell => ({ value: text, bold: true, fill: HEADER_FILL });
const num = (v: number | null): SimInput => (v === null ? '-' : { value: v, numberFormat: '0.00' });

/** A fresh copy of the preview workbook (period TW II saved in its settings). */
export function demoBook(): SimBook {
  const rows: SimInput[][] = [
    [{ value: 'Tabel 3.1 Pengukuran Kinerja Triwulan II Tahun 2024', bold: true }],
    ['Loka POM di Kota Dumai — periode Januari s.d. Juni 2024'],
    [],
    DEMO_HEADERS.map(header),
  ];
  let lastPerspektif = '';
  let lastSasaran = '';
  DUMAI_TW2_2024.forEach((r, i) => {
    const kriteriaFill = PRINTED_FILL[r.printedKriteria];
    rows.push([
      i + 1,
      r.perspektif === lastPerspektif ? null : r.perspektif,
      r.sasaran === lastSasaran ? null : r.sasaran,
      r.indikator,
      r.polaritas,
      num(r.target),
      num(r.realisasi),
      num(r.printedCapaian),
      kriteriaFill ? { value: r.printedKriteria, fill: kriteriaFill } : r.printedKriteria,
      num(r.targetTahunan),
      null,
      r.printedStatus,
    ]);
    lastPerspektif = r.perspektif;
    lastSasaran = r.sasaran;
  });
  rows.push([]);
  rows.push(['Sumber: LAKIN Loka POM di Kota Dumai Triwulan II 2024 (contoh untuk pratinjau)']);
  // Widths in points, roughly as the report's columns.
  const widths = [28, 90, 220, 260, 62, 62, 70, 66, 120, 70, 110, 110];
  const sheet = simSheet(DEMO_SHEET, rows, { columnWidths: Object.fromEntries(widths.map((w, i) => [i, w])) });
  return simBook([sheet], { settings: { 'sakip.period': 'TW2' }, decimalSeparator: ',' });
}
