/**
 * Every text the task pane shows, Indonesian first (the users are Indonesian civil servants),
 * English when Office is in English. One table, so a missing translation is a type error.
 */
import { Bilingual, Lang, formatMessage } from '../core';

/** The pane's texts, keyed by purpose; `{name}` marks a parameter. */
export const UI_TEXT = {
  title: { id: 'SAKIP untuk Excel', en: 'SAKIP for Excel' },
  intro: {
    id: 'Pilih lembar dan periode, tekan Periksa untuk melihat masalah, lalu Hitung ulang untuk mengisi capaian, kriteria dan status.',
    en: 'Pick the sheet and period, press Check to see problems, then Recalculate to fill in achievement, criteria and status.',
  },
  sheet: { id: 'Lembar', en: 'Sheet' },
  noSheets: { id: '(tidak ada lembar)', en: '(no sheets)' },
  refreshSheets: { id: 'Muat ulang daftar lembar', en: 'Reload the list of sheets' },
  period: { id: 'Periode', en: 'Period' },
  periodTW1: { id: 'Triwulan I (B03)', en: 'Quarter I (B03)' },
  periodTW2: { id: 'Triwulan II (B06)', en: 'Quarter II (B06)' },
  periodTW3: { id: 'Triwulan III (B09)', en: 'Quarter III (B09)' },
  periodTW4: { id: 'Triwulan IV (B12)', en: 'Quarter IV (B12)' },
  periodTAHUNAN: { id: 'Tahunan', en: 'Annual' },
  profile: { id: 'Profil aturan', en: 'Rule profile' },
  profileHint: {
    id: 'Tabel kriteria dan predikat yang dipakai. Disimpan di dokumen ini dan juga dipakai fungsi =SAKIP.*.',
    en: 'The criteria and predicate tables to apply. Saved in this document and used by the =SAKIP.* functions too.',
  },
  options: { id: 'Pilihan', en: 'Options' },
  formulasShort: { id: 'rumus hidup', en: 'live formulas' },
  writeFormulas: { id: 'Tulis rumus =SAKIP.* yang hidup', en: 'Write live =SAKIP.* formulas' },
  writeFormulasHint: {
    id: 'Satu rumus per kolom hasil, ikut berubah bila data diubah. Tanpa pilihan ini yang ditulis adalah angka, sehingga file tetap terbaca tanpa add-in.',
    en: 'One formula per output column that updates when the data changes. Without it, plain numbers are written, so the file reads fine without the add-in.',
  },
  overwriteFormulas: { id: 'Timpa rumus di kolom hasil', en: 'Overwrite formulas in output columns' },
  overwriteFormulasHint: {
    id: 'Biasanya rumus buatan Anda di kolom Capaian, Kriteria atau Status dibiarkan dan dilaporkan. Centang hanya bila rumus itu boleh diganti.',
    en: 'Normally your own formulas in the Capaian, Kriteria or Status columns are kept and reported. Tick this only if they may be replaced.',
  },
  periksa: { id: 'Periksa', en: 'Check' },
  periksaHint: { id: 'Periksa isi tabel tanpa mengubah apa pun', en: 'Check the table without changing anything' },
  hitungUlang: { id: 'Hitung ulang', en: 'Recalculate' },
  hitungUlangHint: { id: 'Isi kolom capaian, kriteria dan status, dan buat lembar Ringkasan', en: 'Fill in the achievement, criteria and status columns, and build the Ringkasan (summary) sheet' },
  batalkan: { id: 'Batalkan', en: 'Undo' },
  batalkanHint: { id: 'Kembalikan sel yang diubah oleh penulisan terakhir', en: 'Put back the cells the last write changed' },
  buatTemplat: { id: 'Buat templat', en: 'Create template' },
  buatTemplatHint: { id: 'Tambah lembar baru berisi tabel kinerja kosong', en: 'Add a new sheet with an empty performance table' },
  working: { id: 'Sedang bekerja…', en: 'Working…' },
  reading: { id: 'Membaca lembar…', en: 'Reading the sheet…' },
  writing: { id: 'Menulis hasil… {done} dari {total} blok', en: 'Writing results… {done} of {total} blocks' },
  undoing: { id: 'Mengembalikan isi semula…', en: 'Restoring the earlier contents…' },
  checked: { id: 'Pemeriksaan selesai: {rows} baris diperiksa; {errors} kesalahan, {warnings} peringatan, {infos} informasi.', en: 'Check finished: {rows} rows checked; {errors} errors, {warnings} warnings, {infos} info.' },
  recalculated: { id: 'Hitung ulang selesai: {cells} sel ditulis. Tekan Batalkan untuk mengembalikannya.', en: 'Recalculation finished: {cells} cells written. Press Undo to put them back.' },
  templateMade: { id: 'Templat dibuat di lembar {sheet}.', en: 'Template created on sheet {sheet}.' },
  undone: { id: 'Isi semula sudah dikembalikan.', en: 'The earlier contents are back.' },
  undoFailed: { id: 'Batalkan belum selesai: {message}. Tekan Batalkan lagi untuk menyelesaikannya.', en: 'Undo did not finish: {message}. Press Undo again to finish it.' },
  applyFailed: {
    id: 'Penulisan gagal di tengah jalan: {message}. Tekan Batalkan untuk mengembalikan isi semula.',
    en: 'Writing failed part-way: {message}. Press Undo to restore the earlier contents.',
  },
  failed: { id: 'Gagal: {message}', en: 'Failed: {message}' },
  noTable: { id: 'Tabel kinerja tidak ditemukan di lembar ini.', en: 'No performance table was found on this sheet.' },
  notComputed: { id: 'Tidak ada yang dihitung: tabel di lembar ini belum lengkap ({errors} kesalahan, lihat temuan).', en: 'Nothing was calculated: the table on this sheet is incomplete ({errors} errors, see the findings).' },
  profileSaved: { id: 'Profil aturan "{name}" dipakai dan disimpan di dokumen.', en: 'Rule profile "{name}" is in use and saved in the document.' },
  findings: { id: 'Temuan', en: 'Findings' },
  noFindings: { id: 'Tidak ada temuan. Tabel siap dihitung.', en: 'No findings. The table is ready to calculate.' },
  severityError: { id: 'Kesalahan', en: 'Errors' },
  severityWarning: { id: 'Peringatan', en: 'Warnings' },
  severityInfo: { id: 'Informasi', en: 'Information' },
  goToCell: { id: 'Buka sel {cell}', en: 'Go to cell {cell}' },
  moreFindings: { id: '… dan {count} temuan lain', en: '… and {count} more findings' },
  summary: { id: 'Ringkasan', en: 'Summary' },
  npss: { id: 'NPSS (nilai peta strategi)', en: 'NPSS (strategy map score)' },
  npPerPerspektif: { id: 'NP per perspektif', en: 'NP per perspective' },
  npsPerSasaran: { id: 'NPS per sasaran strategis', en: 'NPS per strategic objective (sasaran)' },
  colPerspektif: { id: 'Perspektif', en: 'Perspective' },
  colSasaran: { id: 'Sasaran', en: 'Sasaran' },
  colNilai: { id: 'Nilai', en: 'Score' },
  colPredikat: { id: 'Predikat', en: 'Predicate' },
  notAssessed: { id: 'tidak dinilai', en: 'not assessed' },
  loading: { id: 'Memuat…', en: 'Loading…' },
} satisfies Record<string, Bilingual>;

/** A key of the pane's text table. */
export type TextKey = keyof typeof UI_TEXT;

/** The text for `key` in `lang`, parameters filled in. */
export function t(lang: Lang, key: TextKey, params: Readonly<Record<string, string | number>> = {}): string {
  return formatMessage(UI_TEXT[key], lang, params);
}
