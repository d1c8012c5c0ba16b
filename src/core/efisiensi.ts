import { classify } from './bands';
import { EfisiensiGrade, RuleProfile } from './profile';
import { roundAsDisplayed } from './round';

/** A ratio that may be undefined, with the reason (SPEC §7: input 0 → `-`). */
export type Ratio =
  | { readonly status: 'ok'; readonly value: number }
  | { readonly status: 'not-assessed'; readonly reason: 'input-zero' | 'plan-zero' }
  | { readonly status: 'invalid'; readonly reason: 'negative-input' | 'negative-output' | 'se-not-positive' };

const ok = (value: number): Ratio => ({ status: 'ok', value });

/**
 * % capaian input = realisasi anggaran / rencana (pagu) anggaran × 100 (SPEC §7).
 *
 * @example capaianInput(143091251, 217784400) // ≈ 65.70
 */
export function capaianInput(realisasiAnggaran: number, rencanaAnggaran: number): Ratio {
  if (realisasiAnggaran < 0 || rencanaAnggaran < 0) return { status: 'invalid', reason: 'negative-input' };
  if (rencanaAnggaran === 0) return { status: 'not-assessed', reason: 'plan-zero' };
  return ok((realisasiAnggaran / rencanaAnggaran) * 100);
}

/**
 * IE = % capaian output / % capaian input (SPEC §7). Input 0: undefined; output 0: IE 0.
 *
 * @example indeksEfisiensi(222, 100) // { status: 'ok', value: 2.22 }
 */
export function indeksEfisiensi(capaianOutput: number, capaianInputPct: number): Ratio {
  if (capaianInputPct < 0) return { status: 'invalid', reason: 'negative-input' };
  if (capaianOutput < 0) return { status: 'invalid', reason: 'negative-output' };
  if (capaianInputPct === 0) return { status: 'not-assessed', reason: 'input-zero' };
  return ok(capaianOutput / capaianInputPct);
}

/**
 * TE = (IE − SE) / SE (SPEC §7).
 *
 * @example tingkatEfisiensi(2.22, 1) // ≈ 1.22
 */
export function tingkatEfisiensi(ie: number, se: number): Ratio {
  if (!(se > 0)) return { status: 'invalid', reason: 'se-not-positive' };
  return ok((ie - se) / se);
}

/**
 * Capaian TE and kategori, decided on TE rounded to 2 dp as printed (SPEC §7).
 *
 * @example gradeEfisiensi(1.22, BPOM_UPT_2024) // { capaian: 84, kategori: 'Tidak Efisien' }
 */
export function gradeEfisiensi(te: number, profile: RuleProfile): EfisiensiGrade {
  return classify(profile.efisiensi, roundAsDisplayed(te, profile.decimals));
}

/** Everything SPEC §7 derives from one output/input pair. */
export interface Efisiensi {
  readonly ie: Ratio;
  readonly te: Ratio;
  readonly grade: EfisiensiGrade | null;
}

/**
 * IE, TE, capaian TE and kategori of one activity; SE defaults to the profile's.
 *
 * @example efisiensi(222, 100, BPOM_UPT_2024).grade // { capaian: 84, kategori: 'Tidak Efisien' }
 */
export function efisiensi(capaianOutput: number, capaianInputPct: number, profile: RuleProfile, se = profile.standarEfisiensi): Efisiensi {
  const ie = indeksEfisiensi(capaianOutput, capaianInputPct);
  if (ie.status !== 'ok') return { ie, te: ie, grade: null };
  const te = tingkatEfisiensi(ie.value, se);
  return { ie, te, grade: te.status === 'ok' ? gradeEfisiensi(te.value, profile) : null };
}
