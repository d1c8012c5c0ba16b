/**
 * Every text of the application layer and the command line, Indonesian first, English when asked:
 * one table read by core's formatMessage (like the pane's UI_TEXT and the engine's
 * WORKBOOK_MESSAGES), so the CLI and the adapters carry no inline strings.
 */
import { Bilingual, Lang, formatMessage } from '../core';

/** The texts, keyed by purpose; `{name}` marks a parameter. */
export const APP_TEXT = {
  severityError: { id: 'kesalahan', en: 'error' },
  severityWarning: { id: 'peringatan', en: 'warning' },
  severityInfo: { id: 'info', en: 'info' },
  summaryLine: {
    id: 'Diperiksa: {sheets} lembar ({tables} berisi tabel), {rows}; {errors} kesalahan, {warnings} peringatan, {infos} informasi',
    en: 'Checked: {sheets} {sheetWord} ({tables} with a table), {rows}; {errors} {errorWord}, {warnings} {warningWord}, {infos} info',
  },
  rowsIndikator: { id: '{count} indikator', en: '{count} {word}' },
  rowsKegiatan: { id: '{count} kegiatan', en: '{count} {word}' },
  periodSeveral: {
    id: 'Lembar {sheet} memuat kolom beberapa periode ({periods}); pilih periode yang dihitung.',
    en: 'The sheet {sheet} has columns for several periods ({periods}); choose the period to calculate.',
  },
  periodUnnamed: {
    id: 'Judul kolom lembar {sheet} tidak menyebut periode (kolom Target tanpa triwulan); pilih periode yang dihitung.',
    en: 'The headers of the sheet {sheet} name no period (a Target column without a quarter); choose the period to calculate.',
  },
  periodHowToChoose: {
    id: 'Di baris perintah: --periode {choices}; di panel: pilihan Periode.',
    en: 'On the command line: --periode {choices}; in the pane: the Period choice.',
  },
  periodFromHeaders: {
    id: 'Periode {period} dibaca dari judul kolom ({cells}).',
    en: 'Period {period} read from the column headers ({cells}).',
  },
  periodNotInSheet: {
    id: 'Lembar {sheet} tidak punya kolom untuk {period}; kolom yang ada untuk {periods}.',
    en: 'The sheet {sheet} has no columns for {period}; it has columns for {periods}.',
  },
} satisfies Record<string, Bilingual>;

/** A key of the application's text table. */
export type AppTextKey = keyof typeof APP_TEXT;

/** The text for `key` in `lang`, parameters filled in. */
export function say(lang: Lang, key: AppTextKey, params: Readonly<Record<string, string | number>> = {}): string {
  return formatMessage(APP_TEXT[key], lang, params);
}

/** A list as a sentence names it: `TW I, TW II dan TW III` / `TW I, TW II and TW III`. */
export function listText(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'dan'} ${items[items.length - 1]}`;
}
