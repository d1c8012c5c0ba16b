/**
 * Every text of the application layer and the command line, Indonesian first, English when asked:
 * one table read by core's formatMessage (like the pane's UI_TEXT and the engine's
 * WORKBOOK_MESSAGES), so the CLI and the adapters carry no inline strings.
 */
import { Bilingual, Lang, formatMessage } from '../core';
import type { FileVerdict } from '../xlsx';
import type { FileVerdictKind } from './file-verdict';

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
    id: 'Lembar {sheet} memuat kolom beberapa periode ({periods}); pilih periode yang akan dihitung.',
    en: 'The sheet {sheet} has columns for several periods ({periods}); choose the period to calculate.',
  },
  periodUnnamed: {
    id: 'Judul kolom lembar {sheet} tidak menyebut periode (kolom Target tanpa triwulan); pilih periode yang akan dihitung.',
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
    id: 'Lembar {sheet} tidak memiliki kolom {period}; yang ada hanya kolom {periods}.',
    en: 'The sheet {sheet} has no {period} columns; it only has {periods} columns.',
  },
  // Finding lines (report-lines.ts).
  moreInfoSameKind: { id: '… dan {count} temuan info lain sejenis', en: '… and {count} more info findings of this kind' },
  seeJson: { id: 'lihat --json', en: 'see --json' },

  // The command line: usage errors (exit 2), each naming the option and what it accepts.
  usageShort: { id: 'Pemakaian: sakip periksa|hitung|rekap BERKAS.xlsx… [opsi]', en: 'Usage: sakip periksa|hitung|rekap FILE.xlsx… [options]' },
  seeHelp: { id: 'lihat sakip --help', en: 'see sakip --help' },
  optionNeedsValue: { id: 'Opsi {option} memerlukan nilai', en: 'The option {option} needs a value' },
  unknownOption: { id: 'Opsi tidak dikenal: {option}', en: 'Unknown option: {option}' },
  unknownCommand: { id: 'Perintah tidak dikenal: {command} (gunakan periksa, hitung atau profil)', en: 'Unknown command: {command} (use periksa, hitung or profil)' },
  noFilesPeriksa: { id: 'Sebutkan berkas .xlsx yang akan diperiksa', en: 'Name the .xlsx file(s) to check' },
  noFilesHitung: { id: 'Sebutkan berkas .xlsx yang akan dihitung', en: 'Name the .xlsx file(s) to recalculate' },
  rekapNothingToWrite: { id: 'Tidak ada laporan unit yang dapat direkap, jadi {output} tidak ditulis; lihat temuan {where}.', en: 'No unit report could be consolidated, so {output} was not written; see the findings {where}.' },
  rekapFindingsAbove: { id: 'di atas', en: 'above' },
  rekapFindingsInJson: { id: 'di keluaran --json', en: 'in the --json output' },
  rekapChartNotDrawn: {
    id: 'info: grafik "{title}" di lembar {sheet} tidak digambar di berkas ini (pustaka .xlsx tidak dapat membuat grafik); grafiknya ada di laporan --html, atau jalankan Rekap dari panel di Excel.',
    en: 'info: the chart "{title}" on the sheet {sheet} is not drawn in this file (the .xlsx library cannot make charts); it is in the --html report, or run Rekap from the pane in Excel.',
  },
  // The pane's Rekap over the open workbook found no unit report: nothing written, the findings say why.
  rekapWorkbookNothing: {
    id: 'Tidak ada laporan unit yang dapat direkap di buku kerja ini ({sheets}), jadi lembar Rekap tidak ditulis. Lihat temuan lain untuk sebabnya, perbaiki tabelnya, lalu jalankan Rekap lagi.',
    en: 'No unit report could be consolidated in this workbook ({sheets}), so no Rekap sheet was written. See the other findings for why, fix the tables, then run Rekap again.',
  },
  // The pane's Rekap left a rekap sheet of an earlier run as it was (not rewritten by this one).
  rekapStaleSheet: {
    id: 'Lembar {sheet} dari rekap sebelumnya tidak diperbarui oleh Rekap ini, jadi isinya bisa tidak sesuai dengan rekap yang baru; hapus lembar itu bila tidak diperlukan.',
    en: 'The sheet {sheet} from an earlier consolidation was not updated by this one, so it may not match the new rekap; delete it if you do not need it.',
  },
  rekapTitle: { id: 'Rekap Kinerja {units} Laporan Unit', en: 'Performance Consolidation of {units} Unit {reportWord}' },
  rekapWritten: { id: 'Ditulis: {output}', en: 'Written: {output}' },
  rekapSummaryLine: {
    id: 'Direkap: {files} berkas, {units} laporan unit, {indikator} indikator; {errors} kesalahan, {warnings} peringatan, {infos} informasi',
    en: 'Consolidated: {files} {fileWord}, {units} unit {reportWord}, {indikator} {indicatorWord}; {errors} {errorWord}, {warnings} {warningWord}, {infos} info',
  },
  rekapFileLeftOut: { id: 'Berkas ini tidak ikut direkap; perbaiki atau simpan ulang sebagai .xlsx, lalu jalankan rekap lagi.', en: 'This file is left out of the rekap; repair it or save it again as .xlsx, then run the rekap again.' },
  noFilesRekap: { id: 'Sebutkan berkas .xlsx unit-unit yang akan direkap', en: 'Name the units\' .xlsx files to consolidate' },
  onlyForRekap: { id: 'Opsi {option} hanya untuk perintah rekap', en: 'The {option} option is for the rekap command only' },
  rekapOptionNotHere: { id: 'Opsi {option} tidak berlaku untuk sakip rekap (rekap membaca semua lembar dan menulis buku kerja baru)', en: 'The {option} option does not apply to sakip rekap (it reads every sheet and writes a new workbook)' },
  rekapOutputFolderMissing: {
    id: 'folder {folder} (untuk {option} {output}) tidak ada; buat dulu foldernya (mkdir {folder}) atau sebutkan {option} ke folder yang sudah ada. Belum ada berkas yang dibaca',
    en: 'the folder {folder} (for {option} {output}) does not exist; create it first (mkdir {folder}) or give {option} an existing folder. No file was read yet',
  },
  rekapOutputIsFolder: { id: '{output} ({option}) adalah sebuah folder; sebutkan {option} dengan nama berkas {ext}', en: '{output} ({option}) is a folder; give {option} a {ext} file name' },
  rekapOutputNotRegular: {
    id: '{output} ({option}) adalah {what}, bukan berkas biasa; hasil hanya ditulis ke berkas biasa, sebutkan {option} nama berkas {ext} lain',
    en: '{output} ({option}) is {what}, not an ordinary file; results are only written to ordinary files, give {option} another {ext} file name',
  },
  rekapOutputLinkNotRegular: {
    id: '{output} ({option}) adalah tautan ke {target}, yaitu {what}, bukan berkas biasa; sebutkan {option} nama berkas {ext} lain',
    en: '{output} ({option}) is a link to {target}, which is {what}, not an ordinary file; give {option} another {ext} file name',
  },
  rekapOutputLinkBroken: {
    id: '{output} ({option}) adalah tautan ke sesuatu yang tidak ada; hapus tautan itu atau sebutkan {option} nama berkas {ext} lain',
    en: '{output} ({option}) is a link to something that does not exist; remove the link or give {option} another {ext} file name',
  },
  rekapOutputsSame: {
    id: '-o {output} dan --html {other} adalah berkas yang sama; buku kerja dan laporan HTML perlu dua berkas, mis. -o rekap.xlsx --html rekap.html',
    en: '-o {output} and --html {other} are the same file; the workbook and the HTML report need two files, e.g. -o rekap.xlsx --html rekap.html',
  },
  rekapOutputIsInput: {
    id: '{option} {output} adalah berkas masukan {input}; berkas masukan tidak pernah ditimpa. Sebutkan {option} nama berkas lain',
    en: '{option} {output} is the input file {input}; an input is never overwritten. Give {option} another file name',
  },
  rekapOutputExtension: {
    id: 'peringatan: {option} {output} tidak berakhiran {ext}; isinya tetap ditulis sebagai {ext}, tetapi aplikasi yang membukanya menurut nama mungkin tidak mengenalinya. Pakai nama berakhiran {ext}',
    en: 'warning: {option} {output} does not end in {ext}; it is still written as {ext}, but an application opening it by its name may not recognise it. Use a name ending in {ext}',
  },
  langInvalid: { id: '--lang harus id atau en, bukan "{value}"', en: '--lang must be id or en, not "{value}"' },
  periodInvalid: { id: '--periode harus {choices} atau {last}, bukan "{value}"', en: '--periode must be {choices} or {last}, not "{value}"' },
  decimalInvalid: { id: '--desimal harus "," atau ".", bukan "{value}"', en: '--desimal must be "," or ".", not "{value}"' },
  onlyForHitung: { id: 'Opsi {option} hanya untuk perintah hitung', en: 'The {option} option is for the hitung command only' },
  outputNeedsFolder: {
    id: 'Dengan beberapa berkas, -o harus menyebut sebuah folder, bukan berkas ({output}); mis. -o hasil/ (folder yang belum ada akan dibuat)',
    en: 'With several files, -o must name a folder, not a file ({output}); e.g. -o hasil/ (a folder that does not exist yet is created)',
  },
  outputFolderMissing: {
    id: 'folder {folder} tidak ada; buat dulu foldernya (mkdir {folder}) atau sebutkan -o ke folder yang sudah ada',
    en: 'the folder {folder} does not exist; create it first (mkdir {folder}) or give -o an existing folder',
  },
  outputIsInput: {
    id: 'berkas hasil {output} juga berkas masukan; berkas itu tidak ditimpa (sebut -o untuk menentukan tempat hasil)',
    en: 'the output {output} is also an input file; it is not overwritten (give -o to choose where results go)',
  },
  outputTwice: {
    id: 'dua berkas masukan akan menghasilkan berkas yang sama {output} (sebut -o sebuah folder lain)',
    en: 'two inputs would write the same output {output} (give -o another folder)',
  },
  unknownSheet: {
    id: 'Lembar "{sheet}" tidak ada; lembar di berkas ini: {sheets}. Pilih salah satu dengan --sheet NAMA; nama dengan spasi diberi tanda kutip, mis. --sheet "{example}"',
    en: 'There is no sheet "{sheet}"; the sheets of this file: {sheets}. Choose one with --sheet NAME; put a name with spaces in quotes, e.g. --sheet "{example}"',
  },


  // Results of `hitung`.
  npssLine: { id: 'NPSS {value}{predikat}', en: 'NPSS {value}{predikat}' },
  npssNotAssessed: { id: 'NPSS tidak dinilai', en: 'NPSS not assessed' },
  writtenTo: { id: 'Hasil ditulis ke {output}', en: 'Written to {output}' },
  nothingComputed: { id: 'Tidak ada yang dihitung ({reasons}); tidak ada berkas ditulis', en: 'Nothing was calculated ({reasons}); no file written' },
  reasonNoTable: { id: 'tidak ada tabel kinerja atau efisiensi', en: 'no performance or efficiency table' },
  reasonPeriodOpen: { id: 'lembar {sheets}: periode belum dipilih, sebutkan --periode', en: 'sheet {sheets}: no period chosen, give --periode' },
  reasonNotComputed: { id: 'lembar {sheets} tidak dapat dihitung, lihat kesalahan di atas', en: 'sheet {sheets} cannot be calculated, see the errors above' },
  applyFailed: { id: 'tidak dapat menulis hasil: {cause}; tidak ada berkas ditulis', en: 'cannot write the results: {cause}; no file written' },
  saveFailed: { id: 'tidak dapat menyimpan {output}: {reason}; tidak ada berkas ditulis', en: 'cannot save {output}: {reason}; no file written' },
  unexpected: {
    id: 'kesalahan tak terduga pada berkas ini ({detail}); berkas lain tetap diproses. Mohon laporkan ke pengembang SAKIP untuk Excel, dengan baris ini dan berkasnya bila boleh',
    en: 'unexpected error on this file ({detail}); other files are still processed. Please report it to the SAKIP for Excel developers, with this line and the file if you may',
  },

  // Progress on stderr (progress.ts): one stage of one file.
  progressFile: { id: '[{index}/{count}] {file}', en: '[{index}/{count}] {file}' },
  stageOpen: { id: 'membuka berkas…', en: 'opening the file…' },
  stageRead: { id: 'membaca lembar {sheet} ({index}/{count})…', en: 'reading sheet {sheet} ({index}/{count})…' },
  stageCheck: { id: 'memeriksa lembar {sheet} ({index}/{count})…', en: 'checking sheet {sheet} ({index}/{count})…' },
  stageWrite: { id: 'menulis hasil ke lembar {sheet}…', en: 'writing results to sheet {sheet}…' },
  stageWriteCount: { id: 'menulis hasil ke lembar {sheet}: {done} dari {total}…', en: 'writing results to sheet {sheet}: {done} of {total}…' },
  stageSave: { id: 'menyimpan {output}…', en: 'saving {output}…' },
  auditCorrected: { id: '{what}; sudah diganti dengan hasil hitung.', en: '{what}; now replaced by the computed value.' },
  auditCorrectedAdvice: { id: 'Tidak perlu tindakan.', en: 'Nothing to do.' },

  // `sakip profil …` (src/cli/profil.ts) and --profil ID|FILE.json.
  profilUsage: {
    id: 'Pemakaian: sakip profil daftar | sakip profil ekspor ID [-o BERKAS.json] | sakip profil periksa BERKAS.json',
    en: 'Usage: sakip profil daftar | sakip profil ekspor ID [-o FILE.json] | sakip profil periksa FILE.json',
  },
  profilUnknownSub: { id: 'perintah profil tidak dikenal: {sub} (gunakan daftar, ekspor atau periksa)', en: 'unknown profile command: {sub} (use daftar, ekspor or periksa)' },
  profilOptionNotHere: { id: 'opsi {option} tidak berlaku untuk sakip profil (hanya -o untuk ekspor dan --lang)', en: 'the option {option} does not apply to sakip profil (only -o for ekspor, and --lang)' },
  profilOutputOnlyEkspor: { id: 'opsi -o hanya untuk sakip profil ekspor', en: 'the -o option is for sakip profil ekspor only' },
  profilExtraArgs: { id: 'terlalu banyak argumen untuk sakip profil {sub}: {extra}', en: 'too many arguments for sakip profil {sub}: {extra}' },
  profilNeedsId: { id: 'sebutkan id profil yang diekspor (pilihan: {profiles})', en: 'name the id of the profile to export (choices: {profiles})' },
  profilNeedsFile: { id: 'sebutkan berkas profil .json yang diperiksa', en: 'name the profile .json file to check' },
  profilUnknownId: {
    id: 'tidak ada profil bawaan {profile} (pilihan: {profiles}); lihat sakip profil daftar',
    en: 'no built-in profile {profile} (choices: {profiles}); see sakip profil daftar',
  },
  profilListLine: { id: '{id}  {name}{default} — sumber: {source}', en: '{id}  {name}{default} — source: {source}' },
  profilListDefault: { id: ' (bawaan)', en: ' (default)' },
  profilListNoSource: { id: 'tidak disebut', en: 'not given' },
  profilExported: { id: 'Profil {id} ditulis ke {file}', en: 'Profile {id} written to {file}' },
  profilExportedOver: { id: 'Profil {id} ditulis ke {file} (berkas lama ditimpa)', en: 'Profile {id} written to {file} (the old file was replaced)' },
  profilSound: {
    id: 'Profil "{name}" ({id}) baik: setiap tabel menutup semua nilai tanpa celah atau tumpang-tindih; pakai dengan --profil {file}',
    en: 'Profile "{name}" ({id}) is sound: every table covers every value with no gap or overlap; use it with --profil {file}',
  },
  profilProblemCount: {
    id: '{count} masalah; profil ini belum dapat dipakai. Perbaiki lalu jalankan lagi sakip profil periksa {file}',
    en: '{count} {word}; this profile cannot be used yet. Fix the file and run sakip profil periksa {file} again',
  },
  profilNotUsable: {
    id: 'profil {file} tidak dapat dipakai ({count} masalah); perbaiki lalu periksa dengan sakip profil periksa {file}:',
    en: 'the profile {file} cannot be used ({count} {word}); fix it and check it with sakip profil periksa {file}:',
  },
  profilFileMissing: { id: 'berkas profil {file} tidak ditemukan; periksa nama dan foldernya', en: 'the profile file {file} was not found; check its name and folder' },
  profilFileFolder: { id: '{file} adalah folder, bukan berkas profil .json', en: '{file} is a folder, not a profile .json file' },
  profilFileUnreadable: {
    id: 'berkas profil {file} tidak dapat dibaca (kesalahan sistem {code}); periksa izin bacanya',
    en: 'the profile file {file} cannot be read (system error {code}); check its read permission',
  },
  profilProblemOne: { id: 'masalah', en: 'problem' },
  profilProblemMany: { id: 'masalah', en: 'problems' },
  profilFromWorkbook: { id: 'Profil dari buku kerja: {name} ({id}), disimpan oleh panel SAKIP', en: 'Profile from the workbook: {name} ({id}), stored by the SAKIP pane' },
  profilOverridesStored: {
    id: 'Info: --profil {chosen} dipakai, bukan profil yang tersimpan di buku kerja ({stored}); hapus --profil untuk memakai profil buku kerja',
    en: 'Info: --profil {chosen} is used, not the profile stored in the workbook ({stored}); drop --profil to use the workbook\'s profile',
  },
  profilStoredUnknown: {
    id: 'Peringatan: profil "{id}" yang tersimpan di buku kerja tidak dikenal, jadi dipakai {name}; pilih profil di panel SAKIP atau pakai --profil',
    en: 'Warning: the profile "{id}" stored in the workbook is unknown, so {name} is used; pick a profile in the SAKIP pane or use --profil',
  },
  profilStoredBroken: {
    id: 'Peringatan: profil yang tersimpan di buku kerja rusak ({problems}), jadi dipakai {name}; impor lagi berkas profil di panel SAKIP atau pakai --profil',
    en: 'Warning: the profile stored in the workbook is broken ({problems}), so {name} is used; import the profile file again in the SAKIP pane or use --profil',
  },
  profilIsBuiltIn: {
    id: '{file} adalah id profil bawaan, bukan berkas; profil bawaan selalu baik — untuk berkasnya: sakip profil ekspor {file} -o {file}.json',
    en: '{file} is the id of a built-in profile, not a file; built-ins are always sound — for its file: sakip profil ekspor {file} -o {file}.json',
  },
  profilUnknownOrFile: {
    id: 'profil tidak dikenal: {profile} (pilihan: {profiles}, atau sebuah berkas .json; daftarnya: sakip profil daftar)',
    en: 'unknown profile: {profile} (choices: {profiles}, or a .json file; listed by sakip profil daftar)',
  },

  // The period each sheet was read under, and the NPSS of each performance table (hitung).
  periodSheetLine: { id: 'Lembar {sheet}: {note}', en: 'Sheet {sheet}: {note}' },
  npssSheetLine: { id: 'NPSS lembar {sheet}: {value}{predikat}', en: 'NPSS of sheet {sheet}: {value}{predikat}' },
  npssSheetNotAssessed: { id: 'NPSS lembar {sheet}: tidak dinilai', en: 'NPSS of sheet {sheet}: not assessed' },
  // Where the result may go (-o): never over a device, a pipe or a socket.
  outputNotRegular: {
    id: '{output} adalah {what}, bukan berkas biasa; hasil hanya ditulis ke berkas biasa, sebutkan -o nama berkas lain',
    en: '{output} is {what}, not an ordinary file; results are only written to ordinary files, give -o another file name',
  },
  outputLinkNotRegular: {
    id: '{output} adalah tautan ke {target}, yaitu {what}, bukan berkas biasa; sebutkan -o nama berkas lain',
    en: '{output} is a link to {target}, which is {what}, not an ordinary file; give -o another file name',
  },
  outputLinkBroken: {
    id: '{output} adalah tautan ke sesuatu yang tidak ada; hapus tautan itu atau sebutkan -o nama berkas lain',
    en: '{output} is a link to something that does not exist; remove the link or give -o another file name',
  },
  nodeDevice: { id: 'sebuah perangkat (device)', en: 'a device' },
  nodeFifo: { id: 'sebuah pipa bernama (FIFO)', en: 'a named pipe (FIFO)' },
  nodeSocket: { id: 'sebuah soket', en: 'a socket' },
  nodeOther: { id: 'sebuah berkas khusus', en: 'a special file' },
  outputFolderIsFile: { id: '{output} adalah berkas, bukan folder; sebutkan -o sebuah folder atau nama berkas .xlsx', en: '{output} is a file, not a folder; give -o a folder or an .xlsx file name' },
  folderCreated: { id: 'Folder {folder} belum ada; folder itu dibuat.', en: 'The folder {folder} did not exist; it was created.' },
  folderCreateFailed: { id: 'tidak dapat membuat folder {folder}: {reason}', en: 'cannot create the folder {folder}: {reason}' },
  saveNoNewFiles: {
    id: 'folder {folder} ada, tetapi sistem tidak mengizinkan berkas baru di sana (mis. folder sistem seperti /proc); pilih folder lain dengan -o',
    en: 'the folder {folder} exists, but the system allows no new files in it (e.g. a system folder such as /proc); choose another folder with -o',
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

/**
 * What a file that is not a readable .xlsx is, and what to do, by the verdict of the file check
 * (src/xlsx/inspect.ts): one line each, in words a planner can act on.
 */
export const VERDICT_TEXT = {
  missing: { id: 'berkas tidak ditemukan; periksa nama dan foldernya', en: 'file not found; check its name and folder' },
  empty: {
    id: 'berkas kosong (0 byte), mungkin penyimpanan atau unduhannya terputus; ambil lagi berkas aslinya lalu jalankan lagi',
    en: 'the file is empty (0 bytes), perhaps its saving or download was cut off; get the original file again and run again',
  },
  folder: { id: 'ini sebuah folder, bukan berkas .xlsx; sebutkan berkas di dalamnya (mis. {file}/*.xlsx)', en: 'this is a folder, not an .xlsx file; name the files in it (e.g. {file}/*.xlsx)' },
  unreadable: {
    id: 'berkas tidak dapat dibuka (izin baca ditolak, atau dikunci program lain); periksa izinnya atau tutup program itu, lalu jalankan lagi',
    en: 'the file cannot be opened (read permission denied, or locked by another program); check its permissions or close that program, then run again',
  },
  encrypted: {
    id: 'berkas dilindungi kata sandi; buka di Excel, hapus kata sandi (File > Info > Protect Workbook > Encrypt with Password), simpan, lalu jalankan lagi',
    en: 'the file is password-protected; open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password), save, then run again',
  },
  xls: {
    id: 'ini berkas .xls lama (Excel 97-2003), bukan .xlsx; buka di Excel lalu simpan sebagai Buku Kerja Excel (.xlsx)',
    en: 'this is an old .xls file (Excel 97-2003), not .xlsx; open it in Excel and save it as an Excel Workbook (.xlsx)',
  },
  csv: {
    id: 'ini berkas CSV, bukan .xlsx; buka di Excel lalu simpan sebagai Buku Kerja Excel (.xlsx)',
    en: 'this is a CSV file, not .xlsx; open it in Excel and save it as an Excel Workbook (.xlsx)',
  },
  text: {
    id: 'ini berkas teks, bukan buku kerja .xlsx; bila isinya tabel, buka di Excel lalu simpan sebagai Buku Kerja Excel (.xlsx)',
    en: 'this is a text file, not an .xlsx workbook; if it holds a table, open it in Excel and save it as an Excel Workbook (.xlsx)',
  },
  ods: {
    id: 'ini berkas OpenDocument (.ods), bukan .xlsx; di LibreOffice pilih File > Simpan Sebagai > Excel 2007-365 (.xlsx), lalu jalankan lagi',
    en: 'this is an OpenDocument file (.ods), not .xlsx; in LibreOffice choose File > Save As > Excel 2007-365 (.xlsx), then run again',
  },
  'other-zip': { id: 'ini {what}, bukan buku kerja Excel (.xlsx); sebutkan berkas .xlsx-nya', en: 'this is {what}, not an Excel workbook (.xlsx); name the .xlsx file' },
  damaged: {
    id: 'berkas .xlsx rusak atau tidak lengkap; buka di Excel (Excel menawarkan perbaikan) lalu simpan ulang, atau ambil lagi berkas aslinya',
    en: 'the .xlsx file is damaged or incomplete; open it in Excel (Excel offers to repair it) and save it again, or get the original file again',
  },
  // Follows the limit's own sentence (TOO_LARGE_TEXT).
  'too-large': {
    id: 'berkas ditolak sebelum dibuka untuk melindungi memori (pelindung "bom zip"); bila berkasnya sah, hapus isi yang tidak perlu (lembar kosong, format sampai baris 1.048.576) di Excel, simpan, lalu jalankan lagi',
    en: 'the file is refused before unpacking to protect memory (the "zip bomb" guard); if the file is genuine, delete what is not needed (empty sheets, formats down to row 1,048,576) in Excel, save, then run again',
  },
  unknown: {
    id: 'bukan berkas .xlsx yang dapat dibaca (isinya tidak dikenali); pastikan ini buku kerja Excel (.xlsx) lalu jalankan lagi',
    en: 'not a readable .xlsx file (its content is not recognised); make sure it is an Excel workbook (.xlsx) and run again',
  },
} satisfies Record<Exclude<FileVerdictKind, 'xlsx'>, Bilingual>;

/** What a zip that is not a workbook seems to be (the check's `seems`). */
export const OTHER_ZIP_TEXT = {
  docx: { id: 'dokumen Word (.docx)', en: 'a Word document (.docx)' },
  pptx: { id: 'presentasi PowerPoint (.pptx)', en: 'a PowerPoint presentation (.pptx)' },
  odt: { id: 'dokumen OpenDocument (.odt)', en: 'an OpenDocument text (.odt)' },
  odp: { id: 'presentasi OpenDocument (.odp)', en: 'an OpenDocument presentation (.odp)' },
  zip: { id: 'berkas ZIP (arsip)', en: 'a ZIP archive' },
  xlsb: { id: 'buku kerja biner Excel (.xlsb; buka di Excel lalu simpan sebagai .xlsx)', en: 'an Excel binary workbook (.xlsb; open it in Excel and save it as .xlsx)' },
} satisfies Record<Extract<FileVerdict, { kind: 'other-zip' }>['seems'], Bilingual>;

/** Which limit of the zip-bomb guard a file crossed, naming the part and the limit. */
export const TOO_LARGE_TEXT = {
  part: { id: 'bagian {part} terlalu besar setelah dibuka ({size}, batas {max})', en: 'the part {part} is too large once unpacked ({size}, limit {max})' },
  total: { id: 'isi berkas terlalu besar setelah dibuka ({total}, batas {max}; bagian terbesar {part})', en: 'the content is too large once unpacked ({total}, limit {max}; largest part {part})' },
  ratio: {
    id: 'bagian {part} dipadatkan {ratio}:1 ({size} setelah dibuka), melebihi batas {max}:1 untuk bagian sebesar itu',
    en: 'the part {part} is compressed {ratio}:1 ({size} once unpacked), above the limit of {max}:1 for a part that size',
  },
  entries: { id: 'berkas berisi terlalu banyak bagian ({part}, batas {max})', en: 'the file holds too many parts ({part}, limit {max})' },
} satisfies Record<'part' | 'total' | 'ratio' | 'entries', Bilingual>;

/** Why a result file could not be saved, by the system's error code, in words (never the code alone). */
export const SAVE_ERROR_TEXT = {
  ENOENT: { id: 'folder {folder} tidak ada; buat dulu foldernya atau sebutkan -o ke folder yang sudah ada', en: 'the folder {folder} does not exist; create it first or give -o an existing folder' },
  ENOTDIR: { id: 'sebagian jalur {folder} adalah berkas, bukan folder; sebutkan -o ke folder yang sudah ada', en: 'part of the path {folder} is a file, not a folder; give -o an existing folder' },
  EACCES: { id: 'izin menulis di folder {folder} ditolak; pilih folder lain dengan -o atau minta izin tulis', en: 'permission to write in the folder {folder} was denied; choose another folder with -o or ask for write permission' },
  EPERM: { id: 'izin menulis ditolak (atau berkasnya sedang terbuka di Excel); tutup berkasnya atau pilih folder lain dengan -o', en: 'permission to write was denied (or the file is open in Excel); close the file or choose another folder with -o' },
  EBUSY: { id: 'berkas sedang dipakai program lain (terbuka di Excel?); tutup lalu jalankan lagi', en: 'the file is in use by another program (open in Excel?); close it and run again' },
  EROFS: { id: 'disk atau folder {folder} hanya-baca; pilih folder lain dengan -o', en: 'the disk or folder {folder} is read-only; choose another folder with -o' },
  ENOSPC: { id: 'disk penuh; kosongkan ruang disk lalu jalankan lagi', en: 'the disk is full; free some disk space and run again' },
  EDQUOT: { id: 'kuota disk habis; kosongkan ruang lalu jalankan lagi', en: 'the disk quota is used up; free some space and run again' },
  EISDIR: { id: '{output} adalah sebuah folder; sebutkan nama berkas .xlsx dengan -o, atau ganti nama folder itu', en: '{output} is a folder; give an .xlsx file name with -o, or rename that folder' },
  ENAMETOOLONG: { id: 'nama atau jalur berkas terlalu panjang; pilih nama yang lebih pendek dengan -o', en: 'the file name or path is too long; choose a shorter one with -o' },
  EEXIST: { id: '{output} sudah ada dan tidak dapat diganti; hapus atau ganti namanya, atau sebutkan -o nama lain', en: '{output} already exists and cannot be replaced; delete or rename it, or give -o another name' },
  ENOTEMPTY: { id: '{output} adalah folder berisi; sebutkan nama berkas .xlsx dengan -o', en: '{output} is a folder with files in it; give an .xlsx file name with -o' },
  other: { id: 'kesalahan sistem {code}; periksa folder tujuan dan ruang disk, atau pilih folder lain dengan -o', en: 'system error {code}; check the target folder and disk space, or choose another folder with -o' },
} satisfies Record<string, Bilingual>;
