/** What the .xlsx adapter tells the user when a write cannot be made, Indonesian first (like src/excel/messages.ts). */
import { Bilingual, Lang, formatMessage } from '../core';

/** The adapter's messages, keyed by purpose. */
export const XLSX_MESSAGES = {
  'write-failed': {
    id: 'Gagal menulis ke buku kerja: {reason}',
    en: 'Could not write to the workbook: {reason}',
  },
  'sheet-missing': {
    id: 'Lembar "{sheet}" tidak ada di buku kerja',
    en: 'The sheet "{sheet}" is not in the workbook',
  },
  // exceljs shows a merged area's value only in its master cell: writing into the area would
  // change a cell outside the output columns, so the write stops and says how to free the cell.
  'merged-cell': {
    id: 'sel {cell} ada di dalam sel gabungan {master}; pisahkan gabungan sel itu (Beranda › Gabung & Tengahkan) lalu jalankan lagi',
    en: 'the cell {cell} is inside the merged cells {master}; unmerge them (Home › Merge & Center) and run again',
  },
  // A workbook made empty (the rekap's) and saved before a plan gave it a sheet.
  'no-sheet': {
    id: 'buku kerja belum berisi lembar apa pun; tidak ada yang disimpan',
    en: 'the workbook has no sheet yet; nothing was saved',
  },
} satisfies Record<string, Bilingual>;

/** The adapter's text for `key` in `lang`. */
export function xlsxMessage(key: keyof typeof XLSX_MESSAGES, lang: Lang, params: Readonly<Record<string, string | number>>): string {
  return formatMessage(XLSX_MESSAGES[key], lang, params);
}
