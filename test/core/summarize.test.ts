/** summarize: grouping of indicators into sasaran and perspectives (SPEC §4). */
import { BPOM_UPT_2024 as P, Capaian, IndicatorResult, summarize } from '../../src/core';

const ok = (value: number): Capaian => ({ status: 'ok', value });
const ind = (perspektif: string, sasaran: string, value: number): IndicatorResult => ({ perspektif, sasaran, capaian: ok(value) });
const values = (s: ReturnType<typeof summarize>) => s.sasaran.map((x) => [x.perspektif, x.nama, x.nps.status === 'ok' ? x.nps.value : null]);

describe('summarize', () => {
  it('gathers a sasaran that comes back after another one, in order of first appearance', () => {
    const s = summarize([ind('P1', 'A', 100), ind('P1', 'B', 80), ind('P1', 'A', 90), ind('P1', 'B', 60)], P);
    expect(values(s)).toEqual([
      ['P1', 'A', 95],
      ['P1', 'B', 70],
    ]);
  });

  it('keeps one sasaran name under two perspectives apart', () => {
    const s = summarize([ind('P1', 'A', 100), ind('P2', 'A', 50), ind('P1', 'A', 80)], P);
    expect(values(s)).toEqual([
      ['P1', 'A', 90],
      ['P2', 'A', 50],
    ]);
    expect(s.perspektif.map((p) => [p.nama, p.np.status === 'ok' ? p.np.value : null])).toEqual([
      ['P1', 90],
      ['P2', 50],
    ]);
  });

  it('never merges two sasaran because their names joined read the same', () => {
    const s = summarize([ind('P\u0000A', 'B', 100), ind('P', 'A\u0000B', 50)], P);
    expect(s.sasaran).toHaveLength(2);
    expect(s.perspektif).toHaveLength(2);
  });

  it('averages NP per perspective over its sasaran and NPSS over perspectives', () => {
    const s = summarize([ind('P1', 'A', 100), ind('P1', 'B', 80), ind('P2', 'C', 60), ind('P1', 'A', 120)], P);
    expect(s.perspektif.map((p) => (p.np.status === 'ok' ? p.np.value : null))).toEqual([95, 60]);
    expect(s.npss.status === 'ok' && s.npss.value).toBe(77.5);
  });
});
