import { classify, inBand } from './bands';
import { Category, RuleProfile } from './profile';
import { roundAsDisplayed } from './round';

/**
 * Kriteria of an indicator's capaian, decided on the value as displayed (SPEC §2, §3).
 *
 * @example kriteria(103.52, BPOM_UPT_2024).label // 'Sangat Baik'
 */
export function kriteria(capaian: number, profile: RuleProfile): Category {
  return classify(profile.kriteria, roundAsDisplayed(capaian, profile.decimals));
}

/**
 * Predikat of an NPS, NP or NPSS (SPEC §5).
 *
 * @example predikat(101.67, BPOM_UPT_2024).label // 'Istimewa'
 */
export function predikat(nilai: number, profile: RuleProfile): Category {
  return classify(profile.predikat, roundAsDisplayed(nilai, profile.decimals));
}

/**
 * Status against the annual target, from capaian tahunan (SPEC §6).
 *
 * @example status(55.36, BPOM_UPT_2024).label // 'Perlu Upaya Keras'
 */
export function status(capaianTahunan: number, profile: RuleProfile): Category {
  return classify(profile.status, roundAsDisplayed(capaianTahunan, profile.decimals));
}

/**
 * Nilai capaian of a capaian under the profile's conversion (PermenPAN-RB individual
 * performance): the band holding the capaian as displayed, and the nilai interpolated linearly
 * between the band's edges. Null when the profile has no conversion.
 *
 * @example nilaiCapaian(90, PERMENPAN_RB_SKP_2022) // { label: 'Cukup', nilai: 80 }
 */
export function nilaiCapaian(capaian: number, profile: RuleProfile): { readonly label: string; readonly nilai: number } | null {
  if (!profile.nilaiCapaian) return null;
  const x = roundAsDisplayed(capaian, profile.decimals);
  const band = profile.nilaiCapaian.find((b) => inBand(b, x));
  if (!band) throw new RangeError(`nilaiCapaian: no band holds ${x}; the profile table has a gap`);
  const { from, to, result } = band;
  const span = from && to ? to.value - from.value : 0;
  const nilai = from && span > 0 ? result.nilaiDari + ((x - from.value) / span) * (result.nilaiSampai - result.nilaiDari) : result.nilaiDari;
  return { label: result.label, nilai };
}
