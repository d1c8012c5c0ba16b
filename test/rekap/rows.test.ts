/**
 * Matching items into rows (src/rekap/rows.ts) at its edge: no report at all, which a rekap meets
 * when every file failed or held no performance table.
 */
import { consolidate } from '../../src/rekap';
import { matchRows } from '../../src/rekap/rows';

describe('matchRows with no report', () => {
  it('gives no row and no duplicate', () => {
    expect(matchRows<string>([], (item) => ({ key: item, nama: item }))).toEqual({ rows: [], duplicates: [] });
  });

  it('lets a rekap of no unit report be made (nothing to match, no trend)', () => {
    const rekap = consolidate([], 'id');
    expect(rekap.units).toEqual([]);
    expect(rekap.indikator).toEqual([]);
    expect(rekap.tren).toBeNull();
  });
});
