import { Polaritas } from './polaritas';
import { Target } from './target';

/** Why an indicator has no capaian this period. */
export type NoCapaianReason =
  /** Target blank, `-` or 0: not assessed this period, printed `-` (SPEC §2). */
  | 'no-target'
  /** Target exists but realisasi is blank: not yet reported, a finding (SPEC §2). */
  | 'not-reported';

/** Why a capaian cannot be computed from the inputs at all. */
export type InvalidCapaianReason = 'negative-target' | 'range-reversed' | 'range-negative' | 'range-needs-stabilize';

/** The capaian of one indicator: a value, an explicit absence, or invalid input. Never NaN. */
export type Capaian =
  | { readonly status: 'ok'; readonly value: number }
  | { readonly status: 'not-assessed'; readonly reason: NoCapaianReason }
  | { readonly status: 'invalid'; readonly reason: InvalidCapaianReason };

/** Inputs of `capaian`; null means blank or `-`. */
export interface CapaianInput {
  readonly realisasi: number | null;
  readonly target: Target | null;
  readonly polaritas?: Polaritas;
}

const ok = (value: number): Capaian => ({ status: 'ok', value });

/**
 * Achievement of one indicator in percent, full precision (SPEC §2; minimize and stabilize
 * as PermenPAN-RB 8/2021).
 *
 * @example capaian({ realisasi: 6.5, target: 7, polaritas: 'minimize' }) // { status: 'ok', value: 107.142857… }
 */
export function capaian({ realisasi, target, polaritas = 'maximize' }: CapaianInput): Capaian {
  if (target === null) return { status: 'not-assessed', reason: 'no-target' };
  if (typeof target !== 'number') return stabilize(realisasi, target);
  if (polaritas === 'stabilize') {
    // A one-number target for a stabilize indicator is the range [t, t].
    return stabilize(realisasi, { bawah: target, atas: target });
  }
  if (target < 0) return { status: 'invalid', reason: 'negative-target' };
  if (target === 0) return { status: 'not-assessed', reason: 'no-target' };
  if (realisasi === null) return { status: 'not-assessed', reason: 'not-reported' };
  const ratio = realisasi / target;
  return ok(polaritas === 'minimize' ? (2 - ratio) * 100 : ratio * 100);
}

function stabilize(realisasi: number | null, { bawah, atas }: { bawah: number; atas: number }): Capaian {
  if (bawah < 0 || atas < 0) return { status: 'invalid', reason: 'range-negative' };
  if (bawah > atas) return { status: 'invalid', reason: 'range-reversed' };
  if (atas === 0) return { status: 'not-assessed', reason: 'no-target' };
  if (realisasi === null) return { status: 'not-assessed', reason: 'not-reported' };
  if (realisasi >= bawah && realisasi <= atas) return ok(100);
  // Below the range a lower bound of 0 cannot be missed (realisasi < 0 only): score 0.
  if (realisasi < bawah) return ok(bawah === 0 ? 0 : (realisasi / bawah) * 100);
  return ok((2 - realisasi / atas) * 100);
}
