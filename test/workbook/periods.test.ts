/** The one table of periods: what users type, what reports print, which quarter. */
import { PERIODS, isPeriod, parsePeriod, periodLabel, periodLongLabel, periodOfQuarter, quarterOf } from '../../src/workbook';

describe('periods', () => {
  it.each([
    ['TW2', 'TW2'], ['tw-ii', 'TW2'], ['TW II', 'TW2'], ['B06', 'TW2'], ['q2', 'TW2'], ['Triwulan II', 'TW2'],
    ['b12', 'TW4'], ['TWIV', 'TW4'], ['tahunan', 'TAHUNAN'], ['annual', 'TAHUNAN'], ['TW5', null], ['B07', null], ['', null],
  ])('parsePeriod(%p) = %p', (text, period) => {
    expect(parsePeriod(text)).toBe(period);
  });

  it('labels each period as the reports print it, in both languages', () => {
    expect(PERIODS.map((p) => periodLabel(p))).toEqual(['TW I', 'TW II', 'TW III', 'TW IV', 'Tahunan']);
    expect(periodLabel('TAHUNAN', 'en')).toBe('Annual');
    expect(periodLongLabel('TW2', 'id')).toBe('Triwulan II (B06)');
    expect(periodLongLabel('TW3', 'en')).toBe('Quarter III (B09)');
  });

  it('quarters and periods map both ways; only the table\'s periods are periods', () => {
    for (const p of PERIODS) {
      const q = quarterOf(p);
      if (q !== null) expect(periodOfQuarter(q)).toBe(p);
    }
    expect(quarterOf('TAHUNAN')).toBeNull();
    expect(isPeriod('TW1')).toBe(true);
    expect(isPeriod('tw1')).toBe(false);
    expect(isPeriod(2)).toBe(false);
  });
});
