/**
 * Every custom function as data, in the manner of HyperFormula's function plugins: its
 * parameters (name, kind, optional or repeating) and the computation on already-read values.
 * `run.ts` is the one interpreter that reads arguments by kind, lines ranges up and maps
 * problems to Excel values; `functions.ts` only holds the JSDoc Excel's metadata comes from.
 */
import { Capaian, capaian, rangeNeedsStabilize } from '../core/capaian';
import { indeksEfisiensi, tingkatEfisiensi, gradeEfisiensi, Ratio } from '../core/efisiensi';
import { kriteria, nilaiCapaian, predikat, status } from '../core/grades';
import { meanOfAssessed, nps, Nilai } from '../core/aggregate';
import { Polaritas } from '../core/polaritas';
import { RuleProfile } from '../core/profile';
import { Target } from '../core/target';
import { realisasiDariRasio } from '../core/rasio';
import { Lang } from '../core/messages';
import { showNumber } from './messages';
import { DASH, Problem } from './errors';

/** How an argument's cells are read. */
export interface KindValues {
  /** `readNumber`: blank and `-` read as null. */
  number: number | null;
  /** `readTarget`: a number or a `bawah..atas` range; blank, `-` read as null. */
  target: Target | null;
  /** `readPolaritas`: null when left blank (the computation picks the default). */
  polaritas: Polaritas | null;
}

/** The kind of an argument. */
export type Kind = keyof KindValues;

/** One parameter of a function. */
export interface ParamSpec {
  readonly name: string;
  readonly kind: Kind;
  readonly optional?: boolean;
  /** A repeating range parameter (`NPS(capaian, …)`); only the last one may repeat. */
  readonly repeating?: boolean;
  /**
   * A target given as a two-column range is one `bawah..atas` range per row when the other
   * arguments are one column wide (SPEC §2: a range "in two cells").
   */
  readonly pairs?: boolean;
}

/** What a computation returns for one cell: a number, a label, or a problem. */
export type CellResult = number | string | Problem;

/** What a computation may read besides its arguments. */
export interface CallContext {
  readonly profile: RuleProfile;
  /** The language messages are written in. */
  readonly lang: Lang;
}

type ValuesOf<P extends readonly ParamSpec[]> = { -readonly [I in keyof P]: KindValues[P[I]['kind']] };

/** A function applied cell by cell over arguments of one shape (a single cell broadcasts). */
export interface ElementwiseSpec<P extends readonly ParamSpec[] = readonly ParamSpec[]> {
  readonly mode: 'elementwise';
  readonly params: P;
  /** `args` is only lent for the call (the interpreter refills one array cell after cell). */
  readonly compute: (args: ValuesOf<P>, ctx: CallContext) => CellResult;
}

/** A function of every number in its repeating range argument; blanks and `-` are left out. */
export interface AggregateSpec {
  readonly mode: 'aggregate';
  readonly params: readonly [ParamSpec & { kind: 'number'; repeating: true }];
  readonly compute: (values: number[], ctx: CallContext) => CellResult;
}

/** One function of the table. */
export type FunctionSpec = ElementwiseSpec | AggregateSpec;

const elementwise = <const P extends readonly ParamSpec[]>(params: P, compute: ElementwiseSpec<P>['compute']): ElementwiseSpec =>
  ({ mode: 'elementwise', params, compute }) as unknown as ElementwiseSpec;

// The target is printed only when there is a problem to explain: most cells have none.
const fromCapaian = (c: Capaian, target: Target | null, lang: Lang): CellResult =>
  c.status === 'ok' ? c.value : { reason: c.reason, text: target === null ? '' : targetText(target, lang) };
const fromRatio = (r: Ratio): CellResult => (r.status === 'ok' ? r.value : { reason: r.reason });
const fromNilai = (n: Nilai): CellResult => (n.status === 'ok' ? n.value : DASH);

/** A target as the messages print it: `89,2` or `7–8` in Indonesian, `89.2` in English. */
export function targetText(t: Target, lang: Lang): string {
  return typeof t === 'number' ? showNumber(t, lang) : `${showNumber(t.bawah, lang)}–${showNumber(t.atas, lang)}`;
}

/** The custom functions by id (what users type after `SAKIP.`). */
export const SIGNATURES = {
  CAPAIAN: elementwise(
    [
      { name: 'realisasi', kind: 'number' },
      { name: 'target', kind: 'target', pairs: true },
      { name: 'polaritas', kind: 'polaritas', optional: true },
    ] as const,
    ([realisasi, target, polaritas], { lang, profile }) => {
      const rangeRule = profile.rangeRule ?? 'stabil';
      // SPEC §2: under the 'stabil' rule a target range means stabilize, so a range with
      // maximize/minimize named is a contradiction; a rule that takes the polarity scores it.
      if (target !== null && rangeNeedsStabilize(target, polaritas, rangeRule)) {
        return { reason: 'range-needs-stabilize', text: targetText(target, lang) };
      }
      return fromCapaian(capaian({ realisasi, target, polaritas: polaritas ?? 'maximize', rangeRule }), target, lang);
    },
  ),
  REALISASI: elementwise(
    [
      { name: 'pembilang', kind: 'number' },
      { name: 'penyebut', kind: 'number' },
    ] as const,
    ([pembilang, penyebut], { lang }) => {
      // A count not filled in yet: the realisasi is not reported (#N/A with its reason), never 0.
      if (pembilang === null || penyebut === null) return { reason: 'not-reported' };
      const r = realisasiDariRasio(pembilang, penyebut);
      if (r.status === 'ok') return r.value;
      return { reason: r.reason, text: `${showNumber(pembilang, lang)} / ${showNumber(penyebut, lang)}` };
    },
  ),
  KRITERIA: elementwise([{ name: 'capaian', kind: 'number' }] as const, ([c], { profile }) => (c === null ? DASH : kriteria(c, profile).label)),
  NPS: {
    mode: 'aggregate',
    params: [{ name: 'capaian', kind: 'number', repeating: true }],
    compute: (values, { profile }) => fromNilai(nps(values, profile)),
  },
  NPSS: {
    mode: 'aggregate',
    params: [{ name: 'np', kind: 'number', repeating: true }],
    compute: (values) => fromNilai(meanOfAssessed(values.map((value) => ({ status: 'ok', value, count: 1 })))),
  },
  // The profile's capaian → nilai conversion (PermenPAN-RB 8/2021); a profile without one says so.
  NILAI: elementwise([{ name: 'capaian', kind: 'number' }] as const, ([c], { profile }) => {
    if (c === null) return DASH;
    const n = nilaiCapaian(c, profile);
    return n === null ? { reason: 'no-nilai-conversion', text: profile.name } : n.nilai;
  }),
  PREDIKAT: elementwise([{ name: 'nilai', kind: 'number' }] as const, ([n], { profile }) => (n === null ? DASH : predikat(n, profile).label)),
  STATUS: elementwise([{ name: 'capaian_tahunan', kind: 'number' }] as const, ([c], { profile }) => (c === null ? DASH : status(c, profile).label)),
  'EFISIENSI.IE': elementwise(
    [
      { name: 'capaian_output', kind: 'number' },
      { name: 'capaian_input', kind: 'number' },
    ] as const,
    ([output, input]) => (output === null || input === null ? DASH : fromRatio(indeksEfisiensi(output, input))),
  ),
  'EFISIENSI.TE': elementwise(
    [
      { name: 'capaian_output', kind: 'number' },
      { name: 'capaian_input', kind: 'number' },
      { name: 'se', kind: 'number', optional: true },
    ] as const,
    ([output, input, se], { profile }) => {
      if (output === null || input === null) return DASH;
      const ie = indeksEfisiensi(output, input);
      return ie.status === 'ok' ? fromRatio(tingkatEfisiensi(ie.value, se ?? profile.standarEfisiensi)) : fromRatio(ie);
    },
  ),
  'EFISIENSI.CAPAIAN': elementwise([{ name: 'te', kind: 'number' }] as const, ([te], { profile }) =>
    te === null ? DASH : (gradeEfisiensi(te, profile).capaian ?? DASH),
  ),
  'EFISIENSI.KATEGORI': elementwise([{ name: 'te', kind: 'number' }] as const, ([te], { profile }) =>
    te === null ? DASH : gradeEfisiensi(te, profile).kategori,
  ),
} satisfies Record<string, FunctionSpec>;

/** The id of a custom function. */
export type FunctionId = keyof typeof SIGNATURES;
