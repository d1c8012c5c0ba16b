/**
 * The sheets worth offering: every sheet but the summary the add-in wrote itself (a user's own
 * sheet that happens to be called Ringkasan stays on offer: it is theirs).
 */
import type { Lang } from '../core';
import { foreignOwnedSheets, isOwnedNamed } from '../workbook';
import type { WorkbookPort } from '../workbook';
import { choosePeriod } from './period';

/** The workbook's sheets without the add-in's own Ringkasan sheets, in workbook order. */
export async function offeredSheets(port: Pick<WorkbookPort, 'sheets' | 'read'>): Promise<string[]> {
  const names = await port.sheets();
  // The user's own sheets named like the summary, by the one rule hitung protects them with.
  const theirs = await foreignOwnedSheets(port, names);
  return names.filter((name) => !isOwnedNamed(name) || theirs.has(name.toLowerCase()));
}

/**
 * The offered sheets that hold a performance (kinerja) table, in workbook order: those a Rekap
 * reads. The same test as the rekap's reader (choosePeriod's view of the headers), so the pane
 * lists exactly the sheets that will be consolidated.
 */
export async function performanceSheets(port: Pick<WorkbookPort, 'sheets' | 'read'>, lang: Lang): Promise<string[]> {
  const out: string[] = [];
  for (const name of await offeredSheets(port)) {
    if (choosePeriod(await port.read(name), null, lang).offered.table === 'kinerja') out.push(name);
  }
  return out;
}

/** A sheet name not yet in `taken` (`Templat SAKIP`, `Templat SAKIP (2)`, …); Excel compares names case-insensitively. */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((s) => s.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!lower.has(`${base} (${i})`.toLowerCase())) return `${base} (${i})`;
}
