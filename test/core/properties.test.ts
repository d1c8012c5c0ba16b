/** Property-based tests of the rules (fast-check). */
import fc from 'fast-check';
import { BPOM_ENAM_TINGKAT, BPOM_UPT_2024 as P, capaian, kriteria, nps, summarize } from '../../src/core';

const runs = Number(process.env.FC_RUNS ?? 500);
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const positive = fc.double({ min: 1e-3, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe('properties', () => {
  it('NPS stays within 0..120 whenever something is assessed', () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1, maxLength: 40 }), (values) => {
        const n = nps(values, P);
        return n.status === 'ok' && n.value >= 0 && n.value <= 120;
      }),
      { numRuns: runs },
    );
  });

  it('the order of indicators never changes NPS', () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1, maxLength: 30 }), fc.integer(), (values, seed) => {
        const shuffled = [...values].sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13));
        const a = nps(values, P);
        const b = nps(shuffled, P);
        return a.status === 'ok' && b.status === 'ok' && Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value));
      }),
      { numRuns: runs },
    );
  });

  it('maximize capaian is linear in realisasi', () => {
    fc.assert(
      fc.property(finite, finite, positive, fc.double({ min: -100, max: 100, noNaN: true }), (r1, r2, t, k) => {
        const c = (r: number) => {
          const out = capaian({ realisasi: r, target: t });
          if (out.status !== 'ok') throw new Error('expected a value');
          return out.value;
        };
        const lhs = c(r1 + k * r2);
        const rhs = c(r1) + k * c(r2);
        return Math.abs(lhs - rhs) <= 1e-6 * Math.max(1, Math.abs(lhs), Math.abs(rhs));
      }),
      { numRuns: runs },
    );
  });

  it('swapping the profile changes categories only, never capaian or NPS', () => {
    const row = fc.record({
      sasaran: fc.constantFrom('A', 'B', 'C'),
      perspektif: fc.constantFrom('P1', 'P2'),
      realisasi: fc.option(finite, { nil: null }),
      target: fc.option(positive, { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), (rows) => {
        const inds = rows.map((r) => ({ ...r, capaian: capaian({ realisasi: r.realisasi, target: r.target }) }));
        const a = summarize(inds, P);
        const b = summarize(inds, BPOM_ENAM_TINGKAT);
        expect(b.sasaran.map((s) => s.nps)).toEqual(a.sasaran.map((s) => s.nps));
        expect(b.npss).toEqual(a.npss);
        for (const ind of inds) {
          if (ind.capaian.status === 'ok') {
            expect(typeof kriteria(ind.capaian.value, BPOM_ENAM_TINGKAT).label).toBe('string');
          }
        }
      }),
      { numRuns: runs },
    );
  });

  it('the two profiles do classify some capaian differently', () => {
    expect(kriteria(95, P).label).toBe('Cukup');
    expect(kriteria(95, BPOM_ENAM_TINGKAT).label).toBe('Baik');
  });
});
