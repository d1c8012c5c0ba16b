import { BPOM_UPT_2024, BPOM_ENAM_TINGKAT, PROFILES, checkProfile, checkTable, classify, excl, incl, profileById } from '../../src/core';

describe('classify', () => {
  const table = [
    { to: excl(70), result: 'low' },
    { from: incl(70), to: incl(100), result: 'mid' },
    { from: excl(100), result: 'high' },
  ];
  it('honours inclusive and exclusive edges', () => {
    expect(classify(table, 69.99)).toBe('low');
    expect(classify(table, 70)).toBe('mid');
    expect(classify(table, 100)).toBe('mid');
    expect(classify(table, 100.01)).toBe('high');
  });
  it('throws on a table with a gap (a broken profile is misuse)', () => {
    expect(() => classify([{ to: excl(70), result: 'a' }, { from: excl(70), result: 'b' }], 70)).toThrow('no band holds 70');
  });
  it('throws on NaN', () => {
    expect(() => classify(table, NaN)).toThrow('NaN');
  });
});

describe('checkTable and checkProfile', () => {
  it('finds no problem in the built-in profiles', () => {
    for (const p of PROFILES) expect(checkProfile(p)).toEqual([]);
  });
  it('names a point that is in neither band', () => {
    expect(checkTable([{ to: excl(70), result: 'a' }, { from: excl(70), result: 'b' }])).toEqual(['70 is in neither band']);
  });
  it('names a point that is in both bands', () => {
    expect(checkTable([{ to: incl(70), result: 'a' }, { from: incl(70), result: 'b' }])).toEqual(['70 is in both bands']);
  });
  it('names open ends and gaps', () => {
    expect(checkTable([{ from: incl(0), to: incl(1), result: 'a' }, { from: excl(2), to: incl(3), result: 'b' }])).toEqual([
      'no band below 0',
      'no band above 3',
      'gap between 1 and 2',
    ]);
  });
  it('tells an overlap from a gap and names a band that holds nothing', () => {
    expect(checkTable([{ to: incl(80), result: 'a' }, { from: incl(70), result: 'b' }])).toEqual(['overlap between 70 and 80']);
    expect(checkTable([{ to: excl(70), result: 'a' }, { from: incl(70), to: excl(70), result: 'x' }, { from: incl(70), result: 'b' }])).toEqual(['band 1 holds no value']);
  });
  it('rejects a profile whose cap or SE is impossible', () => {
    expect(checkProfile({ ...BPOM_UPT_2024, cap: { min: 5, max: 5 }, standarEfisiensi: 0 })).toEqual([
      'cap: min must be below max',
      'standarEfisiensi must be above 0',
    ]);
  });
});

describe('profileById', () => {
  it('finds built-in profiles and falls back to the default', () => {
    expect(profileById('bpom-enam-tingkat')).toBe(BPOM_ENAM_TINGKAT);
    expect(profileById('unknown')).toBe(BPOM_UPT_2024);
    expect(profileById(null)).toBe(BPOM_UPT_2024);
    expect(BPOM_UPT_2024.name).toBe('BPOM UPT 2024');
  });
});
