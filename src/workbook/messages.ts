/**
 * Finding texts of the sheet engine, Indonesian and English, as data (like CORE_MESSAGES).
 * Every entry says what was found (`id` / `en`, starting with the cell reference
 * `Kinerja!F12`; values quoted), why it matters (`why`, or a reason the engine picks for the
 * case), and what to do (`todo`). `findingText` is the one place that joins them.
 */
import { Advised, Bilingual, CORE_MESSAGES, CoreMessageCode, Lang, formatMessage } from '../core';

// What to do with an output cell whose right content is "-" (shared by the audit reasons).
const DASH_TODO: Bilingual = {
  id: 'Kosongkan sel itu atau tulis "-", atau hitung ulang dengan SAKIP agar diisi otomatis (tombol Hitung ulang di panel, atau sakip hitung)',
  en: 'Empty the cell or write "-", or recalculate with SAKIP to fill it in (the Recalculate button in the pane, or sakip hitung)',
};
// What to do with an audited output cell whose right content is a number or a label.
const REPLACE_TODO: Bilingual = {
  id: 'Ganti isinya dengan {expected}, atau hitung ulang dengan SAKIP agar diisi otomatis (tombol Hitung ulang di panel, atau sakip hitung)',
  en: 'Replace it with {expected}, or recalculate with SAKIP to fill it in (the Recalculate button in the pane, or sakip hitung)',
};

/** The engine's messages, keyed by finding code (plus variants of a code's text). */
export const WORKBOOK_MESSAGES = {
  'header-tidak-ditemukan': {
    id: '{sheet}: baris judul tabel tidak ditemukan dalam 30 baris pertama',
    en: '{sheet}: no table header found in the first 30 rows',
    why: {
      id: 'Tabel kinerja perlu kolom Indikator Kinerja serta Target dan Realisasi; tabel efisiensi perlu kolom Pagu dan Realisasi Anggaran',
      en: 'A performance table needs Indikator Kinerja, Target and Realisasi columns; an efficiency table needs Pagu and Realisasi Anggaran columns',
    },
    todo: {
      id: 'Bila lembar ini memuat tabel, letakkan baris judulnya dalam 30 baris pertama dengan judul kolom seperti itu; bila tidak, abaikan temuan ini',
      en: 'If this sheet holds a table, put its header row within the first 30 rows with such column headers; if not, ignore this finding',
    },
  },
  'kolom-tidak-ditemukan': {
    id: '{ref}: kolom {column} untuk periode {period} tidak ditemukan di baris judul (judul yang terbaca: {seen})',
    en: '{ref}: no {column} column for the period {period} in the header row (headers read: {seen})',
    why: { id: 'Tanpa kolom itu tabel ini tidak dapat dihitung', en: 'Without that column the table cannot be computed' },
    todo: { id: 'Tambahkan kolom itu, perjelas judulnya, atau pilih periode lain', en: 'Add that column, make its header clearer, or choose another period' },
  },
  'tabel-tidak-lengkap': {
    id: '{ref}: baris ini tampak seperti judul tabel {table} ({seen}), tetapi kolom {missing} tidak ditemukan',
    en: '{ref}: this row looks like the header of a {table} table ({seen}), but it has no {missing} column',
    why: { id: 'Karena itu lembar {sheet} tidak dihitung', en: 'So the sheet {sheet} is not computed' },
    todo: { id: 'Tambahkan kolom itu atau ubah judulnya (misalnya "{example}")', en: 'Add that column or rename its header (e.g. "{example}")' },
  },
  'kolom-ganda': {
    id: '{ref}: kolom ini dan {used} sama-sama berjudul {role}',
    en: '{ref}: this column and {used} are both headed {role}',
    why: { id: 'Yang dipakai {used} ("{usedText}"); kolom ini ("{text}") diabaikan', en: '{used} ("{usedText}") is used and this one ("{text}") is ignored' },
    todo: { id: 'Hapus atau ganti judul salah satunya', en: 'Remove one or rename its header' },
  },
  'judul-ambigu': {
    id: '{ref}: judul "{text}" bisa berarti {role} atau {others}',
    en: '{ref}: the header "{text}" could mean {role} or {others}',
    why: { id: 'Judul ini dibaca sebagai {role}', en: 'It is read as {role}' },
    todo: { id: 'Bila salah, perjelas judulnya (misalnya "{example}")', en: 'If that is wrong, make the header clearer (e.g. "{example}")' },
  },
  'judul-tidak-dikenal': {
    id: '{ref}: judul kolom "{text}" tidak dikenali',
    en: '{ref}: the column header "{text}" is not recognised',
    why: { id: 'Karena itu kolom ini tidak dipakai dalam perhitungan', en: 'So this column is not used in the computation' },
    todo: {
      id: 'Tidak perlu diubah bila kolom ini memang bukan bahan perhitungan; bila ya, beri judul yang dikenal (misalnya Target, Realisasi atau Capaian)',
      en: 'Nothing to change if the column is not part of the computation; if it is, give it a known header (e.g. Target, Realisasi or Capaian)',
    },
  },
  'kolom-tahun-jadi-tahunan': {
    id: '{ref}: "{text}" dibaca sebagai {role}',
    en: '{ref}: "{text}" is read as {role}',
    why: { id: 'Kolom lain yang sejenis menyebut triwulan', en: 'The other columns of its kind name quarters' },
    todo: { id: 'Bila salah, ganti judulnya', en: 'If that is wrong, rename it' },
  },
  'kolom-tahun-lain': {
    id: '{ref}: "{text}" menyebut tahun {year}, sebelum {latest} yang disebut kolom lain',
    en: '{ref}: "{text}" names the year {year}, before the {latest} other columns name',
    why: { id: 'Kolom tahun lalu ini tidak dipakai dan tidak ditulis', en: "This earlier year's column is neither used nor written" },
    todo: { id: 'Tidak perlu diubah bila memang data tahun lalu; bila bukan, perbaiki tahun di judulnya', en: "Nothing to change if it is last year's data; if not, correct the year in its header" },
  },
  'realisasi-bertahun': {
    id: '{ref}: "{text}" menyebut tahun {year} dan dipakai sebagai {role} periode {period}',
    en: '{ref}: "{text}" names the year {year} and is used as {role} for the period {period}',
    todo: { id: 'Pastikan itu tahun laporan ini, bukan tahun lalu', en: "Make sure that is this report's year, not last year" },
  },
  'tabel-kosong': {
    id: '{ref}: tabel {table} punya baris judul, tetapi tidak ada baris {rows} di bawahnya',
    en: '{ref}: the {table} table has a header row but no {rows} rows below it',
    why: { id: 'Karena itu tidak ada yang dihitung', en: 'So nothing is computed' },
    todo: { id: 'Isi baris {rows} di bawah baris judul', en: 'Fill in the {rows} rows below the header row' },
  },
  'perspektif-tidak-ada': {
    id: '{ref}: tidak ada kolom Perspektif',
    en: '{ref}: no Perspektif column',
    why: { id: 'Semua sasaran dihitung dalam satu perspektif', en: 'All sasaran are counted in one perspective' },
    todo: { id: 'Tidak perlu diubah bila memang hanya satu perspektif; bila tidak, tambahkan kolom Perspektif', en: 'Nothing to change if there is one perspective; otherwise add a Perspektif column' },
  },
  'sasaran-tidak-ada': {
    id: '{ref}: tidak ada kolom Sasaran',
    en: '{ref}: no Sasaran column',
    why: { id: 'Semua indikator dihitung dalam satu sasaran', en: 'All indicators are counted in one sasaran' },
    todo: { id: 'Tidak perlu diubah bila memang hanya satu sasaran; bila tidak, tambahkan kolom Sasaran', en: 'Nothing to change if there is one sasaran; otherwise add a Sasaran column' },
  },
  'angka-tidak-terbaca': {
    id: '{ref}: isi sel {column} tidak dapat dipakai untuk menghitung',
    en: '{ref}: the {column} cell cannot be used in the computation',
    todo: { id: 'Ketik angkanya saja', en: 'Type the number only' },
  },
  'target-tidak-valid': {
    id: '{ref}: target ini tidak dapat dipakai, jadi indikator tidak dihitung',
    en: '{ref}: this target cannot be used, so the indicator is not computed',
    todo: { id: 'Perbaiki targetnya', en: 'Correct the target' },
  },
  'target-nol': {
    id: '{ref}: target "{text}" bernilai 0',
    en: '{ref}: the target "{text}" is 0',
    why: { id: 'Target 0 berarti indikator tidak dinilai pada periode ini', en: 'A target of 0 means the indicator is not assessed in this period' },
    todo: { id: 'Biarkan bila memang tidak ada target periode ini; bila ada, isi targetnya', en: 'Leave it if there is no target this period; if there is, fill it in' },
  },
  'realisasi-kosong': {
    id: '{ref}: realisasi belum diisi padahal target {target} ada',
    en: '{ref}: realisasi is missing although the target {target} exists',
    why: { id: 'Indikator "{indikator}" tidak ikut dihitung dan tidak dianggap 0', en: 'The indicator "{indikator}" is left out, not counted as 0' },
    todo: { id: 'Isi realisasinya; bila memang belum ada, biarkan kosong', en: 'Fill in its realisasi; if there is none yet, leave it empty' },
  },
  'anggaran-kosong': {
    id: '{ref}: {column} kosong',
    en: '{ref}: {column} is empty',
    why: { id: 'Efisiensi "{kegiatan}" tidak dihitung', en: 'The efficiency of "{kegiatan}" is not computed' },
    todo: { id: 'Isi {column}; tulis 0 atau "-" bila memang tidak ada', en: 'Fill in {column}; write 0 or "-" if there is none' },
  },
  'polaritas-tidak-dikenal': {
    id: '{ref}: indikator di baris ini tidak dihitung',
    en: "{ref}: this row's indicator is not computed",
    todo: { id: 'Perbaiki isi sel polaritas: maksimal, minimal atau stabil', en: 'Correct the polarity cell: maximize, minimize or stabilize (or the Indonesian maksimal, minimal, stabil)' },
  },
  'baris-contoh': {
    id: '{ref}: baris ini contoh dari Templat SAKIP ("{indikator}") dan ikut dihitung',
    en: '{ref}: this row is the SAKIP template\'s example ("{indikator}") and is counted',
    why: { id: 'Angka contoh bukan data unit Anda, tetapi masuk ke NPS dan NPSS', en: 'The example figures are not your unit\'s data, yet they count in the NPS and NPSS' },
    todo: { id: 'Hapus baris contoh ini, lalu periksa atau hitung ulang', en: 'Delete this example row, then check or recalculate again' },
  },
  'indikator-ganda': {
    id: '{ref}: indikator "{indikator}" sudah ada di baris {first} pada sasaran yang sama',
    en: '{ref}: the indicator "{indikator}" already appears in row {first} under the same sasaran',
    why: { id: 'Keduanya ikut dihitung dalam NPS sasaran itu', en: "Both count in that sasaran's NPS" },
    todo: { id: 'Hapus salah satunya, atau bedakan namanya bila memang dua indikator', en: 'Delete one, or tell them apart by name if they are two indicators' },
  },
  'rumus-di-kolom-hasil': {
    id: '{ref}: kolom {column} berisi rumus {formula}',
    en: '{ref}: the {column} column holds the formula {formula}',
    why: { id: 'Rumus buatan Anda dipertahankan, tidak diganti hasil hitung', en: 'Your formula is kept, not replaced by the result' },
    todo: { id: 'Biarkan bila rumus itu disengaja; bila tidak, hitung ulang dengan izin menimpa rumus (pilihan "Timpa rumus di kolom hasil" di panel, atau sakip hitung --timpa-rumus)', en: 'Leave it if the formula is meant; if not, recalculate allowing formulas to be overwritten (the option "Overwrite formulas in output columns" in the pane, or sakip hitung --timpa-rumus)' },
  },
  'rumus-ditimpa': {
    id: '{ref}: rumus {formula} di kolom {column} diganti dengan hasil hitung',
    en: '{ref}: the formula {formula} in the {column} column is replaced by the result',
    why: { id: 'Menimpa rumus diizinkan (pilihan "Timpa rumus di kolom hasil", atau --timpa-rumus)', en: 'Overwriting formulas is allowed (the option "Overwrite formulas in output columns", or --timpa-rumus)' },
    todo: { id: 'Tidak perlu tindakan bila itu maksudnya; bila rumusnya masih diperlukan, kembalikan (tombol Batalkan di panel; sakip hitung tidak mengubah berkas masukan) lalu hitung ulang tanpa menimpa rumus', en: 'Nothing to do if that is meant; if the formula is still needed, get it back (the Undo button in the pane; sakip hitung leaves the input file unchanged) and recalculate without overwriting formulas' },
  },
  'efisiensi-tidak-terdefinisi': {
    id: '{ref}: efisiensi "{kegiatan}" tidak dinilai',
    en: '{ref}: the efficiency of "{kegiatan}" is not assessed',
    todo: { id: 'Lengkapi data kegiatan ini bila efisiensinya perlu dinilai', en: "Complete the activity's data if its efficiency is to be assessed" },
  },
  'efisiensi-tidak-valid': {
    id: '{ref}: efisiensi "{kegiatan}" tidak dapat dihitung',
    en: '{ref}: the efficiency of "{kegiatan}" cannot be computed',
    todo: { id: 'Perbaiki data kegiatan ini', en: "Correct the activity's data" },
  },
  'rasio-tidak-terhitung': {
    id: '{ref}: realisasi "{indikator}" tidak dapat dihitung dari pembilang {pembilang} dan penyebut {penyebut}',
    en: '{ref}: the realisasi of "{indikator}" cannot be computed from the numerator {pembilang} and denominator {penyebut}',
    todo: { id: 'Perbaiki pembilang atau penyebutnya', en: 'Correct the numerator or the denominator' },
  },
  'rasio-tidak-terhitung-tertulis': {
    id: '{ref}: realisasi "{indikator}" tidak dapat dihitung dari pembilang {pembilang} dan penyebut {penyebut} ({why}), jadi realisasi yang tertulis di {realisasiRef} ({found}) yang dipakai',
    en: '{ref}: the realisasi of "{indikator}" cannot be computed from the numerator {pembilang} and denominator {penyebut} ({why}), so the realisasi written in {realisasiRef} ({found}) is used',
    todo: { id: 'Periksa realisasi yang tertulis, atau perbaiki pembilang dan penyebutnya', en: 'Check the written realisasi, or correct the numerator and denominator' },
  },
  'realisasi-dari-rasio': {
    id: '{ref}: realisasi {count} indikator yang kosong diisi dari pembilang / penyebut × 100 (kolom {pembilangCol} dan {penyebutCol}), mis. {example}',
    en: '{ref}: the empty realisasi of {count} indicators is filled from numerator / denominator × 100 (columns {pembilangCol} and {penyebutCol}), e.g. {example}',
    why: { id: 'Realisasi indikator berupa rasio dihitung dari jumlahnya; sel realisasi yang sudah terisi tidak diubah, hanya diperiksa', en: 'The realisasi of a ratio indicator is computed from its counts; a realisasi cell already filled is not changed, only checked' },
    todo: { id: 'Tidak perlu tindakan; bila realisasi indikator itu bukan rasio, isi sendiri sel realisasinya', en: "Nothing to do; if that indicator's realisasi is not a ratio, fill in its realisasi cell yourself" },
  },
  'audit-realisasi': {
    id: '{ref}: Realisasi tertulis {found}, padahal pembilang / penyebut × 100 = {pembilang} / {penyebut} × 100 = {expected}',
    en: '{ref}: Realisasi reads {found}, while numerator / denominator × 100 = {pembilang} / {penyebut} × 100 = {expected}',
    why: { id: 'Capaian dihitung dari realisasi yang tertulis', en: 'The capaian is computed from the realisasi as written' },
    todo: { id: 'Periksa pembilang, penyebut dan realisasinya; kosongkan sel realisasi agar diisi dari pembilang dan penyebut (tombol Hitung ulang di panel, atau sakip hitung)', en: 'Check the numerator, denominator and realisasi; empty the realisasi cell to have it filled from them (the Recalculate button in the pane, or sakip hitung)' },
  },
  'bobot-diabaikan-jenis': {
    id: '{ref}: kolom {column} tidak dipakai: profil {profile} memberi bobot menurut jenis indikator (kolom {jenisColumn})',
    en: '{ref}: the {column} column is not used: the profile {profile} weighs indicators by their type (column {jenisColumn})',
    why: { id: 'Bobot profil ini diambil dari tabel jenis indikator, bukan dari kolom Bobot', en: 'This profile takes weights from its indicator-type table, not from a Bobot column' },
    todo: { id: 'Bila NPS unit Anda memakai bobot per indikator, pakai profil yang kolom "bobot"-nya bermode "kolom"; bila tidak, kolom ini boleh dibiarkan', en: 'If your unit weighs each indicator, use a profile whose "bobot" field has the mode "kolom"; if not, the column may stay' },
  },
  'bobot-diabaikan': {
    id: '{ref}: kolom {column} tidak dipakai: profil {profile} menghitung NPS sebagai rata-rata biasa',
    en: '{ref}: the {column} column is not used: the profile {profile} takes NPS as the plain mean',
    why: { id: 'Profil aturan ini tidak memakai bobot indikator', en: 'This rule profile does not weigh indicators' },
    todo: { id: 'Bila NPS unit Anda berbobot, pakai profil yang kolom "bobot"-nya bermode "kolom" (sakip profil ekspor, tambahkan kolom itu ke berkasnya, lalu pakai berkas itu); bila tidak, kolom ini boleh dibiarkan', en: 'If your unit weighs its NPS, use a profile whose "bobot" field has the mode "kolom" (sakip profil ekspor, add that field to the file, then use the file); if not, the column may stay' },
  },
  'bobot-tanpa-kolom': {
    id: '{ref}: profil {profile} menghitung NPS berbobot dari kolom {column}, tetapi tabel ini tidak punya kolom itu',
    en: '{ref}: the profile {profile} weighs NPS by a {column} column, but this table has none',
    why: { id: 'NPS dihitung sebagai rata-rata biasa', en: 'NPS is taken as the plain mean' },
    todo: { id: 'Tambahkan kolom {column} dan isi tiap indikator, atau pakai profil tanpa bobot', en: 'Add a {column} column and fill it for each indicator, or use a profile without weights' },
  },
  'bobot-kosong': {
    id: '{ref}: bobot indikator "{indikator}" {problem}; dianggap {assumed}',
    en: '{ref}: the weight of "{indikator}" {problem}; {assumed} is assumed',
    why: { id: 'Bobot yang dianggap adalah rata-rata bobot indikator lain pada sasaran "{sasaran}" (1 bila tak satu pun berbobot), jadi indikator ini berbobot rata-rata dalam NPS', en: 'The weight assumed is the mean weight of the other indicators of the sasaran "{sasaran}" (1 if none has one), so this indicator counts with an average weight in the NPS' },
    todo: { id: 'Isi {column} indikator ini', en: "Fill in this indicator's {column}" },
  },
  'audit-capaian': {
    id: '{ref}: Capaian tertulis {found}, hasil hitung {expected}',
    en: '{ref}: Capaian reads {found}, recomputed {expected}',
    todo: REPLACE_TODO,
  },
  'audit-nilai': {
    id: '{ref}: Nilai Capaian tertulis {found}, hasil konversi {expected}',
    en: '{ref}: Nilai Capaian reads {found}, converted {expected}',
    todo: REPLACE_TODO,
  },
  'audit-kriteria': {
    id: '{ref}: Kriteria tertulis "{found}", seharusnya "{expected}"',
    en: '{ref}: Kriteria reads "{found}", should be "{expected}"',
    todo: { id: 'Ganti isinya dengan "{expected}", atau hitung ulang dengan SAKIP agar diisi otomatis (tombol Hitung ulang di panel, atau sakip hitung)', en: 'Replace it with "{expected}", or recalculate with SAKIP to fill it in (the Recalculate button in the pane, or sakip hitung)' },
  },
  'audit-status': {
    id: '{ref}: Status tertulis "{found}", seharusnya "{expected}"',
    en: '{ref}: Status reads "{found}", should be "{expected}"',
    todo: { id: 'Ganti isinya dengan "{expected}", atau hitung ulang dengan SAKIP agar diisi otomatis (tombol Hitung ulang di panel, atau sakip hitung)', en: 'Replace it with "{expected}", or recalculate with SAKIP to fill it in (the Recalculate button in the pane, or sakip hitung)' },
  },
  'audit-efisiensi': {
    id: '{ref}: {column} tertulis {found}, hasil hitung {expected}',
    en: '{ref}: {column} reads {found}, recomputed {expected}',
    todo: REPLACE_TODO,
  },
  'persen-campuran': {
    id: '{ref}: di {rows} baris, {pair} diketik dua cara: satu berformat persen, satu angka biasa (misalnya {pctRef} "{pct}" dan {plainRef} "{plain}")',
    en: '{ref}: in {rows} rows, {pair} are typed two ways: one percent-formatted, one a plain number (e.g. {pctRef} "{pct}" and {plainRef} "{plain}")',
    why: { id: 'Keduanya dibaca seperti tampil ({pctShown} dan {plain})', en: 'Both read as they show ({pctShown} and {plain})' },
    todo: { id: 'Tidak perlu diubah bila memang itu maksudnya; bila tidak, samakan cara pengetikannya', en: 'Nothing to change if that is what is meant; otherwise type them the same way' },
  },
  'persen-pecahan': {
    id: '{ref}: {plainName} {plain} angka biasa, padahal {pctName} {pctRef} berformat persen ({pct})',
    en: '{ref}: {plainName} {plain} is a plain number while {pctName} {pctRef} is percent-formatted ({pct})',
    why: { id: '{plainName} dibaca {plain}, bukan {plainPct}', en: '{plainName} reads {plain}, not {plainPct}' },
    todo: { id: 'Bila maksudnya {plainPct}%, ketik {plainPct} atau beri sel ini format persen', en: 'If {plainPct}% is meant, type {plainPct} or give this cell a percent format' },
  },
} satisfies Record<string, Advised>;

/**
 * Why a finding's case is what it is, when that depends on the case: the engine picks one (the
 * band that applied, why an output is "-"), and its `todo`, when given, replaces the entry's.
 */
export const FINDING_REASONS = {
  'rumus-maksimal': {
    why: { id: 'Capaian = realisasi ÷ target × 100 = {realisasi} ÷ {target} × 100', en: 'Capaian = realisasi ÷ target × 100 = {realisasi} ÷ {target} × 100' },
  },
  'rumus-minimal': {
    why: {
      id: 'Indikator ini berpolaritas minimal: capaian = (2 − realisasi ÷ target) × 100 = (2 − {realisasi} ÷ {target}) × 100',
      en: 'The indicator is to be minimised: capaian = (2 − realisasi ÷ target) × 100 = (2 − {realisasi} ÷ {target}) × 100',
    },
  },
  'rumus-stabil': {
    why: {
      id: 'Indikator ini berpolaritas stabil: capaian 100 bila realisasi {realisasi} berada dalam rentang target {target}, dan berkurang di luar rentang itu',
      en: 'The indicator is to be stabilised: capaian is 100 when realisasi {realisasi} lies within the target range {target}, and less outside it',
    },
  },
  'rumus-rentang-permenpan': {
    why: {
      id: 'Target rentang {target} dinilai menurut profil (PermenPAN-RB 8/2021): capaian 100 bila realisasi {realisasi} berada dalam rentang; di atasnya dibandingkan dengan batas atas, di bawahnya dengan batas bawah, dengan rumus polaritas indikator',
      en: 'The target range {target} is scored by the profile\'s rule (PermenPAN-RB 8/2021): capaian is 100 when realisasi {realisasi} lies within the range; above it the upper bound, below it the lower bound is the target of the indicator\'s polarity formula',
    },
  },
  'pita-kriteria': {
    why: { id: 'Capaian {capaian} berada pada rentang {band}, yang menurut profil {profile} berkriteria "{expected}"', en: 'Capaian {capaian} lies in the band {band}, which the profile {profile} grades "{expected}"' },
  },
  'pita-nilai': {
    why: {
      id: 'Capaian {capaian} berada pada rentang {band}, yang menurut konversi nilai capaian profil {profile} ("{label}") bernilai {expected}',
      en: 'Capaian {capaian} lies in the band {band}, which the nilai capaian conversion of the profile {profile} ("{label}") scores {expected}',
    },
  },
  'pita-status': {
    why: {
      id: 'Capaian terhadap target tahunan {capaian} berada pada rentang {band}, yang menurut profil {profile} berstatus "{expected}"',
      en: 'The achievement against the annual target, {capaian}, lies in the band {band}, which the profile {profile} calls "{expected}"',
    },
  },
  'tanpa-realisasi': {
    why: { id: 'Belum ada realisasi di baris ini, jadi capaian, kriteria dan statusnya belum dinilai', en: 'There is no realisasi in this row yet, so its capaian, kriteria and status are not assessed' },
    todo: DASH_TODO,
  },
  'tanpa-target': {
    why: { id: 'Target periode ini kosong, "-" atau 0, jadi indikator tidak dinilai pada periode ini', en: 'The target of this period is empty, "-" or 0, so the indicator is not assessed in this period' },
    todo: DASH_TODO,
  },
  'tanpa-target-tahunan': {
    why: { id: 'Target tahunan kosong, "-" atau 0, jadi status belum dinilai', en: 'The annual target is empty, "-" or 0, so the status is not assessed' },
    todo: DASH_TODO,
  },
  'target-bermasalah': {
    why: { id: 'Target baris ini tidak dapat dipakai (lihat temuan pada sel targetnya), jadi indikator belum dinilai', en: "This row's target cannot be used (see the finding on its target cell), so the indicator is not assessed" },
    todo: { id: 'Perbaiki targetnya dahulu; sampai itu, kosongkan sel ini atau tulis "-"', en: 'Correct the target first; until then, empty this cell or write "-"' },
  },
  'target-tahunan-bermasalah': {
    why: { id: 'Target tahunan baris ini tidak dapat dipakai (lihat temuan pada sel itu), jadi status belum dinilai', en: "This row's annual target cannot be used (see the finding on that cell), so the status is not assessed" },
    todo: { id: 'Perbaiki target tahunannya dahulu; sampai itu, kosongkan sel ini atau tulis "-"', en: 'Correct the annual target first; until then, empty this cell or write "-"' },
  },
  'rumus-capaian-input': {
    why: { id: 'Capaian input = realisasi anggaran ÷ pagu × 100', en: 'Capaian input = realisasi anggaran ÷ pagu × 100' },
  },
  'rumus-ie': {
    why: { id: 'IE = capaian output ÷ capaian input', en: 'IE = capaian output ÷ capaian input' },
  },
  'rumus-te': {
    why: { id: 'TE = (IE − SE) ÷ SE, dengan standar efisiensi (SE) {se} menurut profil {profile}', en: 'TE = (IE − SE) ÷ SE, with the efficiency standard (SE) {se} of the profile {profile}' },
  },
  'pita-efisiensi': {
    why: {
      id: 'TE {te} berada pada rentang {band}, yang menurut profil {profile} bercapaian TE {capaianTe} dan berkategori "{kategori}"',
      en: 'TE {te} lies in the band {band}, which the profile {profile} gives capaian TE {capaianTe} and the category "{kategori}"',
    },
  },
  'pita-efisiensi-tanpa-capaian': {
    why: {
      id: 'TE {te} berada pada rentang {band}, yang menurut profil {profile} tidak diberi capaian TE dan berkategori "{kategori}"',
      en: 'TE {te} lies in the band {band}, which the profile {profile} gives no capaian TE and the category "{kategori}"',
    },
  },
  'efisiensi-tanpa-anggaran': {
    why: { id: 'Pagu atau realisasi anggaran baris ini kosong atau tidak terbaca (lihat temuan lain di baris ini), jadi efisiensinya belum dinilai', en: "This row's pagu or budget realisasi is empty or unreadable (see the other findings in the row), so its efficiency is not assessed" },
    todo: DASH_TODO,
  },
  'efisiensi-tanpa-output': {
    why: { id: 'Capaian output baris ini kosong atau tidak terbaca, jadi IE dan TE belum dinilai', en: "This row's output achievement is empty or unreadable, so IE and TE are not assessed" },
    todo: DASH_TODO,
  },
  'efisiensi-pagu-nol': {
    why: { id: 'Pagu kegiatan ini 0, jadi capaian input dan efisiensinya tidak dapat dihitung', en: "The activity's pagu is 0, so its input achievement and efficiency cannot be computed" },
    todo: DASH_TODO,
  },
  'efisiensi-input-nol': {
    why: { id: 'Capaian input kegiatan ini 0 (belum ada belanja), jadi IE dan TE tidak dapat dihitung', en: "The activity's input achievement is 0 (nothing spent), so IE and TE cannot be computed" },
    todo: DASH_TODO,
  },
  'efisiensi-negatif': {
    why: { id: 'Ada angka anggaran atau capaian yang negatif di baris ini (lihat temuan lain di baris ini), jadi efisiensinya belum dinilai', en: 'A budget or achievement figure in this row is negative (see the other findings in the row), so its efficiency is not assessed' },
    todo: DASH_TODO,
  },
  'efisiensi-se': {
    why: { id: 'Standar efisiensi profil {profile} tidak di atas 0, jadi TE tidak dapat dihitung', en: 'The efficiency standard of the profile {profile} is not above 0, so TE cannot be computed' },
    todo: DASH_TODO,
  },
  'output-kosong': {
    why: { id: 'Capaian output kosong (juga target dan realisasi volumenya), jadi IE dan TE tidak dapat dihitung', en: 'The output achievement is empty (and so are the volume target and realisasi), so IE and TE cannot be computed' },
    todo: { id: 'Isi capaian output atau volumenya', en: 'Fill in the output achievement or its volumes' },
  },
} satisfies Record<string, { readonly why: Bilingual; readonly todo?: Bilingual }>;

/** A key of WORKBOOK_MESSAGES. */
export type WorkbookMessageCode = keyof typeof WORKBOOK_MESSAGES;

/** A key of FINDING_REASONS. */
export type FindingReasonCode = keyof typeof FINDING_REASONS;

/** The case a finding explains: one of FINDING_REASONS, or a core reason (its text is the why). */
export type FindingReason = FindingReasonCode | CoreMessageCode;

/** The finding codes the engine emits (stable, kebab-case Indonesian). */
export const FINDING_CODES = [
  'header-tidak-ditemukan',
  'kolom-tidak-ditemukan',
  'tabel-tidak-lengkap',
  'kolom-ganda',
  'judul-ambigu',
  'judul-tidak-dikenal',
  'kolom-tahun-jadi-tahunan',
  'kolom-tahun-lain',
  'realisasi-bertahun',
  'tabel-kosong',
  'perspektif-tidak-ada',
  'sasaran-tidak-ada',
  'angka-tidak-terbaca',
  'target-tidak-valid',
  'realisasi-kosong',
  'polaritas-tidak-dikenal',
  'indikator-ganda',
  'rumus-di-kolom-hasil',
  'efisiensi-tidak-terdefinisi',
  'efisiensi-tidak-valid',
  'rasio-tidak-terhitung',
  'realisasi-dari-rasio',
  'audit-realisasi',
  'bobot-diabaikan',
  'bobot-tanpa-kolom',
  'bobot-kosong',
  'audit-capaian',
  'audit-kriteria',
  'audit-nilai',
  'audit-status',
  'audit-efisiensi',
  'persen-campuran',
  'persen-pecahan',
] as const;

/** A finding code. */
export type FindingCode = (typeof FINDING_CODES)[number];

/** A finding's whole sentence and its advice part (why, then what to do). */
export interface FindingText {
  readonly message: string;
  readonly advice: string;
}

/** A clause as a sentence: ends with a full stop. */
const sentence = (s: string): string => (/[.!?]$/.test(s) ? s : `${s}.`);

/**
 * The text of a finding in `lang`: what (the entry), why (the reason's, else the entry's) and
 * what to do (the reason's todo, else the entry's), `{name}` filled from params, as sentences.
 */
export function findingText(key: WorkbookMessageCode, lang: Lang, params: Readonly<Record<string, string | number>> = {}, reason?: FindingReason): FindingText {
  const entry: Advised = WORKBOOK_MESSAGES[key];
  let why: Bilingual | undefined = entry.why;
  let todo: Bilingual = entry.todo;
  if (reason !== undefined) {
    if (reason in FINDING_REASONS) {
      const r: { readonly why: Bilingual; readonly todo?: Bilingual } = FINDING_REASONS[reason as FindingReasonCode];
      why = r.why;
      todo = r.todo ?? todo;
    } else {
      const r: Advised = CORE_MESSAGES[reason as CoreMessageCode];
      why = { id: r.id, en: r.en };
      todo = r.todo;
    }
  }
  const advice = [why, todo].filter((t): t is Bilingual => t !== undefined).map((t) => sentence(formatMessage(t, lang, params)));
  return { message: [sentence(formatMessage(entry, lang, params)), ...advice].join(' '), advice: advice.join(' ') };
}

/** The whole message of a finding (see findingText), or the text of a core reason in `lang`. */
export function message(code: WorkbookMessageCode | CoreMessageCode, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  if (code in WORKBOOK_MESSAGES) return findingText(code as WorkbookMessageCode, lang, params).message;
  return formatMessage(CORE_MESSAGES[code as CoreMessageCode], lang, params);
}
