/** Small helpers shared by the kinerja and efficiency engines: texts, numbers, findings. */
import { Lang, formatEn, formatId, readNumber, roundAsDisplayed } from '../core';
import { a1, cellRef } from './a1';
import { FindingReason, WorkbookMessageCode, findingText } from './messages';
import { CellValue, Finding, Grid, Severity } from './types';

/** A cell value as one-line text (user text is kept as typed, whitespace collapsed). */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const s = String(v);
  // Most cells need no collapsing; testing first saves a replace per cell on large sheets.
  return MESSY_SPACE.test(s) ? s.replace(/[\s\u00a0]+/g, ' ').trim() : s.trim();
}
const MESSY_SPACE = /[\t\n\r\u00a0\u2007\u202f]|\s\s/;

/**
 * A value rounded as displayed (core's roundAsDisplayed), with a fast path: away from a
 * half-way point the plain rounding is already the display rounding. Categories are decided on
 * this value (SPEC §2), and large sheets decide hundreds of thousands of them.
 */
export function displayRound(value: number, decimals: number): number {
  if (decimals === 2 && Number.isFinite(value) && Math.abs(value) < 1e9) {
    const y = Math.abs(value) * 100;
    const frac = y - Math.floor(y);
    if (Math.abs(frac - 0.5) > 1e-6) {
      const r = Math.round(y) / 100;
      return value < 0 && r !== 0 ? -r : r;
    }
  }
  // Excel shows 15 significant digits: from 1e15 up there are no decimals left to round, and
  // core's decimal shift overflows to NaN near Number.MAX_VALUE (a pasted 1e308 realisasi).
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return value;
  return roundAsDisplayed(value, decimals);
}

/** A cell value as the user typed it; a number in the language's own decimal mark (`89,2`). */
export function typed(v: CellValue | undefined, lang: Lang): string {
  return typeof v === 'number' && lang === 'id' ? String(v).replace('.', ',') : cellText(v);
}

/** A number as the language prints it, 2 decimals. */
export function show(value: number, lang: Lang): string {
  return lang === 'id' ? formatId(value, 2) : formatEn(value, 2);
}

/** A long user text shortened for a message. */
export function short(s: string, max = 60): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** Collects findings of one sheet in one language. */
export class FindingSink {
  readonly list: Finding[] = [];
  constructor(
    readonly grid: Grid,
    readonly lang: Lang,
  ) {}

  /** A finding on a cell; `{ref}` is filled with `Sheet!A1`; `reason` picks the case's why (and todo). */
  at(row: number, col: number, severity: Severity, code: string, key: WorkbookMessageCode, params: Readonly<Record<string, string | number>> = {}, reason?: FindingReason): void {
    const { message, advice } = findingText(key, this.lang, { ...params, ref: cellRef(this.grid.sheet, row, col) }, reason);
    this.list.push({ sheet: this.grid.sheet, cell: a1(row, col), severity, code, message, advice });
  }

  /** A sheet-wide finding. */
  sheetWide(severity: Severity, code: string, key: WorkbookMessageCode, params: Readonly<Record<string, string | number>> = {}): void {
    const { message, advice } = findingText(key, this.lang, { sheet: this.grid.sheet, ...params });
    this.list.push({ sheet: this.grid.sheet, cell: null, severity, code, message, advice });
  }
}

/** What a cell already shows in a numeric output column, for the audit. */
export type Shown = { readonly kind: 'number'; readonly value: number; readonly text?: string } | { readonly kind: 'dash' } | { readonly kind: 'text'; readonly text: string } | null;

/** Reads an output cell's current content; null when blank (nothing to audit). */
export function readShown(v: CellValue, sep: ',' | '.'): Shown {
  const r = readNumber(v, sep);
  if (r.kind === 'blank') return null;
  if (r.kind === 'dash') return { kind: 'dash' };
  if (r.kind === 'number') return typeof v === 'string' ? { kind: 'number', value: r.value, text: cellText(v) } : { kind: 'number', value: r.value };
  return { kind: 'text', text: cellText(v) };
}

/**
 * True when a shown value agrees with the recomputed one on the displayed 2 decimals. A cell
 * formatted as percent holds the fraction (99,65 % is 0.9965), so ×100 also agrees.
 */
export function sameShown(shown: Exclude<Shown, null>, expected: number | null, decimals: number): boolean {
  if (expected === null) return shown.kind === 'dash';
  if (shown.kind !== 'number') return false;
  const e = displayRound(expected, decimals);
  return displayRound(shown.value, decimals) === e || displayRound(shown.value * 100, decimals) === e;
}

/** A shown value quoted for a message. */
export function quoteShown(shown: Exclude<Shown, null>, lang: Lang): string {
  if (shown.kind === 'number') return shown.text !== undefined ? `"${short(shown.text, 40)}"` : show(shown.value, lang);
  if (shown.kind === 'dash') return '"-"';
  return `"${short(shown.text, 40)}"`;
}

/** Compares category labels as people type them (case and spaces do not matter). */
export function sameLabel(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();
}
