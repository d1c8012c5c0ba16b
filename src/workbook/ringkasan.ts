/**
 * The Ringkasan (summary) sheet the add-in owns: NPS per sasaran with its perspective, NP per
 * perspective, NPSS and predikat with their colours, the period and profile used, and a bar
 * chart of NPS per sasaran against a line of 100s (SPEC §4, §5). Names copied from the user's
 * cells are planned as literal text (and formatted `@`), never as formulas.
 */
import { Category, Lang, Nilai, RuleProfile, StrategySummary } from '../core';
import { rangeA1 } from './a1';
import { periodLabel } from './layout';
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

const WIDTH = 6;

interface Cell {
  value: PlannedValue;
  format: string;
  fill: string | null;
  bold: boolean;
}

/** The plan of the Ringkasan sheet for a summary of `sourceSheet`. */
export function ringkasanPlan(summary: StrategySummary, sourceSheet: string, period: Period, profile: RuleProfile, lang: Lang): SheetPlan {
  const t = TEXTS[lang];
  const rows: Cell[][] = [];
  const blank = (): Cell => ({ value: null, format: 'General', fill: null, bold: false });
  const line = (...cells: Partial<Cell>[]): void => {
    const r: Cell[] = [];
    for (let j = 0; j < WIDTH; j++) r.push({ ...blank(), ...(cells[j] ?? {}) });
    rows.push(r);
  };
  // `@` keeps a name such as `=HYPERLINK("x")` text even where an adapter writes through a text box.
  const text = (s: string, bold = false): Partial<Cell> => ({ value: s, format: '@', bold });
  const label = (s: string, bold = false): Partial<Cell> => ({ value: s, bold });
  const num = (n: Nilai): Partial<Cell> => (n.status === 'ok' ? { value: n.value, format: NUMBER_FORMAT } : { value: '-' });
  const grade = (c: Category | null): Partial<Cell> => (c ? { value: c.label, fill: c.colour } : { value: '-' });

  line(text(`${t.title} — ${sourceSheet}`, true));
  line(label(t.period), label(periodLabel(period, lang)));
  line(label(t.profile), text(profile.name));
  line(label(t.npss, true), { ...num(summary.npss), bold: true }, { ...grade(summary.predikat), bold: true });
  line();
  const sasaranHeader = rows.length;
  line(label(t.no, true), label(t.perspektif, true), label(t.sasaran, true), label(t.nps, true), label(t.line, true), label(t.predikat, true));
  summary.sasaran.forEach((s, i) => line({ value: i + 1 }, text(s.perspektif), text(s.nama), num(s.nps), { value: 100, format: NUMBER_FORMAT }, grade(s.predikat)));
  const sasaranLast = rows.length - 1;
  line();
  line(label(t.perspektif, true), label(t.np, true), label(t.predikat, true));
  for (const p of summary.perspektif) line(text(p.nama), num(p.np), grade(p.predikat));
  line();
  line(label(t.npss, true), { ...num(summary.npss), bold: true }, { ...grade(summary.predikat), bold: true });

  return {
    sheet: RINGKASAN_SHEET,
    owned: true,
    activate: true,
    blocks: [
      {
        row: 0,
        col: 0,
        values: rows.map((r) => r.map((c) => c.value)),
        numberFormats: rows.map((r) => r.map((c) => c.format)),
        fills: rows.map((r) => r.map((c) => c.fill)),
        bold: rows.map((r) => r.map((c) => c.bold)),
      },
    ],
    columnWidths: { 0: 6, 1: 22, 2: 60, 3: 10, 4: 10, 5: 18 },
    // Sasaran names, NPS and the 100s: the chart's categories, bars and the 100 line.
    chart: { title: t.chart, dataRange: rangeA1(sasaranHeader, 2, Math.max(sasaranHeader + 1, sasaranLast), 4), anchor: 'H2' },
  };
}
