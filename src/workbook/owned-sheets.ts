/**
 * The summary sheet the add-in owns is cleared before each write, so it must never be a sheet
 * the user made. A sheet named like the summary (`Ringkasan…`) is ours only when its first cell
 * holds the title ringkasanPlan writes; otherwise the summary gets a name of its own.
 * Shared by the task pane and the CLI (nothing is lost: DESIGN.md).
 */
import { RINGKASAN_SHEET } from './ringkasan';
import type { Grid, SheetPlan, WorkbookPort, WritePlan } from './types';

/** A1 of the summary sheet the add-in writes (ringkasanPlan's title line), in either language. */
const OWN_SUMMARY_TITLE = /^(?:Ringkasan Kinerja|Performance Summary) — /;

/** True when the grid is empty or is a summary sheet the add-in wrote. */
export function isOwnSummary(grid: Grid): boolean {
  const first = grid.values[0]?.[0];
  return grid.values.length === 0 || (grid.top === 0 && grid.left === 0 && typeof first === 'string' && OWN_SUMMARY_TITLE.test(first));
}

/** Whether a sheet is called like the summary (`Ringkasan…`, any case): ours or the user's. */
export function isSummaryNamed(name: string): boolean {
  return name.toLowerCase().startsWith(RINGKASAN_SHEET.toLowerCase());
}

/**
 * Lower-cased names of sheets called like the summary (`Ringkasan…`) that the add-in did not
 * write: the user's own, never to be replaced. Excel compares sheet names case-insensitively.
 */
export async function foreignSummarySheets(port: Pick<WorkbookPort, 'read'>, names: readonly string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (const name of names) {
    if (!isSummaryNamed(name)) continue;
    if (!isOwnSummary(await port.read(name))) taken.add(name.toLowerCase());
  }
  return taken;
}

/**
 * Renames owned sheets of a plan whose name is taken (the user's sheet, or another table's
 * summary in the same run) to `Ringkasan <sheet>`; `taken` holds lower-cased names and grows.
 */
export function claimOwnedSheets(plan: WritePlan, taken: Set<string>, sourceSheet: string): WritePlan {
  const sheets: SheetPlan[] = plan.sheets.map((sp) => {
    if (!sp.owned) return sp;
    let name = sp.sheet;
    for (let k = 1; taken.has(name.toLowerCase()); k++) {
      name = k === 1 ? `${sp.sheet} ${sourceSheet}`.slice(0, 31) : `${`${sp.sheet} ${sourceSheet}`.slice(0, 28)} ${k}`;
    }
    taken.add(name.toLowerCase());
    return name === sp.sheet ? sp : { ...sp, sheet: name };
  });
  return { sheets };
}
