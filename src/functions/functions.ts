/**
 * The SAKIP custom functions Excel registers (namespace `SAKIP`). The JSDoc below, in
 * Indonesian, is the source of `functions.json` (custom-functions-metadata-plugin, which also
 * adds the `CustomFunctions.associate` calls); English help comes from `metadata.en.json`.
 * Every parameter is a range of any values (`unknown[][]`): Excel would otherwise convert
 * text such as "89,20" or "-" before we see it, and a single cell arrives as a 1×1 range.
 * As Excel calls them (Microsoft, "Custom functions parameter options",
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options):
 * - an omitted optional argument arrives as `null` (a TypeScript default would never apply),
 *   so `polaritas` and `se` are typed optional but read as null by the interpreter;
 * - a repeating parameter arrives as ONE argument, an array of the repeated arguments
 *   (`unknown[][][]` for repeating ranges), never as JavaScript rest arguments: a rest
 *   parameter would see that array as one range whose cells are ranges (#VALUE!);
 * - every call gets an invocation object as its last argument, which these functions ignore.
 * Each function is one line into the signature table (`signatures.ts`) and its interpreter.
 */
import { aggregate, call } from './run';

/**
 * Capaian indikator dalam persen: realisasi / target × 100 (maksimal), (2 − realisasi/target) × 100 (minimal), atau terhadap rentang target (stabil). Tanpa target: "-".
 * @customfunction CAPAIAN
 * @param realisasi Realisasi periode ini: satu sel atau rentang.
 * @param target Target periode ini: angka, rentang "7-8", atau dua kolom (batas bawah, batas atas) untuk polaritas stabil.
 * @param [polaritas] maksimal / minimal / stabil (juga max, min, positif, negatif, +, -); kosong = maksimal.
 * @returns Capaian dalam persen, berukuran sama dengan argumennya.
 */
export function CAPAIAN(realisasi: unknown[][], target: unknown[][], polaritas?: unknown[][]): unknown[][] {
  return call('CAPAIAN', realisasi, target, polaritas);
}

/**
 * Realisasi dari hitungan: pembilang / penyebut × 100 (mis. 23 sarana yang memenuhi syarat dari 36 yang diperiksa = 63,89). Penyebut 0: "-".
 * @customfunction REALISASI
 * @param pembilang Pembilang (jumlah yang memenuhi syarat): satu sel atau rentang.
 * @param penyebut Penyebut (jumlah yang diperiksa): satu sel atau rentang.
 * @returns Realisasi dalam persen, berukuran sama dengan argumennya.
 */
export function REALISASI(pembilang: unknown[][], penyebut: unknown[][]): unknown[][] {
  return call('REALISASI', pembilang, penyebut);
}

/**
 * Kriteria capaian indikator: Sangat Baik, Baik, Cukup, Kurang atau Tidak Dapat Disimpulkan, menurut profil aturan aktif.
 * @customfunction KRITERIA
 * @param capaian Capaian dalam persen: satu sel atau rentang.
 * @returns Kriteria tiap capaian.
 */
export function KRITERIA(capaian: unknown[][]): unknown[][] {
  return call('KRITERIA', capaian);
}

/**
 * Nilai Pencapaian Sasaran: rata-rata biasa capaian indikator yang dinilai, masing-masing dibatasi 0..120; bobot profil tidak dipakai (NPS berbobot: Hitung ulang di panel). Sel kosong dan "-" diabaikan.
 * @customfunction NPS
 * @param [capaian] Capaian indikator sasaran: sel atau rentang, boleh lebih dari satu.
 * @returns NPS, atau "-" bila tidak ada indikator yang dinilai.
 */
export function NPS(capaian?: unknown[][][]): unknown {
  return aggregate('NPS', capaian);
}

/**
 * Rata-rata nilai yang dinilai, tanpa batas: NP perspektif dari NPS, atau NPSS dari NP. Sel kosong dan "-" diabaikan.
 * @customfunction NPSS
 * @param [np] NP perspektif (atau NPS sasaran): sel atau rentang, boleh lebih dari satu.
 * @returns NPSS (atau NP), atau "-" bila tidak ada yang dinilai.
 */
export function NPSS(np?: unknown[][][]): unknown {
  return aggregate('NPSS', np);
}

/**
 * Nilai capaian menurut konversi profil aturan aktif (PermenPAN-RB 8/2021: Cukup mulai 80 %, di atas 110 % = 120); profil tanpa konversi: #VALUE!.
 * @customfunction NILAI
 * @param capaian Capaian dalam persen: satu sel atau rentang.
 * @returns Nilai capaian tiap capaian.
 */
export function NILAI(capaian: unknown[][]): unknown[][] {
  return call('NILAI', capaian);
}

/**
 * Predikat NPS, NP atau NPSS: Istimewa, Baik, Butuh Perbaikan, Kurang atau Sangat Kurang.
 * @customfunction PREDIKAT
 * @param nilai NPS, NP atau NPSS: satu sel atau rentang.
 * @returns Predikat tiap nilai.
 */
export function PREDIKAT(nilai: unknown[][]): unknown[][] {
  return call('PREDIKAT', nilai);
}

/**
 * Status terhadap target tahunan: Melampaui, Tercapai, Akan Tercapai atau Perlu Upaya Keras.
 * @customfunction STATUS
 * @param capaian_tahunan Capaian terhadap target tahunan dalam persen: satu sel atau rentang.
 * @returns Status tiap capaian.
 */
export function STATUS(capaian_tahunan: unknown[][]): unknown[][] {
  return call('STATUS', capaian_tahunan);
}

/**
 * Indeks Efisiensi (IE) = % capaian output / % capaian input. Capaian input 0: "-".
 * @customfunction EFISIENSI.IE
 * @param capaian_output Persen capaian output: satu sel atau rentang.
 * @param capaian_input Persen capaian input (realisasi anggaran / pagu × 100): satu sel atau rentang.
 * @returns IE tiap pasangan.
 */
export function EFISIENSI_IE(capaian_output: unknown[][], capaian_input: unknown[][]): unknown[][] {
  return call('EFISIENSI.IE', capaian_output, capaian_input);
}

/**
 * Tingkat Efisiensi (TE) = (IE − SE) / SE, dengan IE = % capaian output / % capaian input. Capaian input 0: "-".
 * @customfunction EFISIENSI.TE
 * @param capaian_output Persen capaian output: satu sel atau rentang.
 * @param capaian_input Persen capaian input (realisasi anggaran / pagu × 100): satu sel atau rentang.
 * @param [se] Standar efisiensi; kosong = SE profil aturan aktif (1).
 * @returns TE tiap pasangan.
 */
export function EFISIENSI_TE(capaian_output: unknown[][], capaian_input: unknown[][], se?: unknown[][]): unknown[][] {
  return call('EFISIENSI.TE', capaian_output, capaian_input, se);
}

/**
 * Capaian TE menurut tabel efisiensi (100, 95, 92, 90, 88, 86, 84, 80, 78, 75); TE negatif: "-".
 * @customfunction EFISIENSI.CAPAIAN
 * @param te Tingkat Efisiensi: satu sel atau rentang.
 * @returns Capaian TE tiap nilai.
 */
export function EFISIENSI_CAPAIAN(te: unknown[][]): unknown[][] {
  return call('EFISIENSI.CAPAIAN', te);
}

/**
 * Kategori efisiensi menurut tabel efisiensi: Efisien atau Tidak Efisien.
 * @customfunction EFISIENSI.KATEGORI
 * @param te Tingkat Efisiensi: satu sel atau rentang.
 * @returns Kategori tiap nilai.
 */
export function EFISIENSI_KATEGORI(te: unknown[][]): unknown[][] {
  return call('EFISIENSI.KATEGORI', te);
}
