/**
 * The period of a run: the one the user chose, else the one the sheet's headers imply. The CLI
 * refuses to guess when the headers do not decide (several quarters, or a plain Target); the pane
 * offers the headers' choice and lets the user change it. Both read the same facts.
 */
import type { Lang } from '../core';
import { periodHasColumns, periodLabel, periodsOfSheet } from '../workbook';
import type { Grid, Period, PeriodsOfSheet } from '../workbook';
import { listText, say } from './texts';

/** The period decided for one sheet, with what the headers said. */
export interface PeriodChoice {
  /** The period to compute, or null when the user must choose. */
  readonly period: Period | null;
  /** Where it came from. */
  readonly source: 'chosen' | 'headers' | 'none';
  /** What the headers offer. */
  readonly offered: PeriodsOfSheet;
  /** A sentence for the user: which columns decided, or why nothing did; null when chosen and fine. */
  readonly note: string | null;
}

/** Decides the period of `grid`: `chosen` when given, else the headers' own. */
export function choosePeriod(grid: Grid, chosen: Period | null, lang: Lang): PeriodChoice {
  const offered = periodsOfSheet(grid, lang);
  if (chosen !== null) {
    const missing = offered.table !== null && offered.named.length > 0 && !periodHasColumns(offered, chosen);
    return { period: chosen, source: 'chosen', offered, note: missing ? periodNotInSheet(grid.sheet, chosen, offered, lang) : null };
  }
  if (offered.implied !== null) {
    const cells = offered.columns.filter((c) => c.period === offered.implied).map((c) => `${c.cell} "${c.text}"`);
    return { period: offered.implied, source: 'headers', offered, note: cells.length > 0 ? say(lang, 'periodFromHeaders', { period: periodLabel(offered.implied, lang), cells: cells.slice(0, 3).join(', ') }) : null };
  }
  const several = offered.named.length > 1;
  const note = several
    ? say(lang, 'periodSeveral', { sheet: grid.sheet, periods: listText(offered.named.map((p) => periodLabel(p, lang)), lang) })
    : offered.table !== null
      ? say(lang, 'periodUnnamed', { sheet: grid.sheet })
      : null;
  return { period: null, source: 'none', offered, note };
}

/** The sentence for a chosen period the sheet has no columns for, naming the ones it has. */
export function periodNotInSheet(sheet: string, period: Period, offered: PeriodsOfSheet, lang: Lang): string {
  return say(lang, 'periodNotInSheet', { sheet, period: periodLabel(period, lang), periods: listText(offered.named.map((p) => periodLabel(p, lang)), lang) });
}
