/**
 * The consolidation workflow's last step, shared by the CLI and the pane (issue 16): the unit
 * reports each file (or sheet) gave, and the files that could not be read, into one Rekap. A
 * file that failed is an error finding of the rekap, never a unit silently missing from it.
 */
import type { Lang } from '../core';
import { consolidate } from '../rekap';
import type { Rekap, RekapFinding, UnitReport } from '../rekap';
import { say } from './texts';

/** What reading one file gave: its unit reports and findings, or why it could not be read. */
export type FileReadOutcome =
  | { readonly file: string; readonly units: readonly UnitReport[]; readonly findings: readonly RekapFinding[] }
  | { readonly file: string; readonly failed: string };

/** The rekap of the files read, their findings first (in file order), then the consolidation's. */
export function rekapFromReads(reads: readonly FileReadOutcome[], lang: Lang): Rekap {
  const units: UnitReport[] = [];
  const findings: RekapFinding[] = [];
  for (const r of reads) {
    if ('failed' in r) {
      findings.push({ file: r.file, cell: null, severity: 'error', code: 'berkas-tidak-terbaca', message: `${r.failed.replace(/\.?$/, '.')} ${say(lang, 'rekapFileLeftOut')}`, advice: say(lang, 'rekapFileLeftOut') });
      continue;
    }
    units.push(...r.units);
    findings.push(...r.findings);
  }
  const rekap = consolidate(units, lang);
  return { ...rekap, findings: [...findings, ...rekap.findings] };
}
