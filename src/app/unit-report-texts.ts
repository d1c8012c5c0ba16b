/**
 * The findings of reading a workbook into unit reports (issue 16), Indonesian first, English
 * when asked: one table like APP_TEXT, each text naming the file, sheet or cell and what to do.
 */
import { Bilingual, Lang, formatMessage } from '../core';

/** The texts, keyed by finding code; `{name}` marks a parameter. */
export const UNIT_REPORT_TEXT = {
  'rekap-tanpa-kinerja': {
    id: 'Berkas {file} tidak memuat tabel pengukuran kinerja (lembar yang dibaca: {sheets}), jadi tidak ada unit yang direkap darinya. Pastikan lembarnya memiliki judul kolom Indikator, Target dan Realisasi (jalankan sakip periksa pada berkas ini untuk melihat sebabnya), atau keluarkan berkas ini dari rekap.',
    en: 'The file {file} has no performance table (sheets read: {sheets}), so no unit is consolidated from it. Make sure a sheet has the headers Indikator, Target and Realisasi (run sakip periksa on the file to see why), or leave the file out of the rekap.',
  },
  'rekap-efisiensi-bukan-unit': {
    id: 'Lembar {sheets} berisi tabel efisiensi anggaran, bukan pengukuran kinerja: tidak direkap sebagai unit.',
    en: 'The sheet(s) {sheets} hold a budget-efficiency table, not a performance measurement: not consolidated as units.',
  },
  // The pane's option is quoted as its checkbox reads (src/taskpane/strings.ts rekapAllPeriods; app cannot import the pane).
  'rekap-periode-tidak-ada': {
    id: 'Lembar {sheet} tidak memiliki kolom {period}; yang ada hanya kolom {periods}. Lembar ini tidak direkap untuk {period}. Untuk merekap setiap lembar pada triwulan yang dimilikinya (mis. satu lembar per triwulan), centang "Semua triwulan yang ada di judul kolom (tren satu unit)" di bagian Rekap panel (di baris perintah: jalankan sakip rekap tanpa --periode); atau lengkapi kolom Target dan Realisasi {period}.',
    en: 'The sheet {sheet} has no {period} columns; it only has {periods} columns. It is not consolidated for {period}. To consolidate each sheet for the quarters it has (e.g. one sheet per quarter), tick "Every quarter the column headers name (one unit\'s trend)" in the pane\'s Rekap section (on the command line: run sakip rekap without --periode); or add the {period} Target and Realisasi columns.',
  },
  'rekap-periode-belum-dipilih': {
    id: 'Judul kolom lembar {sheet} tidak menyebut periode (kolom Target tanpa triwulan), jadi lembar ini tidak direkap. Pilih periodenya (di baris perintah: --periode {choices}) atau tulis triwulannya di judul kolom (mis. "Target TW II").',
    en: 'The headers of the sheet {sheet} name no period (a Target column without a quarter), so it is not consolidated. Choose the period (on the command line: --periode {choices}) or name the quarter in the headers (e.g. "Target TW II").',
  },
  'rekap-tidak-terhitung': {
    id: 'Lembar {sheet} ({period}) tidak dapat dihitung, jadi tidak direkap: {reason}',
    en: 'The sheet {sheet} ({period}) cannot be computed, so it is not consolidated: {reason}',
  },
  'rekap-tanpa-indikator': {
    id: 'Tabel lembar {sheet} tidak memiliki baris indikator (hanya judul kolom), jadi tidak direkap. Isi baris indikatornya di bawah judul kolom.',
    en: 'The table on the sheet {sheet} has no indicator rows (only its headers), so it is not consolidated. Fill in its indicator rows below the headers.',
  },
  'rekap-hanya-contoh': {
    id: 'Lembar {sheet} hanya memuat baris contoh dari Templat SAKIP ("Contoh: …"), bukan data unit, jadi tidak direkap sebagai unit. Isi baris indikatornya (lalu hapus baris contoh), atau keluarkan lembar ini dari rekap.',
    en: 'The sheet {sheet} holds only the SAKIP template\'s example row ("Example: …"), no unit\'s data, so it is not consolidated as a unit. Fill in its indicator rows (then delete the example row), or leave the sheet out of the rekap.',
  },
  'rekap-tahun-tidak-diketahui': {
    id: 'Tahun laporan lembar {sheet} tidak ditemukan (judul, judul kolom, sampul maupun nama berkas): tren antartahun tidak dapat mengurutkannya. Tulis tahunnya di judul (mis. "Tahun 2024") atau di nama berkas.',
    en: 'The report year of the sheet {sheet} was not found (title, headers, cover or file name): a trend across years cannot place it. Write the year in the title (e.g. "Tahun 2024") or in the file name.',
  },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** A finding code of reading unit reports. */
export type UnitReportCode = keyof typeof UNIT_REPORT_TEXT;

/** The text of `code` in `lang`, parameters filled in. */
export function unitReportText(lang: Lang, code: UnitReportCode, params: Readonly<Record<string, string | number>> = {}): string {
  return formatMessage(UNIT_REPORT_TEXT[code], lang, params);
}
