/** The `sakip --help` text, Indonesian first (the users are Indonesian planning officers). */
import type { Lang } from '../core';

const ID = `sakip — periksa dan hitung ulang tabel kinerja SAKIP/LAKIN dalam berkas .xlsx

Pemakaian:
  sakip periksa BERKAS.xlsx… [--sheet NAMA] [--periode TW1|TW2|TW3|TW4|TAHUNAN] [--json] [--lang id|en]
  sakip hitung  BERKAS.xlsx… [-o HASIL.xlsx] [--periode …] [--sheet NAMA] [--timpa-rumus] [--json]

Perintah:
  periksa   menampilkan setiap temuan, satu per baris: Kinerja!F12 error angka-tidak-terbaca: …
            (termasuk Capaian, Kriteria atau Status tertulis yang berbeda dari hasil hitung),
            lalu satu baris ringkasan: lembar, indikator, jumlah kesalahan/peringatan/informasi
  hitung    mengisi kolom Capaian, Kriteria, capaian tahunan, Status dan kolom efisiensi,
            menambah lembar Ringkasan (NPS, NP, NPSS, predikat), lalu menyimpan ke berkas baru;
            mencetak NPSS dan predikatnya

Opsi:
  --sheet NAMA        hanya lembar ini (bawaan: setiap lembar yang memuat tabel kinerja atau efisiensi)
  --periode P         TW1, TW2, TW3, TW4 atau TAHUNAN (juga B03/B06/B09/B12); bawaan: periode yang
                      tertulis di judul kolom (wajib bila lembar memuat beberapa triwulan atau tidak menyebutnya)
  -o HASIL.xlsx       berkas keluaran (bawaan: nama berkas dengan -hasil sebelum .xlsx; berkas asli
                      tidak pernah ditimpa kecuali -o menyebut namanya); dengan beberapa berkas: sebuah folder
  --timpa-rumus       ganti rumus buatan pengguna di kolom hasil (bawaan: rumus dipertahankan)
  --json              satu objek JSON per berkas: file, npss, predikat, perspektif, sasaran, findings, summary
  --lang id|en        bahasa pesan (bawaan: id)
  --desimal ,|.       pemisah desimal untuk angka yang tertulis sebagai teks (bawaan: ,)
  --profil ID         profil aturan: bpom-upt-2024 (bawaan) atau bpom-enam-tingkat
  -h, --help          bantuan ini

Kode keluar: 0 tanpa galat, 1 ada temuan galat, 2 salah pemakaian atau berkas tidak dapat dibaca.
Catatan: grafik, pivot dan makro dari berkas asli tidak ikut tersalin ke berkas hasil.
`;

const EN = `sakip — check and recalculate SAKIP/LAKIN performance tables in .xlsx files

Usage:
  sakip periksa FILE.xlsx… [--sheet NAME] [--periode TW1|TW2|TW3|TW4|TAHUNAN] [--json] [--lang id|en]
  sakip hitung  FILE.xlsx… [-o OUT.xlsx] [--periode …] [--sheet NAME] [--timpa-rumus] [--json]

Commands:
  periksa   (check) lists every finding, one a line: Kinerja!F12 error angka-tidak-terbaca: …,
            then one summary line: sheets, indicators, errors / warnings / info
  hitung    (recalculate) fills Capaian, Kriteria, annual achievement, Status and the efficiency
            columns, adds a Ringkasan sheet, saves to a new file and prints NPSS and its predikat

Options:
  --sheet NAME        only this sheet (default: every sheet holding a performance or efficiency table)
  --periode P         TW1…TW4 or TAHUNAN (also B03…B12); default: the period the headers name
  -o OUT.xlsx         output file (default: FILE-hasil.xlsx; FILE is never overwritten unless -o names it)
  --timpa-rumus       overwrite the user's formulas in output columns (default: keep them)
  --json              one JSON object per file (file, npss, predikat, perspektif, sasaran, findings, summary)
  --lang id|en        message language (default: id)
  --desimal ,|.       decimal separator of numbers typed as text (default: ,)
  --profil ID         rule profile: bpom-upt-2024 (default) or bpom-enam-tingkat

Exit codes: 0 no errors, 1 error findings, 2 usage error or unreadable file.
Note: charts, pivots and macros of the input are not carried into the output file.
`;

/** The help text in `lang`. */
export function helpText(lang: Lang): string {
  return lang === 'en' ? EN : ID;
}
