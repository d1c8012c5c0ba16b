/**
 * A new, empty performance table on a sheet of its own, named so it takes no sheet of the
 * user's; undone like any other write.
 */
import type { Lang } from '../core';
import { templatePlan } from '../workbook';
import type { UndoToken, WorkbookPort } from '../workbook';
import { freeSheetName } from './sheets';

/** The template's sheet name in each language. */
export const TEMPLATE_SHEET: Readonly<Record<Lang, string>> = { id: 'Templat SAKIP', en: 'SAKIP Template' };

/** Writes the template on a new sheet and returns its name and the undo token. */
export async function makeTemplate(port: Pick<WorkbookPort, 'sheets' | 'apply'>, lang: Lang, onWrite?: (done: number, total: number) => void): Promise<{ readonly sheet: string; readonly token: UndoToken }> {
  const sheet = freeSheetName(TEMPLATE_SHEET[lang], await port.sheets());
  const token = await port.apply(templatePlan(lang, sheet), onWrite);
  return { sheet, token };
}
