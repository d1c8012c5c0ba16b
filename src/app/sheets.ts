/**
 * The sheets worth offering: every sheet but the summary the add-in wrote itself (a user's own
 * sheet that happens to be called Ringkasan stays on offer: it is theirs).
 */
import { foreignOwnedSheets, isOwnedNamed } from '../workbook';
import type { WorkbookPort } from '../workbook';

/** The workbook's sheets without the add-in's own Ringkasan sheets, in workbook order. */
export async function offeredSheets(port: Pick<WorkbookPort, 'sheets' | 'read'>): Promise<string[]> {
  const names = await port.sheets();
  // The user's own sheets named like the summary, by the one rule hitung protects them with.
  const theirs = await foreignOwnedSheets(port, names);
  return names.filter((name) => !isOwnedNamed(name) || theirs.has(name.toLowerCase()));
}

/** A sheet name not yet in `taken` (`Templat SAKIP`, `Templat SAKIP (2)`, …); Excel compares names case-insensitively. */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((s) => s.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!lower.has(`${base} (${i})`.toLowerCase())) return `${base} (${i})`;
}
