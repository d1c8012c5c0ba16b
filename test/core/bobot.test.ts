/** NPS as a weighted mean (issue 15): Σ bobot × capped capaian / Σ bobot over the assessed indicators. */
import { BPOM_UPT_2024 as P, npsBerbobot, nps, summarizeGroups } from '../../src/core';

describe('npsBerbobot', () => {
  it('weights 2:1 give (2 × a + b) / 3, not the plain mean', () => {
    const n = npsBerbobot([90, 60], [2, 1], P);
    expect(n).toEqual({ status: 'ok', value: (2 * 90 + 60) / 3, count: 2 });
    expect(nps([90, 60], P)).toEqual({ status: 'ok', value: 75, count: 2 });
  });

  it('caps each capaian before weighing it (SPEC §4: 0..120)', () => {
    expect(npsBerbobot([186.64, 60], [1, 1], P)).toEqual({ status: 'ok', value: 90, count: 2 });
  });

  it('an indicator not assessed drops out with its weight; nothing assessed or weights summing to 0 is not assessed', () => {
    expect(npsBerbobot([{ status: 'not-assessed', reason: 'no-target' }, 80], [5, 1], P)).toEqual({ status: 'ok', value: 80, count: 1 });
    expect(npsBerbobot([{ status: 'not-assessed', reason: 'no-target' }], [1], P)).toEqual({ status: 'not-assessed' });
    expect(npsBerbobot([80, 90], [0, 0], P)).toEqual({ status: 'not-assessed' });
  });

  it('equal weights are the plain mean', () => {
    const c = [95.12, 53.94, 100, 146.82, 128.44, 133.33, 186.64];
    const w = npsBerbobot(c, c.map(() => 3), P);
    expect(w.status === 'ok' && w.value).toBeCloseTo((nps(c, P) as { value: number }).value, 12);
  });

  it('summarizeGroups weighs a group that carries weights and averages one that does not', () => {
    const s = summarizeGroups(
      [
        { nama: 'SS1', perspektif: 'A', capaian: [90, 60], bobot: [2, 1] },
        { nama: 'SS2', perspektif: 'A', capaian: [90, 60] },
      ],
      P,
    );
    expect(s.sasaran.map((x) => (x.nps.status === 'ok' ? x.nps.value : null))).toEqual([80, 75]);
  });
});
