/**
 * Every text the task pane shows, Indonesian first (the users are Indonesian civil servants),
 * English when Office is in English. One table, so a missing translation is a type error.
 */
import { Bilingual, Lang, formatMessage } from '../core';

/** The pane's texts, keyed by purpose; `{name}` marks a parameter. */
export const UI_TEXT = {
  title: { id: 'SAKIP untuk Excel', en: 'SAKIP for Excel' },
  intro: {
    id: 'Pilih lembar dan periode, tekan Periksa untuk melihat hal yang perlu diperbaiki, lalu tekan Hitung ulang untuk mengisi kolom capaian, kriteria, dan status.',
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
    id: 'Untuk sementara dipakai {period}, triwulan yang baru saja berakhir; ganti bila perlu.',
    en: 'For now {period} is used, the quarter that has just ended; change it if needed.',
  },
  periodFallbackLatest: {
    id: 'Untuk sementara dipakai {period}, triwulan terakhir di tabel; ganti bila perlu.',
    en: 'For now {period} is used, the last quarter in the table; change it if needed.',
  },
  // Why the headers did not decide, then the period used meanwhile.
  periodNoteGuess: { id: '{why} {guess}', en: '{why} {guess}' },
  switchPeriod: { id: 'Ganti ke {period}', en: 'Switch to {period}' },
  periodMissing: { id: 'Perhitungan tidak dijalankan. {note} Ganti periode di atas.', en: 'Nothing was calculated. {note} Change the period above.' },
  periodMissingChecked: { id: 'Pemeriksaan tidak dijalankan. {note} Ganti periode di atas.', en: 'Nothing was checked. {note} Change the period above.' },
  profile: { id: 'Profil aturan', en: 'Rule profile' },
  profileHint: {
    id: 'Tabel kriteria dan predikat yang dipakai. Pilihan ini disimpan di buku kerja dan juga berlaku untuk fungsi =SAKIP.*.',
    en: 'The criteria and predicate tables to apply. Saved in this workbook, and used by the =SAKIP.* functions too.',
  },
  // A profile imported from a file, as the picker names it.
  profileFromFile: { id: '{name} (dari berkas)', en: '{name} (from file)' },
  importProfile: { id: 'Impor profil (.json)…', en: 'Import profile (.json)…' },
  importProfileHint: {
    id: 'Berkas profil aturan (format sakip-profil/1, mis. hasil sakip profil ekspor yang sudah diubah). Profil disimpan di buku kerja ini, sehingga aturannya ikut terbawa bersama berkas.',
    en: 'A rule profile file (format sakip-profil/1, e.g. an edited export of sakip profil ekspor). The profile is saved in this workbook, so its rules travel with the file.',
  },
  exportProfile: { id: 'Simpan profil sebagai berkas', en: 'Save profile as a file' },
  profileExported: {
    id: 'Berkas {file} (profil "{name}") dibuat; cari di folder Unduhan. Berkas ini dapat diubah lalu diimpor lagi.',
    en: 'The file {file} (profile "{name}") was created; look in your Downloads folder. It can be edited and imported again.',
  },
  profileImported: {
    id: 'Profil aturan "{name}" dari berkas {file} dipakai dan disimpan di buku kerja ini.',
    en: 'Rule profile "{name}" from the file {file} is in use and saved in this workbook.',
  },
  profileImportFailed: {
    id: 'Berkas {file} tidak dipakai: {count} masalah (lihat Pengaturan). Profil aturan tidak berubah.',
    en: 'The file {file} was not used: {count} {count?problem|problems} (see Options). The rule profile is unchanged.',
  },
  profileProblemsTitle: {
    id: 'Berkas {file} bukan profil aturan yang sah; perbaiki hal berikut lalu impor lagi:',
    en: 'The file {file} is not a valid rule profile; fix the following, then import it again:',
  },
  profileUnreadable: { id: 'Berkas {file} tidak dapat dibaca ({message}). Profil aturan tidak berubah.', en: 'The file {file} could not be read ({message}). The rule profile is unchanged.' },
  storedProfileBroken: {
    id: 'Profil aturan yang tersimpan di buku kerja ini rusak, jadi untuk sementara dipakai {name}. Masalahnya: {problems}. Impor lagi berkas profil Anda atau pilih profil di Pengaturan.',
    en: 'The rule profile saved in this workbook is broken, so {name} is used for now. The problems: {problems}. Import your profile file again or pick a profile under Options.',
  },
  storedProfileUnknown: {
    id: 'Profil aturan "{id}" yang tersimpan di buku kerja ini tidak dikenal, jadi untuk sementara dipakai {name}. Pilih profil di Pengaturan.',
    en: 'The rule profile "{id}" saved in this workbook is unknown, so {name} is used for now. Pick a profile under Options.',
  },
  moreProblems: { id: 'dan {count} masalah lain', en: 'and {count} more {count?problem|problems}' },
  options: { id: 'Pengaturan', en: 'Options' },
  optionsHeader: { id: '{options}: {profile}', en: '{options}: {profile}' },
  optionsHeaderFormulas: { id: '{options}: {profile} · {formulas}', en: '{options}: {profile} · {formulas}' },
  formulasShort: { id: 'hasil berupa rumus', en: 'results as formulas' },
  writeFormulas: { id: 'Tulis hasil sebagai rumus =SAKIP.*', en: 'Write results as =SAKIP.* formulas' },
  writeFormulasHint: {
    id: 'Kolom hasil diisi rumus yang ikut berubah bila data diubah. Tanpa pilihan ini, hasil ditulis sebagai nilai tetap sehingga berkas tetap terbaca dengan benar tanpa add-in.',
    en: 'The output columns get formulas that follow changes in the data. Without this, fixed values are written, so the file reads correctly without the add-in.',
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
  batalkanHint: { id: 'Kembalikan isi sebelum Hitung ulang, Rekap atau Buat templat terakhir', en: 'Put back what was there before the last Recalculate, Consolidate or Create template' },
  rekap: { id: 'Rekap', en: 'Consolidate' },
  rekapHint: {
    id: 'Gabungkan lembar kinerja yang dicentang di bagian Rekap menjadi lembar Rekap Unit, Rekap Indikator dan Rekap Sasaran, dengan grafik NPSS per unit',
    en: 'Consolidate the performance sheets ticked under Rekap into the Unit Summary, Indicator Summary and Sasaran Summary sheets, with a chart of NPSS by unit',
  },
  // The Rekap section's header names the sheets it will read, so they are seen without opening it.
  rekapHeader: { id: 'Rekap: {count} lembar kinerja ({sheets})', en: 'Rekap: {count} performance {count?sheet|sheets} ({sheets})' },
  rekapHeaderNone: { id: 'Rekap: tidak ada lembar kinerja yang dipilih', en: 'Rekap: no performance sheet chosen' },
  rekapHeaderLoading: { id: 'Rekap: mencari lembar kinerja…', en: 'Rekap: looking for performance sheets…' },
  rekapSheetsLabel: { id: 'Lembar yang direkap (satu lembar per unit atau per triwulan)', en: 'Sheets to consolidate (one sheet per unit or per quarter)' },
  rekapNoSheets: {
    id: 'Tidak ada lembar dengan tabel kinerja di buku kerja ini. Rekap membaca lembar yang memiliki judul kolom Indikator, Target dan Realisasi.',
    en: 'No sheet of this workbook holds a performance table. Rekap reads sheets with the headers Indikator, Target and Realisasi.',
  },
  rekapAllPeriods: { id: 'Semua triwulan yang ada di judul kolom (tren satu unit)', en: 'Every quarter the column headers name (one unit\'s trend)' },
  rekapAllPeriodsHint: {
    id: 'Tanpa pilihan ini setiap lembar direkap untuk periode yang dipilih di atas ({period}). Dengan pilihan ini, lembar TW I–IV memberi empat laporan dan lembar Tren.',
    en: 'Without this, each sheet is consolidated for the period chosen above ({period}). With it, a TW I–IV sheet gives four reports and a Trend sheet.',
  },
  rekapReading: { id: 'Membaca lembar kinerja untuk rekap…', en: 'Reading the performance sheets to consolidate…' },
  rekapDone: {
    id: 'Rekap selesai: {units} laporan unit dari {sheets} lembar ditulis ke lembar {written}. Tekan Batalkan bila ingin menghapusnya.',
    en: 'Consolidation finished: {units} unit {units?report|reports} from {sheets} {sheets?sheet|sheets} written to {written}. Press Undo to remove {units?it|them}.',
  },
  rekapDoneFindings: {
    id: 'Rekap selesai: {units} laporan unit dari {sheets} lembar ditulis ke lembar {written}; {errors} kesalahan dan {warnings} peringatan (lihat Temuan). Tekan Batalkan bila ingin menghapusnya.',
    en: 'Consolidation finished: {units} unit {units?report|reports} from {sheets} {sheets?sheet|sheets} written to {written}; {errors} {errors?error|errors} and {warnings} {warnings?warning|warnings} (see Findings). Press Undo to remove them.',
  },
  // After a Rekap over an earlier one: what Batalkan can bring back of it (the owned-sheet snapshot keeps values and formulas).
  rekapReplacedUndo: {
    id: 'Lembar {sheets} menggantikan rekap sebelumnya: Batalkan mengembalikan nilai dan rumusnya saja, tanpa format angka, warna, huruf tebal dan grafiknya.',
    en: 'The {count?sheet|sheets} {sheets} replaced an earlier consolidation: Undo brings back its values and formulas only, not its number formats, fills, bold or chart.',
  },
  rekapNothing: {
    id: 'Rekap tidak ditulis: tidak ada laporan unit yang dapat direkap dari {sheets} (lihat Kesalahan).',
    en: 'Nothing was consolidated: no unit report could be read from {sheets} (see Errors).',
  },
  rekapWorkbook: { id: 'Buku kerja ini', en: 'This workbook' },
  // A unit's row: its name and the sheet it was read from.
  rekapUnitOnSheet: { id: '{unit} (lembar {sheet})', en: '{unit} (sheet {sheet})' },
  rekapUnitsTitle: { id: 'Rekap per unit', en: 'Consolidation by unit' },
  rekapUnitsCaption: { id: 'NPSS per unit, dari yang tertinggi', en: 'NPSS by unit, highest first' },
  colUnit: { id: 'Unit', en: 'Unit' },
  colPeriode: { id: 'Periode', en: 'Period' },
  colNpss: { id: 'NPSS', en: 'NPSS' },
  buatTemplat: { id: 'Buat templat', en: 'Create template' },
  buatTemplatHint: { id: 'Tambahkan lembar baru berisi tabel kinerja kosong dengan satu baris contoh', en: 'Add a new sheet with an empty performance table and one example row' },
  working: { id: 'Sedang diproses…', en: 'Working…' },
  reading: { id: 'Membaca lembar…', en: 'Reading the sheet…' },
  writing: { id: 'Menulis hasil… ({done} dari {total})', en: 'Writing results… ({done} of {total})' },
  undoing: { id: 'Mengembalikan isi semula…', en: 'Restoring the earlier contents…' },
  checked: {
    id: 'Pemeriksaan selesai: {rows} baris diperiksa; {errors} kesalahan, {warnings} peringatan, {infos} informasi.',
    en: 'Check finished: {rows} {rows?row|rows} checked; {errors} {errors?error|errors}, {warnings} {warnings?warning|warnings}, {infos} info.',
  },
  recalculated: {
    id: 'Hitung ulang selesai: {cells} sel diisi. Tekan Batalkan bila ingin mengembalikan isi semula.',
    en: 'Recalculation finished: {cells} {cells?cell|cells} written. Press Undo to put them back.',
  },
  // Written, but rows with errors were left out (written "-"): the user must see that, not a plain success.
  recalculatedErrors: {
    id: 'Hitung ulang selesai: {cells} sel diisi; {rows} baris tidak dihitung (lihat Kesalahan). Tekan Batalkan bila ingin mengembalikan isi semula.',
    en: 'Recalculation finished: {cells} {cells?cell|cells} written; {rows} {rows?row was|rows were} not calculated (see Errors). Press Undo to put them back.',
  },
  // Errors without a cell (none expected after a write, but never silent).
  recalculatedErrorsNoRow: {
    id: 'Hitung ulang selesai: {cells} sel diisi, tetapi ada {errors} kesalahan (lihat Kesalahan). Tekan Batalkan bila ingin mengembalikan isi semula.',
    en: 'Recalculation finished: {cells} {cells?cell|cells} written, but there {errors?is|are} {errors} {errors?error|errors} (see Errors). Press Undo to put them back.',
  },
  recalculatedWarnings: {
    id: 'Hitung ulang selesai: {cells} sel diisi; {warnings} peringatan (lihat Peringatan). Tekan Batalkan bila ingin mengembalikan isi semula.',
    en: 'Recalculation finished: {cells} {cells?cell|cells} written; {warnings} {warnings?warning|warnings} (see Warnings). Press Undo to put them back.',
  },
  // A message and what Excel added after it (a write that landed, then an error answer).
  withNote: { id: '{text} {note}', en: '{text} {note}' },
  templateMade: { id: 'Templat dibuat di lembar {sheet}.', en: 'Template created on sheet {sheet}.' },
  undone: { id: 'Isi semula sudah dikembalikan.', en: 'The earlier contents are back.' },
  undoNext: { id: 'Batalkan akan membatalkan {what} terakhir.', en: 'Undo will undo the last {what}.' },
  undoNextMore: {
    id: 'Batalkan akan membatalkan {what} terakhir; tekan lagi untuk {count} langkah sebelumnya.',
    en: 'Undo will undo the last {what}; press it again for the {count} earlier {count?step|steps}.',
  },
  undoFailed: { id: 'Pembatalan belum selesai: {message}. Tekan Batalkan lagi untuk menyelesaikannya.', en: 'Undo did not finish: {message}. Press Undo again to finish it.' },
  applyFailed: {
    id: 'Penulisan gagal di tengah jalan: {message}. Tekan Batalkan untuk mengembalikan isi semula.',
    en: 'Writing failed part-way: {message}. Press Undo to restore the earlier contents.',
  },
  failed: { id: 'Gagal: {message}', en: 'Failed: {message}' },
  noTable: {
    id: 'Tidak ada tabel kinerja di lembar ini. Pilih lembar lain, atau tekan Buat templat untuk membuat tabel baru.',
    en: 'There is no performance table on this sheet. Pick another sheet, or press Create template to make a new table.',
  },
  notComputed: {
    id: 'Perhitungan tidak dijalankan: tabel di lembar ini masih memuat {errors} kesalahan; perbaiki dulu (lihat Temuan).',
    en: 'Nothing was calculated: the table on this sheet still has {errors} {errors?error|errors}; fix {errors?it|them} first (see Findings).',
  },
  notComputedEmpty: {
    id: 'Perhitungan tidak dijalankan: tabel di lembar ini belum berisi baris indikator yang dapat dihitung.',
    en: 'Nothing was calculated: the table on this sheet has no indicator rows to calculate yet.',
  },
  profileSaved: { id: 'Profil aturan "{name}" dipakai dan disimpan di buku kerja ini.', en: 'Rule profile "{name}" is in use and saved in this workbook.' },
  findings: { id: 'Temuan', en: 'Findings' },
  // A heading or group with its count: "Temuan (3)".
  counted: { id: '{label} ({count})', en: '{label} ({count})' },
  noFindings: { id: 'Tidak ada temuan. Tabel siap dihitung.', en: 'No findings. The table is ready to calculate.' },
  // After Hitung ulang the table has been calculated already: "ready to calculate" would mislead.
  noFindingsAfterRun: { id: 'Tidak ada temuan.', en: 'No findings.' },
  severityError: { id: 'Kesalahan', en: 'Errors' },
  severityWarning: { id: 'Peringatan', en: 'Warnings' },
  severityInfo: { id: 'Informasi', en: 'Information' },
  goToCell: { id: 'Pilih sel {cell}', en: 'Select cell {cell}' },
  moreFindings: { id: '… dan {count} temuan lain', en: '… and {count} more {count?finding|findings}' },
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

/**
 * The text for `key` in `lang`, parameters filled in. English counts take their plural form
 * with `{count?one|many}` (the word for 1, else the other); Indonesian nouns have no plural.
 */
export function t(lang: Lang, key: TextKey, params: Readonly<Record<string, string | number>> = {}): string {
  const text = UI_TEXT[key][lang].replace(/\{(\w+)\?([^|}]*)\|([^}]*)\}/g, (whole, name: string, one: string, many: string) => (name in params ? (Number(params[name]) === 1 ? one : many) : whole));
  return formatMessage({ id: text, en: text }, lang, params);
}
