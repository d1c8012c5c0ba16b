import { capaian } from '../../src/core';

const value = (c: ReturnType<typeof capaian>): number => {
  if (c.status !== 'ok') throw new Error(`expected a value, got ${JSON.stringify(c)}`);
  return c.value;
};

describe('capaian — maximize (SPEC §2)', () => {
  it('is realisasi / target × 100 at full precision', () => {
    expect(value(capaian({ realisasi: 88.89, target: 89.2 }))).toBeCloseTo(99.652466, 6);
    expect(value(capaian({ realisasi: 70, target: 67.62, polaritas: 'maximize' }))).toBeCloseTo(103.5196687, 6);
  });
  it('treats a typed realisasi of 0 as a real 0', () => {
    expect(capaian({ realisasi: 0, target: 85 })).toEqual({ status: 'ok', value: 0 });
  });
});

describe('capaian — minimize (PermenPAN-RB 8/2021)', () => {
  it('target 7, realisasi 6,5 → 107,14 %', () => {
    expect(value(capaian({ realisasi: 6.5, target: 7, polaritas: 'minimize' }))).toBeCloseTo(107.142857, 6);
  });
  it('target 8, realisasi 9 → 87,5 %', () => {
    expect(value(capaian({ realisasi: 9, target: 8, polaritas: 'minimize' }))).toBeCloseTo(87.5, 10);
  });
  it('is 100 on target and can go below 0 far off target', () => {
    expect(value(capaian({ realisasi: 5, target: 5, polaritas: 'minimize' }))).toBe(100);
    expect(value(capaian({ realisasi: 30, target: 10, polaritas: 'minimize' }))).toBe(-100);
  });
});

describe('capaian — stabilize (target range)', () => {
  const range = { bawah: 7, atas: 8 };
  it('is 100 inside the range, edges included', () => {
    expect(value(capaian({ realisasi: 7, target: range }))).toBe(100);
    expect(value(capaian({ realisasi: 7.5, target: range }))).toBe(100);
    expect(value(capaian({ realisasi: 8, target: range }))).toBe(100);
  });
  it('uses the lower bound below the range', () => {
    expect(value(capaian({ realisasi: 6.5, target: range }))).toBeCloseTo((6.5 / 7) * 100, 10);
  });
  it('uses the upper bound above the range', () => {
    expect(value(capaian({ realisasi: 9, target: range }))).toBeCloseTo(87.5, 10);
  });
  it('reads a single-number target of a stabilize indicator as [t, t]', () => {
    expect(value(capaian({ realisasi: 9, target: 8, polaritas: 'stabilize' }))).toBeCloseTo(87.5, 10);
  });
  it('rejects reversed and negative ranges', () => {
    expect(capaian({ realisasi: 1, target: { bawah: 8, atas: 7 } })).toEqual({ status: 'invalid', reason: 'range-reversed' });
    expect(capaian({ realisasi: 1, target: { bawah: -1, atas: 7 } })).toEqual({ status: 'invalid', reason: 'range-negative' });
  });
});

describe('capaian — absences are explicit (never NaN, never a silent 0)', () => {
  it('no target → not assessed', () => {
    expect(capaian({ realisasi: 5, target: null })).toEqual({ status: 'not-assessed', reason: 'no-target' });
    expect(capaian({ realisasi: 5, target: 0 })).toEqual({ status: 'not-assessed', reason: 'no-target' });
    expect(capaian({ realisasi: null, target: 0, polaritas: 'minimize' })).toEqual({ status: 'not-assessed', reason: 'no-target' });
  });
  it('target without realisasi → not yet reported', () => {
    expect(capaian({ realisasi: null, target: 85 })).toEqual({ status: 'not-assessed', reason: 'not-reported' });
    expect(capaian({ realisasi: null, target: { bawah: 1, atas: 2 } })).toEqual({ status: 'not-assessed', reason: 'not-reported' });
  });
  it('negative target → invalid', () => {
    expect(capaian({ realisasi: 5, target: -3 })).toEqual({ status: 'invalid', reason: 'negative-target' });
  });
});
