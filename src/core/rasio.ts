/**
 * Realisasi as a ratio of counts (issue 15): most BPOM indicators print the counts beside the
 * percentage, e.g. Balai POM Pangkalpinang, Laporan Kinerja Interim TW I 2021, Tabel 3.5:
 * pembilang 23, penyebut 36 → realisasi 63,89 %.
 */

/** Realisasi from pembilang / penyebut, or why there is none. */
export type RealisasiRasio =
  | { readonly status: 'ok'; readonly value: number }
  | { readonly status: 'not-assessed'; readonly reason: 'penyebut-nol' }
  | { readonly status: 'invalid'; readonly reason: 'hitungan-negatif' };

/**
 * realisasi = pembilang / penyebut × 100. A penyebut of 0 (nothing examined) leaves the
 * realisasi undefined: not assessed, never 0 or 100. A negative count is invalid.
 *
 * @example realisasiDariRasio(23, 36) // { status: 'ok', value: 63.888… }
 */
export function realisasiDariRasio(pembilang: number, penyebut: number): RealisasiRasio {
  if (pembilang < 0 || penyebut < 0) return { status: 'invalid', reason: 'hitungan-negatif' };
  if (penyebut === 0) return { status: 'not-assessed', reason: 'penyebut-nol' };
  return { status: 'ok', value: (pembilang / penyebut) * 100 };
}
