/**
 * The Ringkasan (summary) sheet the add-in owns: NPS per sasaran with its perspective, NP per
 * perspective, NPSS and predikat with their colours, the period and profile used, and a bar
 * chart of NPS per sasaran against a line of 100s (SPEC §4, §5). Names copied from the user's
 * cells are planned as literal text (and formatted `@`), never as formulas.
 */
import { Category, Lang, Nilai, RuleProfile, StrategySummary } from '../core';
import { rangeA1 } from './a1';
import { periodLabel } from './layout';
import { columnWidthsFor, wrapFor } from './column-widths';
import { NUMBER_FORMAT } from './output';
import { Period, PlannedValue, SheetPlan } from './types';

/** The name of the summary sheet. */
export const RINGKASAN_SHEET = 'Ringkasan';

const TEXTS = {
  id: {
    title: 'Ringkasan Kinerja',
    source: 'Sumber',
    period: 'Periode',
    profile: 'Profil aturan',
    no: 'No',
    perspektif: 'Perspektif',
    sasaran: 'Sasaran',
    nps: 'NPS',
    line: 'Batas 100',
    np: 'NP',
    predikat: 'Predikat',
    chart: 'NPS per sasaran',
    npss: 'NPSS',
  },
  en: {
    title: 'Performance Summary',
    source: 'Source',
    period: 'Period',
    profile: 'Rule profile',
    no: 'No',
    perspektif: 'Perspective',
    sasaran: 'Objective (sasaran)',
    nps: 'NPS',
    line: '100 line',
    np: 'NP',
    predikat: 'Predicate',
    chart: 'NPS per objective',
    npss: 'NPSS',
  },
} as const;

/**
 * Widths follow the texts up to 60 characters; a longer sasaran name (reports print 120 and more)
 * wraps in a taller row. A wider column would push NPS, NP and NPSS — the figures the sheet is
 * for — off a laptop screen beside the task pane (a review measured column C at 660 pt).
 */
const LIMITS = { min: 4, max: 60 };

/** Columns of the sheet: No, Perspektif, Sasaran, NPS, Batas 100, Predikat. */
const COLUMNS = 6;

interface Cell {
  value: PlannedValue;
  format: string;
  fill: string | null;
  bold: boolean;
}

/** The plan of the Ringkasan sheet for a summary of `sourceSheet`. */
export function ringkasanPlan(summary: StrategySummary, sourceSheet: string, period: Period, profile: RuleProfile, lang: Lang): SheetPlan {
  const t = TEXTS[lang];
  const values: PlannedValue[][] = [];
  const formats: (readonly string[])[] = [];
  const fills: (readonly (string | null)[])[] = [];
  const bolds: (readonly boolean[])[] = [];
  const blankFormats: readonly string[] = new Array<string>(COLUMNS).fill('General');
  const noFills: readonly null[] = new Array<null>(COLUMNS).fill(null);
  const notBold: readonly boolean[] = new Array<boolean>(COLUMNS).fill(false);
  const line = (...cells: Partial<Cell>[]): void => {
    const v: PlannedValue[] = new Array<PlannedValue>(COLUMNS).fill(null);
    const f = [...blankFormats];
    const c: (string | null)[] = [...noFills];
    const b = [...notBold];
    cells.forEach((cell, j) => {
      if (cell.value !== undefined) v[j] = cell.value;
      if (cell.format !== undefined) f[j] = cell.format;
      if (cell.fill !== undefined) c[j] = cell.fill;
      if (cell.bold !== undefined) b[j] = cell.bold;
    });
    values.push(v);
    formats.push(f);
    fills.push(c);
    bolds.push(b);
  };
  // `@` keeps a name such as `=HYPERLINK("x")` text even where an adapter writes through a text box.
  const text = (s: string, bold = false): Partial<Cell> => ({ value: s, format: '@', bold });
  const label = (s: string, bold = false): Partial<Cell> => ({ value: s, bold });
  const num = (n: Nilai): Partial<Cell> => (n.status === 'ok' ? { value: n.value, format: NUMBER_FORMAT } : { value: '-' });
  const grade = (c: Category | null): Partial<Cell> => (c ? { value: c.label, fill: c.colour } : { value: '-' });

  // Column A holds only the numbers of the sasaran table and the title (nothing follows it, so
  // it spills over): labels sit in the wide Perspektif column B, numbers in the NPS column D and
  // predikat in the Predikat column F, as in the sasaran table, so every column's width follows
  // the texts it holds (columnWidthsFor) and no label is cut off.
  const skip: Partial<Cell> = {};
  const npssLine = () => line(skip, label(t.npss, true), skip, { ...num(summary.npss), bold: true }, skip, { ...grade(summary.predikat), bold: true });
  line(text(`${t.title} — ${sourceSheet}`, true));
  line(skip, label(t.period), label(periodLabel(period, lang)));
  line(skip, label(t.profile), text(profile.name));
  npssLine();
  line();
  const sasaranHeader = values.length;
  line(label(t.no, true), label(t.perspektif, true), label(t.sasaran, true), label(t.nps, true), label(t.line, true), label(t.predikat, true));
  // One row per sasaran (there may be thousands): arrays straight, shared where they repeat.
  const sasaranFormats = ['General', '@', '@', NUMBER_FORMAT, NUMBER_FORMAT, 'General'];
  const dashFormats = ['General', '@', '@', 'General', NUMBER_FORMAT, 'General'];
  // A few predikat colours over thousands of rows: one fill row per colour.
  const predikatFills = new Map<string, readonly (string | null)[]>();
  summary.sasaran.forEach((s, i) => {
    const ok = s.nps.status === 'ok';
    values.push([i + 1, s.perspektif, s.nama, ok ? (s.nps as { value: number }).value : '-', 100, s.predikat?.label ?? '-']);
    formats.push(ok ? sasaranFormats : dashFormats);
    let fill: readonly (string | null)[] = noFills;
    if (s.predikat) {
      const colour = s.predikat.colour;
      fill = predikatFills.get(colour) ?? [null, null, null, null, null, colour];
      predikatFills.set(colour, fill);
    }
    fills.push(fill);
    bolds.push(notBold);
  });
  const sasaranLast = values.length - 1;
  line();
  line(skip, label(t.perspektif, true), skip, label(t.np, true), skip, label(t.predikat, true));
  for (const p of summary.perspektif) line(skip, text(p.nama), skip, num(p.np), skip, grade(p.predikat));
  line();
  npssLine();

  const block = { row: 0, col: 0, values, numberFormats: formats, fills, bold: bolds };
  const columnWidths = columnWidthsFor(block, LIMITS);
  const wrap = wrapFor(block, columnWidths);
  return {
    sheet: RINGKASAN_SHEET,
    owned: true,
    activate: true,
    blocks: [block],
    columnWidths,
    ...(wrap ? { wrap } : {}),
    // Sasaran names, NPS and the 100s: the chart's categories, bars and the 100 line.
    chart: { title: t.chart, dataRange: rangeA1(sasaranHeader, 2, Math.max(sasaranHeader + 1, sasaranLast), 4), anchor: 'H2' },
  };
}
