/**
 * Findings as lines of text, for the CLI's output and any plain-text report of the pane:
 * `Kinerja!H9 peringatan: <message>`, the severity in words, no internal code (codes stay in the
 * JSON). A huge run's repeated info findings are grouped; errors and warnings never are.
 */
import { formatEn, formatId } from '../core';
import type { Lang } from '../core';
import { sheetRef } from '../workbook';
import type { Finding, Severity } from '../workbook';
import { AppTextKey, say } from './texts';

const SEVERITY_KEY: Readonly<Record<Severity, AppTextKey>> = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' };

/** The severity as the user reads it: kesalahan / peringatan / info (en: error / warning / info). */
export function severityWord(severity: Severity, lang: Lang): string {
  return say(lang, SEVERITY_KEY[severity]);
}

/** `Kinerja!H9 peringatan: …`; the message's own leading reference is not repeated. */
export function findingLine(f: Pick<Finding, 'sheet' | 'cell' | 'severity' | 'message'>, lang: Lang): string {
  const ref = f.cell !== null ? `${sheetRef(f.sheet)}!${f.cell}` : sheetRef(f.sheet);
  let message = f.message;
  for (const prefix of [`${ref}: `, `${ref} `, `${f.sheet}: `]) {
    if (message.startsWith(prefix)) {
      // `Kinerja!F12 (Target): …` keeps its column name: `Target: …`.
      message = message.slice(prefix.length).replace(/^\(([^)]*)\):\s*/, '$1: ');
      break;
    }
  }
  return `${ref} ${severityWord(f.severity, lang)}: ${message}`;
}

/** Info findings of one kind shown before the rest of that kind is counted in one line. */
export const INFO_SHOWN_PER_KIND = 20;

/** One line of a findings report: a finding, or the count of info findings of its kind not shown. */
export type ReportItem<F = Finding> = { readonly kind: 'finding'; readonly finding: F } | { readonly kind: 'more'; readonly code: string; readonly count: number };

/**
 * The findings to print, in order: every error and warning; of each kind (code) of info, the
 * first `perKind`, then one `more` item (where the first left out would have been) counting the rest.
 */
export function reportItems<F extends Pick<Finding, 'severity' | 'code'>>(findings: readonly F[], perKind = INFO_SHOWN_PER_KIND): ReportItem<F>[] {
  const total = new Map<string, number>();
  for (const f of findings) if (f.severity === 'info') total.set(f.code, (total.get(f.code) ?? 0) + 1);
  const seen = new Map<string, number>();
  const items: ReportItem<F>[] = [];
  for (const f of findings) {
    if (f.severity !== 'info') {
      items.push({ kind: 'finding', finding: f });
      continue;
    }
    const n = (seen.get(f.code) ?? 0) + 1;
    seen.set(f.code, n);
    if (n <= perKind) items.push({ kind: 'finding', finding: f });
    else if (n === perKind + 1) items.push({ kind: 'more', code: f.code, count: (total.get(f.code) ?? n) - perKind });
  }
  return items;
}

/** `… dan 16.500 temuan info lain sejenis`: the count in the language's number style. */
export function moreInfoText(count: number, lang: Lang): string {
  return say(lang, 'moreInfoSameKind', { count: (lang === 'en' ? formatEn : formatId)(count, 0) });
}
