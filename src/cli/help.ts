/**
 * The `sakip --help` text, Indonesian first (the users are Indonesian planning officers). It lives
 * here rather than in src/app/texts.ts because only the CLI shows it; the period choices and the
 * profiles are interpolated from their one list.
 */
import { PROFILES } from '../core';
import type { Lang } from '../core';
import { PERIOD_CHOICES } from '../workbook';

/** The profile ids, the first marked as the default (`bawaan`). */
const profileIds = (word: string): string => PROFILES.map((p, i) => (i === 0 ? `${p.id} (${word})` : p.id)).join(', ');

const ID = `sakip — periksa dan hitung ulang tabel kinerja SAKIP/LAKIN dalam berkas .xlsx

Pemakaian:
  sakip periksa BERKAS.xlsx… [--sheet NAMA] [--periode ${PERIOD_CHOICES}] [--profil ID|PROFIL.json] [--json] [--lang id|en]
  sakip hitung  BERKAS.xlsx… [-o HASIL.xlsx|FOLDER] [--periode …] [--sheet NAMA] [--profil ID|PROFIL.json] [--timpa-rumus] [--json]
  sakip profil  daftar | ekspor ID [-o PROFIL.json] | periksa PROFIL.json
  sakip rekap   BERKAS.xlsx… [-o REKAP.xlsx] [--html REKAP.html] [--json] [--periode …] [--profil …]

Perintah:
  periksa   menyebut periode yang dibaca dari judul kolom, lalu setiap temuan, satu per baris,
            dengan sel, tingkat dan apa yang harus dilakukan,
            mis.  Kinerja!H9 peringatan: Kriteria tertulis "Baik", seharusnya …
            (tingkat: kesalahan, peringatan atau info; termasuk Capaian, Kriteria atau Status
            tertulis yang berbeda dari hasil hitung), lalu satu baris ringkasan: lembar,
            indikator, jumlah kesalahan/peringatan/informasi
  hitung    mengisi kolom Capaian, Kriteria, capaian tahunan, Status dan kolom efisiensi,
            menambah lembar Ringkasan (NPS, NP, NPSS, predikat), lalu menyimpan ke berkas baru;
            mencetak NPSS dan predikatnya (satu baris per lembar bila ada beberapa tabel kinerja:
            NPSS lembar NAMA: …). Bila tidak ada yang dapat dihitung, tidak ada berkas ditulis dan
            alasannya disebut dalam satu baris. Bila hasil tidak dapat ditulis atau disimpan,
            temuan dan baris ringkasan tetap dicetak, dan alasannya satu baris di stderr
  profil    profil aturan sebagai berkas JSON milik pengguna (format sakip-profil/1, skema
            schemas/sakip-profil.schema.json):
              daftar          profil bawaan: id, nama, sumber
              ekspor ID       profil bawaan sebagai berkas JSON (ke stdout, atau ke -o PROFIL.json)
              periksa BERKAS  "baik" (kode 0), atau satu baris per masalah — celah, tumpang-tindih,
                              warna bukan #RRGGBB, kolom tak dikenal, kesalahan JSON dengan baris dan
                              kolomnya (kode 1); berkas tidak terbaca: kode 2
  rekap     menggabungkan laporan banyak unit (atau triwulan satu unit): setiap berkas dihitung
            seperti hitung (profil dan periode yang sama; tanpa --periode: setiap periode yang ada
            di judul kolom), lalu -o menulis buku kerja baru (Rekap Unit: NPSS per unit berurutan;
            Rekap Indikator: capaian indikator × unit; Rekap Sasaran: NPS; Tren bila berkasnya
            triwulan-triwulan satu unit), --html satu berkas laporan dengan grafik SVG (tanpa
            internet, dapat dicetak ke PDF), --json satu objek {units, indikator, tren, findings}.
            Indikator digabung bila namanya sama (huruf besar/kecil, spasi, tanda baca diabaikan);
            nama yang mirip hanya disebut sebagai temuan, tidak pernah digabung diam-diam.
            Berkas asli tidak diubah. Berkas yang tidak terbaca disebut dan dilewati. Kemajuan:
            baris "[i/n] berkas" di stderr setiap kali satu berkas selesai dibaca (beberapa berkas
            dibaca sekaligus, jadi urutannya urutan selesai). -o dan --html diperiksa sebelum
            berkas dibaca: foldernya harus ada, keduanya berkas berbeda, bukan berkas masukan

Opsi:
  --sheet NAMA        hanya lembar ini (bawaan: setiap lembar yang memuat tabel kinerja atau efisiensi)
  --periode P         ${PERIOD_CHOICES} (juga B03/B06/B09/B12); bawaan: periode yang
                      tertulis di judul kolom (wajib bila lembar memuat beberapa triwulan atau tidak menyebutnya)
  -o HASIL.xlsx       berkas keluaran (bawaan: nama berkas dengan -hasil sebelum .xlsx; berkas asli
                      tidak pernah ditimpa kecuali -o menyebut namanya). -o FOLDER/ (diakhiri /) atau,
                      dengan beberapa berkas, nama tanpa ekstensi: sebuah folder, dibuat bila belum ada
                      (dan disebut di stderr); folder di atas HASIL.xlsx harus sudah ada. Hasil disimpan
                      utuh atau tidak sama sekali. Hanya berkas biasa yang ditimpa: perangkat (/dev/…),
                      FIFO dan soket ditolak; tautan (symlink) diikuti ke berkas yang ditunjuknya
  --timpa-rumus       ganti rumus buatan pengguna di kolom hasil (bawaan: rumus dipertahankan)
  --json              satu objek JSON per berkas: file, periode, periodeDari (pilihan|judul), npss,
                      predikat, perspektif, sasaran (dari tabel kinerja pertama), lembar (setiap
                      tabel: nama, jenis, periode, periodeDari, npss, predikat), findings (dengan kode
                      temuan), summary; setiap temuan lengkap. Berkas yang gagal: {"file", "error":
                      {"kind", "message"}} (kind: jenis berkas seperti encrypted, atau usage, write,
                      unexpected); bila hasil tidak dapat ditulis, juga temuan pemeriksaannya
  --lang id|en        bahasa pesan (bawaan: id)
  --desimal ,|.       pemisah desimal untuk angka yang tertulis sebagai teks (bawaan: ,)
  --profil ID|BERKAS  profil aturan: ${profileIds('bawaan')}, atau berkas profil
                      .json (nama berakhiran .json atau berkas yang ada); profil bermasalah: kode 2
                      dengan satu baris per masalah, tidak ada yang dihitung
  --diam, -q, --quiet tanpa baris kemajuan di stderr
  --versi, --version  nomor versi sakip
  -h, --help          bantuan ini

Kemajuan: di terminal satu baris di stderr (berkas i/n, membuka, membaca, memeriksa, menulis,
menyimpan) yang diperbarui di tempat. Bila stderr dialihkan ke berkas: dengan beberapa berkas,
baris "[i/n] berkas" langsung dicetak saat tiap berkas mulai; tahap-tahapnya (membuka, membaca…)
baru dicetak bila satu berkas berjalan lebih dari 1 detik. Rekap: baris "[i/n] berkas" dicetak
saat tiap berkas selesai dibaca, sejak berkas pertama. stdout hanya berisi temuan dan hasil.
Temuan banyak: setiap kesalahan dan peringatan dicetak; temuan info sejenis dicetak 20 pertama,
sisanya dihitung dalam satu baris "… dan N temuan info lain sejenis (lihat --json)".
Berkas yang tidak dapat dibaca (kosong, folder, dilindungi kata sandi, .xls lama, CSV, teks,
.ods, ZIP lain, rusak) dan hasil yang tidak dapat disimpan (folder tidak ada, izin ditolak,
disk penuh) masing-masing satu baris di stderr yang menyebut apa yang harus dilakukan; berkas
lain dalam daftar tetap diproses.

Kode keluar (yang terburuk dari semua berkas): 0 tanpa kesalahan, 1 ada temuan kesalahan,
2 salah pemakaian (juga sakip tanpa perintah), periode belum dipilih, atau berkas tidak dapat
dibaca, disimpan atau diproses.
Catatan: grafik, pivot dan makro dari berkas asli tidak ikut tersalin ke berkas hasil.
`;

const EN = `sakip — check and recalculate SAKIP/LAKIN performance tables in .xlsx files

Usage:
  sakip periksa FILE.xlsx… [--sheet NAME] [--periode ${PERIOD_CHOICES}] [--profil ID|PROFILE.json] [--json] [--lang id|en]
  sakip hitung  FILE.xlsx… [-o OUT.xlsx|FOLDER] [--periode …] [--sheet NAME] [--profil ID|PROFILE.json] [--timpa-rumus] [--json]
  sakip profil  daftar | ekspor ID [-o PROFILE.json] | periksa PROFILE.json
  sakip rekap   FILE.xlsx… [-o REKAP.xlsx] [--html REKAP.html] [--json] [--periode …] [--profil …]

Commands:
  periksa   (check) names the period read from the headers, then lists every finding, one a
            line, with its cell, its severity and what to do,
            e.g.  Kinerja!H9 warning: Kriteria reads "Baik", should be …  (severity: error,
            warning or info), then one summary line: sheets, indicators, errors / warnings / info
  hitung    (recalculate) fills Capaian, Kriteria, annual achievement, Status and the efficiency
            columns, adds a Ringkasan sheet, saves to a new file and prints NPSS and its predikat
            (one line per sheet when there are several performance tables: NPSS of sheet NAME: …).
            When nothing can be calculated no file is written, and one line says why. When the
            results cannot be written or saved, the findings and the summary line are still
            printed, and one stderr line says why
  profil    (profile) rule profiles as JSON files the user owns (format sakip-profil/1, schema
            schemas/sakip-profil.schema.json):
              daftar          (list) the built-in profiles: id, name, source
              ekspor ID       (export) a built-in as a JSON file (to stdout, or to -o PROFILE.json)
              periksa FILE    (check) "sound" (exit 0), or one line per problem — gaps, overlaps,
                              colours that are not #RRGGBB, unknown fields, JSON errors with their
                              line and column (exit 1); an unreadable file: exit 2
  rekap     (consolidate) many units' reports (or one unit's quarters): each file computed as
            hitung does (same profile and period; without --periode every period its headers
            offer), then -o writes a new workbook (Rekap Unit: NPSS per unit, sorted; Rekap
            Indikator: capaian indicator × unit; Rekap Sasaran: NPS; Tren when the files are one
            unit's quarters), --html one report file with SVG charts (no internet, printable to
            PDF), --json one object {units, indikator, tren, findings}. Indicators merge when their
            names are equal (case, spaces, punctuation ignored); similar names are only reported
            as findings, never merged silently. The input files are not changed. A file that
            cannot be read is named and skipped. Progress: a line "[i/n] file" on stderr as each
            file has been read (several are read at once, so in the order they finish). -o and
            --html are checked before any file is read: an existing folder, two different files,
            never an input

Options:
  --sheet NAME        only this sheet (default: every sheet holding a performance or efficiency table)
  --periode P         ${PERIOD_CHOICES} (also B03…B12); default: the period the headers name
  -o OUT.xlsx         output file (default: FILE-hasil.xlsx; FILE is never overwritten unless -o names
                      it). -o FOLDER/ (ending in /) or, with several files, a name without extension:
                      a folder, created when missing (and said on stderr); the folder above OUT.xlsx
                      must exist. The result is saved whole or not at all. Only ordinary files are
                      replaced: devices (/dev/…), FIFOs and sockets are refused; a symbolic link is
                      followed to the file it names
  --timpa-rumus       overwrite the user's formulas in output columns (default: keep them)
  --json              one JSON object per file: file, periode, periodeDari (pilihan|judul), npss,
                      predikat, perspektif, sasaran (of the first performance table), lembar (every
                      table: nama, jenis, periode, periodeDari, npss, predikat), findings with their
                      codes, summary; every finding in full. A file that failed: {"file", "error":
                      {"kind", "message"}} (kind: the file's kind such as encrypted, or usage, write,
                      unexpected); when the results could not be written, also the check's findings
  --lang id|en        message language (default: id)
  --desimal ,|.       decimal separator of numbers typed as text (default: ,)
  --profil ID|FILE    rule profile: ${profileIds('default')}, or a profile .json
                      file (a name ending in .json, or an existing file); a profile with problems:
                      exit 2 with one line per problem, nothing calculated
  --diam, -q, --quiet no progress line on stderr
  --versi, --version  the version of sakip
  -h, --help          this help

Progress: on a terminal one stderr line (file i/n, opening, reading, checking, writing, saving)
rewritten in place. When stderr goes to a file: with several files, a line "[i/n] file" is printed
as each file starts; its stages (opening, reading…) only once a file has run for more than
1 second. Rekap: a line "[i/n] file" as each file is read, from the first file. stdout holds
only findings and results.
Many findings: every error and warning is printed; of each kind of info finding the first 20,
the rest counted in one line "… and N more info findings of this kind (see --json)".
A file that cannot be read (empty, a folder, password-protected, old .xls, CSV, text, .ods,
another ZIP, damaged) and a result that cannot be saved (missing folder, permission denied,
disk full) each get one stderr line saying what to do; the other files are still processed.

Exit codes (the worst over all files): 0 no errors, 1 error findings, 2 usage error (also sakip
without a command), no period chosen, or a file that cannot be read, saved or processed.
Note: charts, pivots and macros of the input are not carried into the output file.
`;

/** The help text in `lang`. */
export function helpText(lang: Lang): string {
  return lang === 'en' ? EN : ID;
}
