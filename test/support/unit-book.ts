/**
 * The open workbook of the pane's Rekap tests: the committed unit fixtures' performance sheets
 * (test/fixtures/rekap/unit-tw2-2024, made by scripts/make-rekap-fixtures.ts) copied into one
 * simulated workbook, one sheet per unit, as a Balai Besar's planner would gather them.
 */
import fs from 'fs';
import path from 'path';
import { SimBook, SimSheet, simBook, simSheet } from '../../excel-simulator';
import { simBookFromXlsx } from '../../excel-simulator/from-xlsx';

/** The folder of the unit fixtures and their files, in name order. */
export const UNIT_DIR = path.resolve(__dirname, '..', 'fixtures', 'rekap', 'unit-tw2-2024');
export const UNIT_FILES = fs.readdirSync(UNIT_DIR).filter((f) => f.endsWith('.xlsx')).sort();

/** A short sheet name per unit file (`balai-pom-di-batam-tw2-2024.xlsx` → `batam`). */
export const unitSheetOf = (file: string): string => file.replace(/-tw2-2024\.xlsx$/, '').replace(/^.*-di-/, '');

/** The Kinerja sheet of a fixture file, renamed. */
export async function kinerjaOf(file: string, name: string): Promise<SimSheet> {
  const b = await simBookFromXlsx(file);
  const k = b.sheets.find((s) => s.name === 'Kinerja');
  if (!k) throw new Error(`${file} has no Kinerja sheet`);
  return { ...k, name };
}

/** A notes sheet, then one performance sheet per unit fixture; `extra` sheets after them. */
export async function unitBook(extra: SimSheet[] = []): Promise<SimBook> {
  const units = await Promise.all(UNIT_FILES.map((f) => kinerjaOf(path.join(UNIT_DIR, f), unitSheetOf(f))));
  return simBook([simSheet('Catatan', [['Rekap TW II 2024 untuk rapat pimpinan']]), ...units, ...extra], { activeSheet: 'Catatan' });
}
