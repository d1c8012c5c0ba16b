/**
 * The sheet a pane opens on when the document names none: the first that holds a table (a
 * report often starts with a cover sheet), read in workbook order and no further than needed.
 */
import type { Lang } from '../core';
import { choosePeriod } from '../app';
import type { PeriodChoice } from '../app';
import type { Grid, WorkbookPort } from '../workbook';

/** The first of `names` with a table, its grid, and what its headers say about the period; null when none has one. */
export async function firstTableSheet(port: Pick<WorkbookPort, 'read'>, names: readonly string[], lang: Lang): Promise<{ readonly sheet: string; readonly grid: Grid; readonly choice: PeriodChoice } | null> {
  for (const sheet of names) {
    const grid = await port.read(sheet);
    const choice = choosePeriod(grid, null, lang);
    if (choice.offered.table !== null) return { sheet, grid, choice };
  }
  return null;
}
