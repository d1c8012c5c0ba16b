/**
 * The rekap as sheets the add-in owns (issue 16): Rekap Unit (one row per unit report, with a
 * chart of NPSS by unit), Rekap Indikator (capaian, indicator × unit, kriteria colours), Rekap
 * Sasaran (NPS, sasaran × unit, predikat colours) and, for one unit's periods, Tren. Pure: a
 * WritePlan any adapter writes. Names copied from the reports are planned as literal text
 * (formatted `@`), never as formulas.
 */
import type { Lang, RuleProfile } from '../core';
import { NUMBER_FORMAT, a1, columnWidthsFor, periodLabel, rangeA1, wrapFor } from '../workbook';
import type { PlannedValue, SheetPlan, WriteBlock, WritePlan } from '../workbook';
import type { Grade, Rekap, Tren, UnitReport } from './model';
import { REKAP_SHEET_TEXTS, RekapSheetTexts } from './sheet-texts';
import { chronological, referencePeriod } from './tren';
import { unitCount } from './consolidate';

/** The number format of a change: always signed, so a fall reads as one (`+2.50`, `-1.25`). */
export const CHANGE_FORMAT = '+0.00;-0.00;0.00';

/** Row (0-based) of every rekap sheet's header; the title and the profile line sit above it. */
export const REKAP_HEADER_ROW = 3;

/**
 * Widths follow the texts up to 60 characters, as on Ringkasan: a longer indicator or sasaran
 * name (reports print 120 and more) wraps in a taller row instead of pushing the figures off screen.
 */
const LIMITS = { min: 4, max: 60 };

/** Every rekap sheet prints landscape, one page wide: a planner prints them into the LAKIN. */
const PRINT = { landscape: true, fitToWidth: true } as const;

/** Panes frozen below the header row and right of the first `columns` (the names a row is read by). */
const frozen = (columns: number): SheetPlan['freeze'] => ({ rows: REKAP_HEADER_ROW + 1, columns });

/** One planned cell. */
interface Cell {
  readonly value: PlannedValue;
  readonly format?: string;
  readonly fill?: string | null;
  readonly bold?: boolean;
}

const EMPTY: Cell = { value: null };

/** A name from a report: text, never a formula. */
const text = (s: string, bold = false): Cell => ({ value: s, format: '@', bold });
const label = (s: string): Cell => ({ value: s, bold: true });
const count = (n: number): Cell => ({ value: n });

/** A figure with its grade's colour; the not-assessed mark when there is no figure. */
function graded(value: number | null, grade: Grade | null, t: RekapSheetTexts): Cell {
  if (value === null) return { value: t.notAssessed };
  return { value, format: NUMBER_FORMAT, fill: grade?.colour ?? null };
}

/** A unit report's period as reports print it: `TW II 2024` (the year when known). */
export function unitPeriodLabel(u: UnitReport, lang: Lang): string {
  const p = periodLabel(u.periode, lang);
  return u.tahun === null ? p : `${p} ${u.tahun}`;
}

/** The plan of every rekap sheet; empty when the rekap holds no unit (nothing to write: the caller says so). */
export function rekapPlan(rekap: Rekap, profile: RuleProfile, lang: Lang): WritePlan {
  if (!rekap.units.length) return { sheets: [] };
  const t = REKAP_SHEET_TEXTS[lang];
  const sheets = [unitSheet(rekap, profile, t, lang), indikatorSheet(rekap, profile, t, lang), sasaranSheet(rekap, profile, t, lang)];
  if (rekap.tren) sheets.push(trenSheet(rekap.tren, profile, t));
  return { sheets };
}

/** The distinct period labels of the units, in chronological order. */
function periodLabels(rekap: Rekap, lang: Lang): string[] {
  return [...new Set([...rekap.units].sort(chronological).map((u) => unitPeriodLabel(u, lang)))];
}

/** The header of a unit's column: its name, and its period when the rekap spans several. */
function unitColumnHeaders(rekap: Rekap, lang: Lang): string[] {
  const several = periodLabels(rekap, lang).length > 1;
  return rekap.units.map((u) => (several ? `${u.unit} (${unitPeriodLabel(u, lang)})` : u.unit));
}

/** Title, profile line, a note (or a blank row), then the header row and the body. */
function sheetPlan(sheet: string, title: string, profile: RuleProfile, t: RekapSheetTexts, header: readonly Cell[], body: readonly (readonly Cell[])[], extra: Partial<SheetPlan> = {}, note?: string): SheetPlan {
  const width = header.length;
  const rows: (readonly Cell[])[] = [[text(title, true)], [text(`${t.profile}: ${profile.name}`)], note === undefined ? [] : [{ value: note }], header, ...body];
  const block = toBlock(rows, width);
  const columnWidths = columnWidthsFor(block, LIMITS);
  const wrap = wrapFor(block, columnWidths);
  return { sheet, owned: true, blocks: [block], columnWidths, ...(wrap ? { wrap } : {}), freeze: frozen(0), print: PRINT, ...extra };
}

/** Cells as one block at A1, every row `width` wide. */
function toBlock(rows: readonly (readonly Cell[])[], width: number): WriteBlock {
  const pad = (r: readonly Cell[]): readonly Cell[] => (r.length >= width ? r : [...r, ...new Array<Cell>(width - r.length).fill(EMPTY)]);
  const full = rows.map(pad);
  return {
    row: 0,
    col: 0,
    values: full.map((r) => r.map((c) => c.value)),
    numberFormats: full.map((r) => r.map((c) => c.format ?? 'General')),
    fills: full.map((r) => r.map((c) => c.fill ?? null)),
    bold: full.map((r) => r.map((c) => c.bold ?? false)),
  };
}

/** Rekap Unit: one row per unit report, in the rekap's order (see `reportOrder`, said in a note), and the chart of NPSS by unit. */
function unitSheet(rekap: Rekap, profile: RuleProfile, t: RekapSheetTexts, lang: Lang): SheetPlan {
  const perspektif = [...new Set(rekap.units.flatMap((u) => u.perspektif.map((p) => p.nama)))];
  // The Unit column names the chart's bars: a unit seen for several periods (one unit's quarters)
  // is told apart by its period, or the chart would show the same name on every bar.
  const seen = new Map<string, number>();
  for (const u of rekap.units) seen.set(u.unit, (seen.get(u.unit) ?? 0) + 1);
  const labels = rekap.units.map((u) => ((seen.get(u.unit) ?? 0) > 1 ? `${u.unit} (${unitPeriodLabel(u, lang)})` : u.unit));
  // Unit and NPSS side by side: the chart's categories and bars are those two columns (the
  // Office adapter charts a range whose first column names the categories).
  const header = [t.no, t.unit, t.npss, t.predikat, t.periode, ...perspektif.map(t.np), t.assessed, t.indicators, t.errors, t.warnings, t.file].map(label);
  const body = rekap.units.map((u, i): Cell[] => [
    count(i + 1),
    text(labels[i]),
    graded(u.npss, null, t),
    u.predikat ? { value: u.predikat.label, fill: u.predikat.colour } : { value: t.notAssessed },
    { value: unitPeriodLabel(u, lang) },
    ...perspektif.map((nama) => {
      const p = u.perspektif.find((x) => x.nama === nama);
      return p ? graded(p.np, p.predikat, t) : EMPTY;
    }),
    count(u.counts.assessed),
    count(u.counts.indicators),
    count(u.counts.errors),
    count(u.counts.warnings),
    text(u.file),
  ]);
  const last = REKAP_HEADER_ROW + rekap.units.length;
  const title = t.unitTitle(rekap.units.length, unitCount(rekap.units), periodLabels(rekap, lang).join(', '));
  const chart = { title: t.chart, dataRange: rangeA1(REKAP_HEADER_ROW, 1, last, 2), anchor: a1(REKAP_HEADER_ROW, header.length + 1) };
  return sheetPlan(t.sheets.unit, title, profile, t, header, body, { activate: true, chart, freeze: frozen(2) }, t.order);
}

/** Rekap Indikator: capaian by indicator × unit report; `-` not assessed, blank where the unit lacks the indicator. */
function indikatorSheet(rekap: Rekap, profile: RuleProfile, t: RekapSheetTexts, lang: Lang): SheetPlan {
  const header = [t.perspektif, t.sasaran, t.indikator, ...unitColumnHeaders(rekap, lang)].map(label);
  const body = rekap.indikator.map((row): Cell[] => [text(row.perspektif), text(row.sasaran), text(row.nama), ...row.values.map((v) => (v ? graded(v.capaian, v.kriteria, t) : EMPTY))]);
  return sheetPlan(t.sheets.indikator, t.indikatorTitle(rekap.indikator.length, rekap.units.length, unitCount(rekap.units)), profile, t, header, body, { freeze: frozen(3) });
}

/** Rekap Sasaran: NPS by sasaran × unit report, in predikat colours. */
function sasaranSheet(rekap: Rekap, profile: RuleProfile, t: RekapSheetTexts, lang: Lang): SheetPlan {
  const header = [t.perspektif, t.sasaran, ...unitColumnHeaders(rekap, lang)].map(label);
  const body = rekap.sasaran.map((row): Cell[] => [text(row.perspektif), text(row.nama), ...row.values.map((v) => (v ? graded(v.nps, v.predikat, t) : EMPTY))]);
  return sheetPlan(t.sheets.sasaran, t.sasaranTitle(rekap.sasaran.length, rekap.units.length, unitCount(rekap.units)), profile, t, header, body, { freeze: frozen(2) });
}

/**
 * Tren: NPSS then each indicator by period, then the change against the earlier period (or the
 * same period a year before, per `tren.compare`) for every period that has one.
 */
function trenSheet(tren: Tren, profile: RuleProfile, t: RekapSheetTexts): SheetPlan {
  const periods = tren.periods;
  // One change column per period that has a period to compare with, headed by both.
  const compared = periods.map((_p, i) => ({ i, ref: referencePeriod(periods, i, tren.compare) })).filter((c) => c.ref >= 0);
  const header = [t.indikator, ...periods.map((p) => p.label), ...compared.map((c) => t.change(periods[c.i].label, periods[c.ref].label))].map(label);
  const line = (nama: Cell, values: readonly (number | null)[], change: readonly (number | null)[]): Cell[] => [
    nama,
    ...periods.map((_p, i) => (values[i] === null || values[i] === undefined ? { value: t.notAssessed } : { value: values[i], format: NUMBER_FORMAT })),
    ...compared.map(({ i }) => {
      const c = change[i];
      return c === null || c === undefined ? { value: t.notAssessed } : { value: c, format: CHANGE_FORMAT };
    }),
  ];
  const body = [line({ value: t.npss, bold: true }, tren.npss.values, tren.npss.change), ...tren.indikator.map((s) => line(text(s.nama), s.values, s.change))];
  return sheetPlan(t.sheets.tren, t.trenTitle(tren.unit, periods.map((p) => p.label).join(', ')), profile, t, header, body, { freeze: frozen(1) });
}
