/**
 * The reporting periods, once: their order, quarter, month code and labels, the words a user may
 * type for them, and which periods a table's headers offer. Every front end and the engine read
 * this table (SPEC §1: a LAKIN is made per quarter, TW I–IV, cumulative to month B03/B06/B09/B12,
 * or for the year).
 */
import type { Lang } from '../core';
import type { Period } from './types';

/** A quarter of the year. */
export type Quarter = 1 | 2 | 3 | 4;

/** What is known of one period. */
export interface PeriodInfo {
  readonly period: Period;
  /** The quarter the period ends, or null for the year. */
  readonly quarter: Quarter | null;
  /** BPOM's month code of the cumulative realisasi (B06 = to the end of June). */
  readonly monthCode: string | null;
  /** As reports print it in a sentence or a cell: `TW II`, `Tahunan`. */
  readonly short: Readonly<Record<Lang, string>>;
  /** As a picker shows it: `Triwulan II (B06)`. */
  readonly long: Readonly<Record<Lang, string>>;
  /** Other spellings a user may type (`--periode B06`, `TWII`, `Q2`), normalised upper case. */
  readonly aliases: readonly string[];
}

/** The periods in picker order. */
export const PERIOD_TABLE: readonly PeriodInfo[] = [
  { period: 'TW1', quarter: 1, monthCode: 'B03', short: { id: 'TW I', en: 'TW I' }, long: { id: 'Triwulan I (B03)', en: 'Quarter I (B03)' }, aliases: ['TW1', 'TWI', 'B03', 'Q1', 'TRIWULAN1', 'TRIWULANI'] },
  { period: 'TW2', quarter: 2, monthCode: 'B06', short: { id: 'TW II', en: 'TW II' }, long: { id: 'Triwulan II (B06)', en: 'Quarter II (B06)' }, aliases: ['TW2', 'TWII', 'B06', 'Q2', 'TRIWULAN2', 'TRIWULANII'] },
  { period: 'TW3', quarter: 3, monthCode: 'B09', short: { id: 'TW III', en: 'TW III' }, long: { id: 'Triwulan III (B09)', en: 'Quarter III (B09)' }, aliases: ['TW3', 'TWIII', 'B09', 'Q3', 'TRIWULAN3', 'TRIWULANIII'] },
  { period: 'TW4', quarter: 4, monthCode: 'B12', short: { id: 'TW IV', en: 'TW IV' }, long: { id: 'Triwulan IV (B12)', en: 'Quarter IV (B12)' }, aliases: ['TW4', 'TWIV', 'B12', 'Q4', 'TRIWULAN4', 'TRIWULANIV'] },
  { period: 'TAHUNAN', quarter: null, monthCode: null, short: { id: 'Tahunan', en: 'Annual' }, long: { id: 'Tahunan', en: 'Annual' }, aliases: ['TAHUNAN', 'TAHUN', 'ANNUAL', 'YEAR'] },
];

/** The periods in picker order. */
export const PERIODS: readonly Period[] = PERIOD_TABLE.map((p) => p.period);

const BY_PERIOD = new Map<Period, PeriodInfo>(PERIOD_TABLE.map((p) => [p.period, p]));

/** The table row of a period. */
export function periodInfo(period: Period): PeriodInfo {
  return BY_PERIOD.get(period) as PeriodInfo;
}

/** Whether a value (a saved setting, a picker's value) is a period. */
export function isPeriod(value: unknown): value is Period {
  return typeof value === 'string' && BY_PERIOD.has(value as Period);
}

/** The quarter a period ends, or null for the year. */
export function quarterOf(period: Period): Quarter | null {
  return periodInfo(period).quarter;
}

/** The period that ends with a quarter. */
export function periodOfQuarter(quarter: Quarter): Period {
  return PERIOD_TABLE.find((p) => p.quarter === quarter)!.period;
}

/** The period as reports print it (`TW II`, `Tahunan`). */
export function periodLabel(period: Period, lang: Lang = 'id'): string {
  return periodInfo(period).short[lang];
}

/** The period as a picker shows it (`Triwulan II (B06)`). */
export function periodLongLabel(period: Period, lang: Lang): string {
  return periodInfo(period).long[lang];
}

/** The period a typed word names (`TW2`, `tw-ii`, `B06`, `Q2`, `tahunan`), or null. */
export function parsePeriod(text: string): Period | null {
  const key = text.toUpperCase().replace(/[\s_.-]/g, '');
  return PERIOD_TABLE.find((p) => p.aliases.includes(key))?.period ?? null;
}

/** The words `--periode` accepts, for help and error texts: `TW1|TW2|TW3|TW4|TAHUNAN`. */
export const PERIOD_CHOICES = PERIODS.join('|');
