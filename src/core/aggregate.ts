import { Capaian } from './capaian';
import { Category, RuleProfile } from './profile';
import { predikat } from './grades';

/** A mean over assessed members, or not assessed when none is. */
export type Nilai = { readonly status: 'ok'; readonly value: number; readonly count: number } | { readonly status: 'not-assessed' };

const NOT_ASSESSED: Nilai = { status: 'not-assessed' };

/** Limits a capaian to the profile's cap before it is averaged (SPEC §4: 0..120). */
export function capped(value: number, profile: RuleProfile): number {
  return Math.min(profile.cap.max, Math.max(profile.cap.min, value));
}

// Means are running sums in member order (the same additions as summing a list of the members,
// without the list: a 100k-row sheet has 40k sasaran).
function meanOf(sum: number, count: number): Nilai {
  return count === 0 ? NOT_ASSESSED : { status: 'ok', value: sum / count, count };
}

/**
 * NPS: plain mean of the assessed indicators' capaian, each first capped (SPEC §4).
 *
 * @example nps([95.12, 53.94, 100, 146.82, 128.44, 133.33, 186.64], BPOM_UPT_2024) // ≈ 104.15
 */
export function nps(capaians: readonly (Capaian | number)[], profile: RuleProfile): Nilai {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < capaians.length; i++) {
    const c = capaians[i];
    if (typeof c === 'number') sum += capped(c, profile);
    else if (c.status === 'ok') sum += capped(c.value, profile);
    else continue;
    count++;
  }
  return meanOf(sum, count);
}

/**
 * NPS as a weighted mean (issue 15): Σ bobot × capped capaian / Σ bobot over the assessed
 * indicators (`bobot[i]` weighs `capaians[i]`; weights of indicators not assessed drop out with
 * them). Not assessed when nothing is, or the weights of what is sum to 0.
 *
 * @example npsBerbobot([120, 60], [2, 1], BPOM_UPT_2024) // (2 × 120 + 60) / 3 = 100
 */
export function npsBerbobot(capaians: readonly (Capaian | number)[], bobot: readonly number[], profile: RuleProfile): Nilai {
  let sum = 0;
  let weights = 0;
  let count = 0;
  for (let i = 0; i < capaians.length; i++) {
    const c = capaians[i];
    const value = typeof c === 'number' ? c : c.status === 'ok' ? c.value : undefined;
    if (value === undefined) continue;
    const w = bobot[i];
    sum += w * capped(value, profile);
    weights += w;
    count++;
  }
  return count === 0 || weights === 0 ? NOT_ASSESSED : { status: 'ok', value: sum / weights, count };
}

/** NP of a perspective (mean of assessed NPS) or NPSS (mean of assessed NP), SPEC §4. */
export function meanOfAssessed(members: readonly Nilai[]): Nilai {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    if (m.status !== 'ok') continue;
    sum += m.value;
    count++;
  }
  return meanOf(sum, count);
}

/** One indicator's place in the strategy map and its capaian. */
export interface IndicatorResult {
  readonly perspektif: string;
  readonly sasaran: string;
  readonly capaian: Capaian;
}

/** NPS of one sasaran. */
export interface SasaranSummary {
  readonly nama: string;
  readonly perspektif: string;
  readonly nps: Nilai;
  readonly predikat: Category | null;
}

/** NP of one perspective. */
export interface PerspektifSummary {
  readonly nama: string;
  readonly np: Nilai;
  readonly predikat: Category | null;
}

/** NPS per sasaran, NP per perspective, NPSS and its predikat. */
export interface StrategySummary {
  readonly sasaran: readonly SasaranSummary[];
  readonly perspektif: readonly PerspektifSummary[];
  readonly npss: Nilai;
  readonly predikat: Category | null;
}

/** The indicators of one sasaran, grouped by the caller (`summarize` groups them itself). */
export interface SasaranGroup {
  readonly nama: string;
  readonly perspektif: string;
  /** Capaian of its indicators; a number is an assessed capaian, as `nps` takes it. */
  readonly capaian: readonly (Capaian | number)[];
  /** Weight of each indicator, index for index with `capaian`: NPS is then the weighted mean. */
  readonly bobot?: readonly number[];
}

interface Group extends SasaranGroup {
  readonly capaian: Capaian[];
}

/**
 * Rolls indicators up to sasaran, perspectives and the NPSS, in order of first appearance.
 * A sasaran is identified by its perspective and name together.
 */
export function summarize(indicators: readonly IndicatorResult[], profile: RuleProfile): StrategySummary {
  // Perspective, then sasaran name: the names' own hashes are reused, where a joined key would be
  // a new string to build and hash per lookup (large sheets: 40k sasaran). Order of first appearance.
  const byPerspektif = new Map<string, Map<string, Group>>();
  const groups: Group[] = [];
  let last: Group | undefined;
  for (const ind of indicators) {
    // Indicators of one sasaran mostly come in a run: the group of the row above, unlooked-up.
    if (last === undefined || ind.sasaran !== last.nama || ind.perspektif !== last.perspektif) {
      let bySasaran = byPerspektif.get(ind.perspektif);
      if (!bySasaran) byPerspektif.set(ind.perspektif, (bySasaran = new Map()));
      last = bySasaran.get(ind.sasaran);
      if (!last) {
        bySasaran.set(ind.sasaran, (last = { nama: ind.sasaran, perspektif: ind.perspektif, capaian: [] }));
        groups.push(last);
      }
    }
    last.capaian.push(ind.capaian);
  }
  return summarizeGroups(groups, profile);
}

/**
 * NPS per sasaran group (in the order given; one group per sasaran), NP per perspective in
 * order of first appearance, the NPSS and its predikat (SPEC §4, §5). For a caller that
 * already grouped its indicators while reading them.
 */
export function summarizeGroups(groups: readonly SasaranGroup[], profile: RuleProfile): StrategySummary {
  const grade = (n: Nilai): Category | null => (n.status === 'ok' ? predikat(n.value, profile) : null);
  const sasaran: SasaranSummary[] = [];
  // NPS of each perspective's sasaran, perspectives in order of first appearance.
  const npsBy = new Map<string, Nilai[]>();
  for (const s of groups) {
    const value = s.bobot ? npsBerbobot(s.capaian, s.bobot, profile) : nps(s.capaian, profile);
    sasaran.push({ nama: s.nama, perspektif: s.perspektif, nps: value, predikat: grade(value) });
    let members = npsBy.get(s.perspektif);
    if (!members) npsBy.set(s.perspektif, (members = []));
    members.push(value);
  }
  const perspektif: PerspektifSummary[] = [];
  for (const [nama, members] of npsBy) {
    const np = meanOfAssessed(members);
    perspektif.push({ nama, np, predikat: grade(np) });
  }
  const npss = meanOfAssessed(perspektif.map((p) => p.np));
  return { sasaran, perspektif, npss, predikat: grade(npss) };
}
