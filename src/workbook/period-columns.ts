/**
 * Which periods a sheet's headers offer, and the one they imply: `Target Triwulan II` and
 * `Realisasi Triwulan II` make a TW II table; `Target B03 … B12` offers four quarters; a plain
 * `Target` names none. The pane and the CLI both start from this (SPEC §1: the period decides
 * which target counts, so it is read from the sheet, never guessed silently).
 */
import type { Lang } from '../core';
import { a1 } from './a1';
import { HeaderColumn, detectLayout } from './layout';
import { PERIODS, periodOfQuarter, quarterOf } from './periods';
import type { Grid, Period } from './types';

/** The header roles whose column depends on the period. */
const PERIOD_ROLES: ReadonlySet<string> = new Set(['target', 'realisasi', 'capaian', 'kriteria', 'targetVolume', 'realisasiVolume', 'capaianOutput', 'pagu', 'realisasiAnggaran']);

/** One header cell that names a period. */
export interface PeriodColumn {
  /** A1 address of the header cell (`E4`). */
  readonly cell: string;
  readonly text: string;
  readonly period: Period;
}

/** What a sheet's headers say about the period. */
export interface PeriodsOfSheet {
  /** The kind of table found, or null when the sheet has none. */
  readonly table: 'kinerja' | 'efisiensi' | null;
  /** The periods the headers name, in picker order (`TW1`, `TW2`); empty when none is named. */
  readonly named: readonly Period[];
  /** The header cells that name them. */
  readonly columns: readonly PeriodColumn[];
  /** Whether the table has plain columns (`Target`, `Realisasi`) that serve any period. */
  readonly plain: boolean;
  /**
   * The period the headers imply: the one quarter named, or the year for a table whose columns
   * name no quarter and need none (an efficiency table, or a performance table without a plain
   * target); null when the user must choose (several quarters, or a plain Target column).
   */
  readonly implied: Period | null;
}

/** The periods the headers of `grid` offer. */
export function periodsOfSheet(grid: Grid, lang: Lang = 'id'): PeriodsOfSheet {
  const layout = detectLayout(grid, 'TAHUNAN', lang);
  if (!layout) return { table: null, named: [], columns: [], plain: false, implied: null };
  const timed = layout.headers.filter((h) => PERIOD_ROLES.has(h.role));
  const quartered = timed.filter((h): h is HeaderColumn & { quarter: 1 | 2 | 3 | 4 } => h.quarter !== null);
  const named = PERIODS.filter((p) => quartered.some((h) => h.quarter === quarterOf(p)));
  const columns = quartered.map((h) => ({ cell: a1(layout.headerRow, h.col), text: h.text, period: periodOfQuarter(h.quarter) }));
  const plain = timed.some((h) => h.quarter === null);
  const plainTarget = layout.kind === 'kinerja' && layout.headers.some((h) => h.role === 'target' && h.quarter === null);
  const implied = named.length === 1 ? named[0] : named.length === 0 && !plainTarget ? 'TAHUNAN' : null;
  return { table: layout.kind, named, columns, plain, implied };
}

/** Whether `period` can be computed from the sheet's columns: its quarter is named, or plain columns serve it. */
export function periodHasColumns(p: PeriodsOfSheet, period: Period): boolean {
  return p.named.includes(period) || (p.plain && p.named.length === 0);
}
