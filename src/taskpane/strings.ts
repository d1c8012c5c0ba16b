/**
 * Every text the task pane shows, Indonesian first (the users are Indonesian civil servants),
 * English when Office is in English. One table, so a missing translation is a type error.
 */
import { Bilingual, Lang, formatMessage } from '../core';

/** The pane's texts, keyed by purpose; `{name}` marks a parameter. */
export const UI_TEXT = {
  title: { id: 'SAKIP untuk Excel', en: 'SAKIP for Excel' },
  intro: {
    id: 'Pilih lembar dan periode, tekan Periksa untuk melihat hal yang perlu diperbaiki, lalu Hitung ulang untuk mengisi kolom capaian, kriteria, dan status.',
    en: 'Pick the sheet and period, press Check to see what needs fixing, then Recalculate to fill in the achievement, criteria and status columns.',
  },
  sheet: { id: 'Lembar', en: 'Sheet' },
  noSheets: { id: '(tidak ada lembar)', en: '(no sheets)' },
  refreshSheets: { id: 'Muat ulang daftar lembar', en: 'Reload the list of sheets' },
  period: { id: 'Periode', en: 'Period' },
  periodReading: { id: 'Membaca judul kolom untuk menentukan periode…', en: 'Reading the column headers to find the period…' },
  periodFromTable: { id: 'Judul kolom tidak menyebut triwulan, jadi dipakai {period}.', en: 'The column headers name no quarter, so {period} is used.' },
  periodNoTable: {
    id: 'Di lembar {sheet} tidak ada tabel yang dikenali, jadi periode tidak dapat dibaca dari judul kolom.',
    en: 'The sheet {sheet} has no table the add-in recognises, so the period cannot be read from its column headers.',
  },
  periodHeadersUnread: { id: 'Judul kolom lembar {sheet} tidak dapat dibaca ({message}).', en: 'The column headers of the sheet {sheet} could not be read ({message}).' },
  periodFallbackToday: {
    id: 'Untuk sementara dipakai {period}, triwulan terakhir yang sudah berakhir; ganti bila perlu.',
    en: 'For now {period} is used, the last quarter that has ended; change it if needed.',
  },
  periodFallbackLatest: {
    id: 'Untuk sementara dipakai {period}, triwulan terakhir di tabel; ganti bila perlu.',
    en: 'For now {period} is used, the last quarter in the table; change it if needed.',
  },
  switchPeriod: { id: 'Ganti ke {period}', en: 'Switch to {period}' },
  periodMissing: { id: 'Tidak ada yang dihitung. {note} Ganti periode di atas.', en: 'Nothing was calculated. {note} Change the period above.' },
  profile: { id: 'Profil aturan', en: 'Rule profile' },
  profileHint: {
    id: 'Tabel kriteria dan predikat yang dipakai. Pilihan ini disimpan di dokumen dan juga berlaku untuk fungsi =SAKIP.*.',
    en: 'The criteria and predicate tables to apply. Saved in this document, and used by the =SAKIP.* functions too.',
  },
  options: { id: 'Pengaturan', en: 'Options' },
  formulasShort: { id: 'hasil berupa rumus', en: 'results as formulas' },
  writeFormulas: { id: 'Tulis hasil sebagai rumus =SAKIP.*', en: 'Write results as =SAKIP.* formulas' },
  writeFormulasHint: {
    id: 'Kolom hasil diisi rumus yang ikut berubah bila data diubah. Tanpa pilihan ini, hasil ditulis sebagai angka biasa sehingga file tetap terbaca dengan benar tanpa add-in.',
    en: 'The output columns get formulas that follow changes in the data. Without this, plain numbers are written, so the file reads correctly without the add-in.',
  },
  overwriteFormulas: { id: 'Timpa rumus di kolom hasil', en: 'Overwrite formulas in output columns' },
  overwriteFormulasHint: {
    id: 'Rumus buatan Anda di kolom Capaian, Kriteria, atau Status biasanya dibiarkan dan dicatat sebagai temuan. Centang ini hanya bila rumus tersebut boleh diganti.',
    en: 'Your own formulas in the Capaian, Kriteria or Status columns are normally kept and listed as findings. Tick this only if they may be replaced.',
  },
  periksa: { id: 'Periksa', en: 'Check' },
  periksaHint: { id: 'Periksa isi tabel tanpa mengubah apa pun', en: 'Check the table without changing anything' },
  hitungUlang: { id: 'Hitung ulang', en: 'Recalculate' },
  hitungUlangHint: { id: 'Isi kolom capaian, kriteria, dan status, lalu buat lembar Ringkasan', en: 'Fill in the achievement, criteria and status columns, and build the Ringkasan (summary) sheet' },
  batalkan: { id: 'Batalkan', en: 'Undo' },
  batalkanHint: { id: 'Kembalikan isi sel yang diubah pada penulisan terakhir', en: 'Put back the cells the last write changed' },
  buatTemplat: { id: 'Buat templat', en: 'Create template' },
  buatTemplatHint: { id: 'Tambahkan lembar baru berisi tabel kinerja kosong dengan satu baris contoh', en: 'Add a new sheet with an empty performance table and one example row' },
  working: { id: 'Sedang diproses…', en: 'Working…' },
  reading: { id: 'Membaca lembar…', en: 'Reading the sheet…' },
  writing: { id: 'Menulis hasil… ({done} dari {total})', en: 'Writing results… ({done} of {total})' },
  undoing: { id: 'Mengembalikan isi semula…', en: 'Restoring the earlier contents…' },
  checked: { id: 'Pemeriksaan selesai: {rows} baris diperiksa; {errors} kesalahan, {warnings} peringatan, {infos} informasi.', en: 'Check finished: {rows} rows checked; {errors} errors, {warnings} warnings, {infos} info.' },
  recalculated: { id: 'Hitung ulang selesai: {cells} sel diisi. Tekan Batalkan bila ingin mengembalikan isi semula.', en: 'Recalculation finished: {cells} cells written. Press Undo to put them back.' },
  templateMade: { id: 'Templat dibuat di lembar {sheet}.', en: 'Template created on sheet {sheet}.' },
  undone: { id: 'Isi semula sudah dikembalikan.', en: 'The earlier contents are back.' },
  undoFailed: { id: 'Batalkan belum selesai: {message}. Tekan Batalkan lagi untuk menyelesaikannya.', en: 'Undo did not finish: {message}. Press Undo again to finish it.' },
  applyFailed: {
    id: 'Penulisan gagal di tengah jalan: {message}. Tekan Batalkan untuk mengembalikan isi semula.',
    en: 'Writing failed part-way: {message}. Press Undo to restore the earlier contents.',
  },
  failed: { id: 'Gagal: {message}', en: 'Failed: {message}' },
  noTable: {
    id: 'Tidak ada tabel kinerja di lembar ini. Pilih lembar lain, atau tekan Buat templat untuk membuat tabel baru.',
    en: 'There is no performance table on this sheet. Pick another sheet, or press Create template to make a new table.',
  },
  notComputed: { id: 'Tidak ada yang dihitung: tabel di lembar ini belum lengkap ({errors} kesalahan, lihat temuan).', en: 'Nothing was calculated: the table on this sheet is incomplete ({errors} errors, see the findings).' },
  notComputedEmpty: {
    id: 'Tidak ada yang dihitung: tabel di lembar ini belum berisi baris indikator yang dapat dihitung.',
    en: 'Nothing was calculated: the table on this sheet has no indicator rows to calculate yet.',
  },
  profileSaved: { id: 'Profil aturan "{name}" dipakai dan disimpan di dokumen ini.', en: 'Rule profile "{name}" is in use and saved in this document.' },
  findings: { id: 'Temuan', en: 'Findings' },
  noFindings: { id: 'Tidak ada temuan. Tabel siap dihitung.', en: 'No findings. The table is ready to calculate.' },
  severityError: { id: 'Kesalahan', en: 'Errors' },
  severityWarning: { id: 'Peringatan', en: 'Warnings' },
  severityInfo: { id: 'Informasi', en: 'Information' },
  goToCell: { id: 'Pilih sel {cell}', en: 'Select cell {cell}' },
  moreFindings: { id: '… dan {count} temuan lain', en: '… and {count} more findings' },
  summary: { id: 'Ringkasan', en: 'Summary' },
  npss: { id: 'NPSS (nilai peta strategi)', en: 'NPSS (strategy map score)' },
  npPerPerspektif: { id: 'NP per perspektif', en: 'NP per perspective' },
  npsPerSasaran: { id: 'NPS per sasaran strategis', en: 'NPS per strategic objective (sasaran)' },
  colPerspektif: { id: 'Perspektif', en: 'Perspective' },
  colSasaran: { id: 'Sasaran', en: 'Objective' },
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
