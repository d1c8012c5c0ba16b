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
  /** How a range target is scored; the profile's `rangeRule`, default 'stabil'. */
  readonly rangeRule?: RangeRule;
}

/** How a profile scores a range target `bawah..atas` (SPEC §2; issue 15). */
export type RangeRule = 'stabil' | 'permenpan-rb';

type Range = { readonly bawah: number; readonly atas: number };

/** The capaian of one number target by polarity: R/T, or (1 + (1 − R/T)) for lower-is-better. */
const versus = (realisasi: number, target: number, polaritas: Polaritas): number =>
  polaritas === 'minimize' ? (2 - realisasi / target) * 100 : (realisasi / target) * 100;

/**
 * Each range rule as data: how a realisasi outside the range scores, and whether a range may be
 * given with a maximize or minimize polarity (else only stabilize).
 * - 'stabil' (BPOM, PermenPAN-RB 8/2021): both sides are misses — below scores R/bawah, above
 *   (2 − R/atas); the polarity is ignored, naming maximize/minimize is a contradiction.
 * - 'permenpan-rb' (PermenPAN-RB 8/2021, individual SKP): the realisasi is measured by the
 *   polarity's formula against the upper bound when above the range and the lower bound when
 *   below, so a maximize indicator above its range scores above 100; with stabilize it is 'stabil'.
 */
export const RANGE_RULES: Readonly<Record<RangeRule, { readonly outside: (realisasi: number, range: Range, polaritas: Polaritas) => number; readonly takesPolaritas: boolean }>> = {
  stabil: {
    outside: (r, { bawah, atas }) => (r < bawah ? versus(r, bawah, 'maximize') : versus(r, atas, 'minimize')),
    takesPolaritas: false,
  },
  'permenpan-rb': {
    outside: (r, range, p) => (p === 'stabilize' ? RANGE_RULES.stabil.outside(r, range, p) : versus(r, r > range.atas ? range.atas : range.bawah, p)),
    takesPolaritas: true,
  },
};

const ok = (value: number): Capaian => ({ status: 'ok', value });

/**
 * Whether a range target with a polarity the user named is a contradiction under `rangeRule`
 * (SPEC §2: under 'stabil' a range means stabilize, so naming maximize/minimize is an error);
 * the custom functions and the sheet engine both refuse it with 'range-needs-stabilize'.
 */
export function rangeNeedsStabilize(target: number | Range | null, named: Polaritas | null, rangeRule: RangeRule): boolean {
  return target !== null && typeof target !== 'number' && named !== null && named !== 'stabilize' && !RANGE_RULES[rangeRule].takesPolaritas;
}

/**
 * Achievement of one indicator in percent, full precision (SPEC §2; minimize and stabilize
 * as PermenPAN-RB 8/2021).
 *
 * @example capaian({ realisasi: 6.5, target: 7, polaritas: 'minimize' }) // { status: 'ok', value: 107.142857… }
 */
export function capaian({ realisasi, target, polaritas = 'maximize', rangeRule = 'stabil' }: CapaianInput): Capaian {
  if (target === null) return { status: 'not-assessed', reason: 'no-target' };
  const rule = RANGE_RULES[rangeRule];
  if (typeof target !== 'number') return inRange(realisasi, target, rule.takesPolaritas ? polaritas : 'stabilize', rule);
  if (polaritas === 'stabilize') {
    // A one-number target for a stabilize indicator is the range [t, t].
    return inRange(realisasi, { bawah: target, atas: target }, polaritas, rule);
  }
  if (target < 0) return { status: 'invalid', reason: 'negative-target' };
  if (target === 0) return { status: 'not-assessed', reason: 'no-target' };
  if (realisasi === null) return { status: 'not-assessed', reason: 'not-reported' };
  return ok(versus(realisasi, target, polaritas));
}

function inRange(realisasi: number | null, range: Range, polaritas: Polaritas, rule: (typeof RANGE_RULES)[RangeRule]): Capaian {
  const { bawah, atas } = range;
  if (bawah < 0 || atas < 0) return { status: 'invalid', reason: 'range-negative' };
  if (bawah > atas) return { status: 'invalid', reason: 'range-reversed' };
  if (atas === 0) return { status: 'not-assessed', reason: 'no-target' };
  if (realisasi === null) return { status: 'not-assessed', reason: 'not-reported' };
  if (realisasi >= bawah && realisasi <= atas) return ok(100);
  // Below the range a lower bound of 0 cannot be missed (realisasi < 0 only): score 0.
  if (realisasi < bawah && bawah === 0) return ok(0);
  return ok(rule.outside(realisasi, range, polaritas));
}
