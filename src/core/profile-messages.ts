/**
 * What is wrong with a profile file, in words a planner editing it can act on: each problem
 * names where (its path, e.g. `kriteria[2].warna`) and what to write instead. Indonesian first,
 * English when asked; rendered by core's formatMessage.
 */
import { Bilingual, Lang, formatMessage } from './messages';

/** The problem texts, keyed by problem code; `{name}` marks a parameter. */
export const PROFILE_MESSAGES = {
  'json-unexpected-char': {
    id: 'bukan JSON yang sah: baris {line}, kolom {column}: tanda \'{found}\' tidak diharapkan di sini (periksa koma, tanda kutip dan kurung di sekitarnya)',
    en: 'not valid JSON: line {line}, column {column}: \'{found}\' is not expected here (check the commas, quotes and brackets around it)',
  },
  'json-unexpected-end': {
    id: 'bukan JSON yang sah: berkas berakhir di baris {line}, kolom {column} sebelum semua kurung ditutup (tambahkan } atau ] yang kurang)',
    en: 'not valid JSON: the file ends at line {line}, column {column} before every bracket is closed (add the missing } or ])',
  },
  'json-duplicate-key': {
    id: 'bukan JSON yang sah: baris {line}, kolom {column}: kunci "{found}" ditulis dua kali dalam satu objek (hapus salah satunya)',
    en: 'not valid JSON: line {line}, column {column}: the key "{found}" is written twice in one object (delete one of them)',
  },
  'json-bad-number': {
    id: 'bukan JSON yang sah: baris {line}, kolom {column}: angka tidak sah (tulis dengan titik desimal, mis. 0.2, tanpa nol di depan)',
    en: 'not valid JSON: line {line}, column {column}: invalid number (write it with a decimal point, e.g. 0.2, without leading zeros)',
  },
  'json-bad-escape': {
    id: 'bukan JSON yang sah: baris {line}, kolom {column}: garis miring terbalik \\ tidak sah dalam teks (tulis \\\\ untuk satu \\)',
    en: 'not valid JSON: line {line}, column {column}: invalid backslash \\ in a text (write \\\\ for one \\)',
  },
  'json-control-char': {
    id: 'bukan JSON yang sah: baris {line}, kolom {column}: teks tidak boleh memuat baris baru atau tab (tutup tanda kutipnya di baris yang sama)',
    en: 'not valid JSON: line {line}, column {column}: a text may not hold a line break or tab (close its quote on the same line)',
  },
  'json-decimal-comma': {
    id: 'bukan JSON yang sah: baris {line}, kolom {column}: angka desimal dalam JSON ditulis dengan titik (0.5, bukan 0,5)',
    en: 'not valid JSON: line {line}, column {column}: a decimal number in JSON is written with a point (0.5, not 0,5)',
  },
  'format-missing': {
    id: 'kolom "format" tidak ada; tulis "format": "{format}" agar berkas dikenali sebagai profil aturan',
    en: 'the "format" field is missing; write "format": "{format}" so the file is recognised as a rule profile',
  },
  'format-unknown': {
    id: 'format "{found}" tidak dikenal; versi ini membaca "{format}" (ekspor ulang profil dengan sakip profil ekspor)',
    en: 'unknown format "{found}"; this version reads "{format}" (export the profile again with sakip profil ekspor)',
  },
  'missing-field': { id: 'kolom "{field}" wajib ada tetapi tidak ditemukan', en: 'the required field "{field}" is missing' },
  'unknown-field': {
    id: 'kolom "{field}" tidak dikenal (periksa ejaannya; kolom yang dikenal: {known})',
    en: 'unknown field "{field}" (check its spelling; known fields: {known})',
  },
  'reserved-field': {
    id: 'kolom "{field}" dicadangkan untuk versi berikutnya dan belum didukung; hapus kolom ini',
    en: 'the field "{field}" is reserved for a later version and not supported yet; delete it',
  },
  'wrong-type': { id: 'harus {expected}, bukan {found}', en: 'must be {expected}, not {found}' },
  'bad-colour': {
    id: '"{value}" bukan warna #RRGGBB (enam angka heksadesimal 0-9/A-F, mis. #00B050)',
    en: '"{value}" is not a #RRGGBB colour (six hexadecimal digits 0-9/A-F, e.g. #00B050)',
  },
  'bad-id': {
    id: '"{value}" bukan id yang sah: pakai huruf kecil, angka dan tanda hubung (mis. bpom-upt-2024)',
    en: '"{value}" is not a valid id: use lower-case letters, digits and hyphens (e.g. bpom-upt-2024)',
  },
  'empty-text': { id: 'tidak boleh kosong', en: 'must not be empty' },
  'bad-kategori': {
    id: '"{value}" bukan kategori efisiensi (tulis "Efisien" atau "Tidak Efisien")',
    en: '"{value}" is not an efficiency category (write "Efisien" or "Tidak Efisien")',
  },
  'cap-order': {
    id: 'batas bawah {min} harus lebih kecil dari batas atas {maks}',
    en: 'the lower bound {min} must be below the upper bound {maks}',
  },
  'se-not-positive': { id: 'standar efisiensi {value} harus lebih dari 0 (bawaan BPOM: 1)', en: 'the efficiency standard {value} must be above 0 (BPOM default: 1)' },
  'bobot-mode': {
    id: 'mode "{value}" tidak dikenal: tulis "kolom" (bobot dari kolom Bobot) atau "jenis" (bobot per jenis indikator)',
    en: 'unknown mode "{value}": write "kolom" (weights from the Bobot column) or "jenis" (a weight per indicator type)',
  },
  'bobot-negative': { id: 'bobot {value} harus 0 atau lebih', en: 'the weight {value} must be 0 or more' },
  'bobot-empty': { id: 'tabel bobot per jenis kosong: tulis mis. {"IKU": 2, "IKK": 1}', en: 'the weight table by type is empty: write e.g. {"IKU": 2, "IKK": 1}' },
  'decimals-range': { id: 'desimal {value} harus bilangan bulat 0 sampai 4 (bawaan: 2)', en: 'decimals {value} must be a whole number from 0 to 4 (default: 2)' },
  'duplicate-label': {
    id: 'label "{label}" dipakai dua pita ({first} dan {second}); setiap pita perlu label sendiri',
    en: 'the label "{label}" is used by two bands ({first} and {second}); each band needs its own label',
  },
  'table-empty': { id: 'tabel kosong; tulis paling sedikit satu pita', en: 'the table is empty; write at least one band' },
  gap: {
    id: 'tidak ada pita untuk {interval} (antara {before} dan {after}); ubah batas "sampai" {before} atau batas "dari" {after}',
    en: 'no band for {interval} (between {before} and {after}); change the "sampai" of {before} or the "dari" of {after}',
  },
  'open-below': {
    id: 'tidak ada pita untuk {interval} (di bawah {band}); hapus batas "dari" {band}, pita terendah',
    en: 'no band for {interval} (below {band}); delete the "dari" of {band}, the lowest band',
  },
  'open-above': {
    id: 'tidak ada pita untuk {interval} (di atas {band}); hapus batas "sampai" {band}, pita tertinggi',
    en: 'no band for {interval} (above {band}); delete the "sampai" of {band}, the highest band',
  },
  overlap: {
    id: '{first} dan {second} bertumpuk untuk {interval}; satu nilai hanya boleh masuk satu pita: ubah batas "sampai" {first} atau batas "dari" {second} sehingga keduanya bertemu di satu angka (salah satunya "termasuk": false)',
    en: '{first} and {second} overlap for {interval}; a value may fall in one band only: change the "sampai" of {first} or the "dari" of {second} so they meet at one number (one of them "termasuk": false)',
  },
  'bad-aturan-rentang': {
    id: '"{value}" bukan aturan target rentang (tulis "stabil" atau "permenpan-rb")',
    en: '"{value}" is not a range-target rule (write "stabil" or "permenpan-rb")',
  },
  'nilai-open-band': {
    id: 'pita {band} tidak berbatas di satu sisi, jadi nilainya satu: samakan "nilaiDari" ({dari}) dan "nilaiSampai" ({sampai})',
    en: 'the band {band} is unbounded on one side, so it has one score: make "nilaiDari" ({dari}) and "nilaiSampai" ({sampai}) equal',
  },
  'empty-band': {
    id: 'pita ini ({band}) tidak memuat nilai apa pun ("dari" di atas "sampai", atau batas yang sama tidak termasuk)',
    en: 'this band ({band}) holds no value ("dari" above "sampai", or the same edge not included)',
  },
} satisfies Record<string, Bilingual>;

/** A problem code of a profile file. */
export type ProfileProblemCode = keyof typeof PROFILE_MESSAGES;

/** Words the problem texts put together: JSON types, the value each table grades, joins. */
export const PROFILE_WORDS = {
  number: { id: 'angka', en: 'a number' },
  integer: { id: 'bilangan bulat', en: 'a whole number' },
  text: { id: 'teks', en: 'a text' },
  boolean: { id: 'true atau false', en: 'true or false' },
  list: { id: 'daftar [ … ]', en: 'a list [ … ]' },
  object: { id: 'objek { … }', en: 'an object { … }' },
  numberOrNull: { id: 'angka atau null', en: 'a number or null' },
  null: { id: 'null', en: 'null' },
  and: { id: 'dan', en: 'and' },
  everyValue: { id: 'semua nilai', en: 'every value' },
  // What each table grades, as the interval names it ("capaian > 90 dan < 100").
  kriteria: { id: 'capaian', en: 'capaian' },
  predikat: { id: 'nilai', en: 'score' },
  status: { id: 'capaian tahunan', en: 'annual capaian' },
  efisiensi: { id: 'TE', en: 'TE' },
  nilaiCapaian: { id: 'capaian', en: 'capaian' },
  // Named by its place, as its own problems' paths name it: efisiensi[1] (Efisien, 100).
  efisiensiBand: { id: 'efisiensi[{i}] ({kategori}, {capaian})', en: 'efisiensi[{i}] ({kategori}, {capaian})' },
} satisfies Record<string, Bilingual>;

/** A word of PROFILE_WORDS in `lang`. */
export function profileWord(key: keyof typeof PROFILE_WORDS, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  return formatMessage(PROFILE_WORDS[key], lang, params);
}
