/**
 * A new performance sheet with the canonical headers, filled with the source report's
 * Triwulan II 2024 table (DUMAI_TW2_2024) so a user sees the layout the engine reads.
 */
import { DUMAI_TW2_2024, Lang } from '../core';
import { OUTPUT_HEADERS } from './layout';
import { NUMBER_FORMAT } from './output';
import { PlannedValue, WritePlan } from './types';

const HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  id: ['No', 'Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Polaritas', 'Target', 'Realisasi', OUTPUT_HEADERS.id.capaian!, OUTPUT_HEADERS.id.kriteria!, 'Target Tahunan', OUTPUT_HEADERS.id.capaianTahunan!, OUTPUT_HEADERS.id.status!],
  en: ['No', 'Perspective', 'Strategic Objective', 'Performance Indicator', 'Polarity', 'Target', 'Realisation', OUTPUT_HEADERS.en.capaian!, OUTPUT_HEADERS.en.kriteria!, 'Annual Target', OUTPUT_HEADERS.en.capaianTahunan!, OUTPUT_HEADERS.en.status!],
};

const TITLE: Readonly<Record<Lang, string>> = {
  id: 'Pengukuran Kinerja Triwulan II 2024 — Loka POM di Kota Dumai (contoh)',
  en: 'Performance measurement, Quarter II 2024 — Loka POM di Kota Dumai (example)',
};

const POLARITAS: Readonly<Record<Lang, Readonly<Record<'Maksimal' | 'Minimal', string>>>> = {
  id: { Maksimal: 'Maksimal', Minimal: 'Minimal' },
  en: { Maksimal: 'Maximize', Minimal: 'Minimize' },
};

/** Row of the header in the template (a title row and a blank row above it, as reports have). */
export const TEMPLATE_HEADER_ROW = 2;

/**
 * The template sheet: title, canonical headers, the TW II example with merged-style blanks
 * (a Perspektif or Sasaran is written once, blank below means "same as above"), outputs empty.
 */
export function templatePlan(lang: Lang, sheet = 'Kinerja'): WritePlan {
  const headers = HEADERS[lang];
  const width = headers.length;
  const values: PlannedValue[][] = [];
  const formats: string[][] = [];
  const bold: boolean[][] = [];
  const push = (row: PlannedValue[], fmt: string[] = new Array(width).fill('General'), b = false): void => {
    while (row.length < width) row.push(null);
    values.push(row);
    formats.push(fmt);
    bold.push(new Array(width).fill(b));
  };
  push([TITLE[lang]], undefined, true);
  push([]);
  push([...headers], new Array(width).fill('@'), true);
  let no = 0;
  let prevP = '';
  let prevS = '';
  for (const r of DUMAI_TW2_2024) {
    const newS = r.sasaran !== prevS || r.perspektif !== prevP;
    if (newS) no++;
    const dash = (v: number | null): PlannedValue => v ?? '-';
    push(
      [newS ? no : null, r.perspektif !== prevP ? r.perspektif : null, newS ? r.sasaran : null, r.indikator, POLARITAS[lang][r.polaritas], dash(r.target), dash(r.realisasi), null, null, r.targetTahunan, null, null],
      ['General', '@', '@', '@', '@', NUMBER_FORMAT, NUMBER_FORMAT, NUMBER_FORMAT, 'General', NUMBER_FORMAT, NUMBER_FORMAT, 'General'],
    );
    prevP = r.perspektif;
    prevS = r.sasaran;
  }
  return {
    sheets: [
      {
        sheet,
        owned: true,
        activate: true,
        blocks: [{ row: 0, col: 0, values, numberFormats: formats, bold }],
        columnWidths: { 0: 5, 1: 18, 2: 45, 3: 50, 4: 11, 5: 10, 6: 10, 7: 12, 8: 22, 9: 10, 10: 16, 11: 18 },
      },
    ],
  };
}
