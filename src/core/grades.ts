import { classify } from './bands';
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
