/**
 * A new, empty performance sheet with the canonical headers the engine reads, one example row
 * (clearly marked, from no real office: a user must not inherit another office's numbers) and
 * a few empty formatted rows to fill, with drop-down lists for Polaritas and Perspektif.
 */
import { Lang, PROFILES } from '../core';
import { rangeA1 } from './a1';
import { columnWidthsFor } from './column-widths';
import { OUTPUT_HEADERS } from './layout';
import { NUMBER_FORMAT } from './output';
import { PlannedValue, ValidationPlan, WritePlan } from './types';

const HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  id: ['No', 'Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Polaritas', 'Target', 'Realisasi', OUTPUT_HEADERS.id.capaian!, OUTPUT_HEADERS.id.kriteria!, 'Target Tahunan', OUTPUT_HEADERS.id.capaianTahunan!, OUTPUT_HEADERS.id.status!],
  en: ['No', 'Perspective', 'Strategic Objective', 'Performance Indicator', 'Polarity', 'Target', 'Realisation', OUTPUT_HEADERS.en.capaian!, OUTPUT_HEADERS.en.kriteria!, 'Annual Target', OUTPUT_HEADERS.en.capaianTahunan!, OUTPUT_HEADERS.en.status!],
};

/** The words of the template a user reads: what to fill, and the example to delete. */
const TEXTS = {
  id: {
    title: 'Pengukuran Kinerja Triwulan … Tahun … — (nama unit kerja)',
    note: 'Isi periode dan nama unit kerja di judul, lalu isi tabel mulai baris 5. Baris 4 adalah contoh: hapus baris contoh ini sebelum menghitung.',
    example: 'Contoh: ',
    sasaran: 'Meningkatnya mutu layanan',
    indikator: 'Persentase sarana yang memenuhi ketentuan',
    polaritas: ['Maksimal', 'Minimal'],
    polaritasPrompt: 'Maksimal: makin tinggi makin baik. Minimal: makin rendah makin baik.',
    polaritasError: 'SAKIP mengenali Maksimal atau Minimal (juga Maks, Min, Stabil…). Lanjutkan bila kata ini salah satunya.',
    perspektifPrompt: 'Perspektif Balanced Scorecard indikator ini (boleh nama lain).',
    perspektifError: 'Nama perspektif lain boleh dipakai.',
  },
  en: {
    title: 'Performance measurement, Quarter … Year … — (name of the unit)',
    note: 'Fill in the period and the unit in the title, then the table from row 5. Row 4 is an example: delete this example row before computing.',
    example: 'Example: ',
    sasaran: 'Better quality of service',
    indikator: 'Percentage of facilities that meet the requirements',
    polaritas: ['Maximize', 'Minimize'],
    polaritasPrompt: 'Maximize: higher is better. Minimize: lower is better.',
    polaritasError: 'SAKIP recognises Maximize or Minimize (also Max, Min, Stabilize…). Go on if this word is one of them.',
    perspektifPrompt: 'The Balanced Scorecard perspective of this indicator (another name is fine).',
    perspektifError: 'Another perspective name may be used.',
  },
} as const;

/** The usual perspectives, offered as a hint only (offices name theirs differently). */
const PERSPEKTIF = ['Stakeholder', 'Internal Process', 'Learning & Growth'] as const;

/** The example row's numbers: capaian 76 / 80 × 100 = 95,00. */
const EXAMPLE = { target: 80, realisasi: 76, targetTahunan: 80 } as const;

/** Empty formatted rows below the example, for the user to fill. */
const EMPTY_ROWS = 5;

/** Rows below the header that get the drop-down lists (more than a table usually has). */
const VALIDATED_ROWS = 200;

/** How the template marks its example row's indicator (`Contoh: …`); the engine warns about a row so marked. */
export function isTemplateExample(indikator: string): boolean {
  const text = indikator.trim().toLowerCase();
  return [TEXTS.id.example, TEXTS.en.example].some((prefix) => text.startsWith(prefix.trim().toLowerCase()));
}

/** Row of the header in the template (a title row and a note row above it). */
export const TEMPLATE_HEADER_ROW = 2;

/** Row of the example row (right under the header). */
export const TEMPLATE_EXAMPLE_ROW = TEMPLATE_HEADER_ROW + 1;

const COLUMN = { perspektif: 1, polaritas: 4, kriteria: 8, status: 11 } as const;

/** The labels a run writes into the template's kriteria and status columns, under any profile. */
const LATER: Readonly<Record<number, readonly string[]>> = {
  [COLUMN.kriteria]: PROFILES.flatMap((p) => p.kriteria.map((b) => b.result.label)),
  [COLUMN.status]: PROFILES.flatMap((p) => p.status.map((b) => b.result.label)),
};

/** Number formats of a data row: text for the names, two decimals for the numbers. */
const ROW_FORMATS: readonly string[] = ['General', '@', '@', '@', '@', NUMBER_FORMAT, NUMBER_FORMAT, NUMBER_FORMAT, 'General', NUMBER_FORMAT, NUMBER_FORMAT, 'General'];

/** The template sheet: title and note to fill, canonical headers, one example row, empty rows; outputs empty. */
export function templatePlan(lang: Lang, sheet = 'Kinerja'): WritePlan {
  const t = TEXTS[lang];
  const headers = HEADERS[lang];
  const width = headers.length;
  const values: PlannedValue[][] = [];
  const formats: (readonly string[])[] = [];
  const bold: boolean[][] = [];
  const push = (row: PlannedValue[], fmt: readonly string[] = new Array<string>(width).fill('General'), b = false): void => {
    while (row.length < width) row.push(null);
    values.push(row);
    formats.push(fmt);
    bold.push(new Array<boolean>(width).fill(b));
  };
  push([t.title], undefined, true);
  push([t.note]);
  push([...headers], new Array<string>(width).fill('@'), true);
  push([1, PERSPEKTIF[0], t.example + t.sasaran, t.example + t.indikator, t.polaritas[0], EXAMPLE.target, EXAMPLE.realisasi, null, null, EXAMPLE.targetTahunan, null, null], ROW_FORMATS);
  for (let i = 0; i < EMPTY_ROWS; i++) push([], ROW_FORMATS);

  const first = TEMPLATE_EXAMPLE_ROW;
  const last = TEMPLATE_HEADER_ROW + VALIDATED_ROWS;
  const validations: ValidationPlan[] = [
    { range: rangeA1(first, COLUMN.polaritas, last, COLUMN.polaritas), title: headers[COLUMN.polaritas], list: t.polaritas, prompt: t.polaritasPrompt, error: t.polaritasError },
    { range: rangeA1(first, COLUMN.perspektif, last, COLUMN.perspektif), title: headers[COLUMN.perspektif], list: PERSPEKTIF, prompt: t.perspektifPrompt, error: t.perspektifError },
  ];
  const block = { row: 0, col: 0, values, numberFormats: formats, bold };
  return {
    sheets: [
      {
        sheet,
        owned: true,
        activate: true,
        blocks: [block],
        // A roomy minimum for the empty rows; columns fit their drop-down choices and what a run writes.
        columnWidths: columnWidthsFor({ ...block, later: { ...LATER, [COLUMN.perspektif]: PERSPEKTIF, [COLUMN.polaritas]: t.polaritas } }, { min: 10 }),
        validations,
      },
    ],
  };
}
