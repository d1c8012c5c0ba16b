import { BPOM_UPT_2024 as P, BPOM_ENAM_TINGKAT, kriteria, predikat, status } from '../../src/core';

describe('kriteria — both sides of every boundary (SPEC §3)', () => {
  it.each([
    [69.994, 'Kurang'],
    [69.995, 'Cukup'],
    [70, 'Cukup'],
    [99.994, 'Cukup'],
    [99.995, 'Baik'],
    [100, 'Baik'],
    [100.004, 'Baik'],
    [100.005, 'Sangat Baik'],
    [103.52, 'Sangat Baik'],
    [120, 'Sangat Baik'],
    [120.004, 'Sangat Baik'],
    [120.006, 'Tidak Dapat Disimpulkan'],
    [146.82, 'Tidak Dapat Disimpulkan'],
    [0, 'Kurang'],
    [-50, 'Kurang'],
  ])('capaian %p → %s', (c, label) => {
    expect(kriteria(c, P).label).toBe(label);
  });
  it('carries a traffic-light colour', () => {
    expect(kriteria(103.52, P).colour).toMatch(/^#[0-9A-F]{6}$/);
    expect(kriteria(50, P).colour).not.toBe(kriteria(100, P).colour);
  });
});

describe('predikat — SPEC §5', () => {
  it.each([
    [101.67, 'Istimewa'],
    [100.004, 'Baik'],
    [100.005, 'Istimewa'],
    [100, 'Baik'],
    [90, 'Baik'],
    [89.994, 'Butuh Perbaikan'],
    [70, 'Butuh Perbaikan'],
    [69.99, 'Kurang'],
    [50, 'Kurang'],
    [49.994, 'Sangat Kurang'],
  ])('%p → %s', (v, label) => {
    expect(predikat(v, P).label).toBe(label);
  });
});

describe('status against the annual target — SPEC §6', () => {
  it.each([
    [103.52, 'Melampaui'],
    [100, 'Tercapai'],
    [99.995, 'Tercapai'],
    [95.12, 'Akan Tercapai'],
    [70, 'Akan Tercapai'],
    [69.994, 'Perlu Upaya Keras'],
    [55.36, 'Perlu Upaya Keras'],
  ])('%p → %s', (v, label) => {
    expect(status(v, P).label).toBe(label);
  });
});

describe('the second built-in profile is data, not code', () => {
  it.each([
    [49.99, 'Sangat Kurang'],
    [50, 'Kurang'],
    [89.99, 'Cukup'],
    [90, 'Baik'],
    [103.52, 'Baik'],
    [110, 'Baik'],
    [110.01, 'Sangat Baik'],
    [120.01, 'Tidak Dapat Disimpulkan'],
  ])('%p → %s', (v, label) => {
    expect(kriteria(v, BPOM_ENAM_TINGKAT).label).toBe(label);
  });
});
