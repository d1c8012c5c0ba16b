import { readNumber, readPolaritas, readTarget } from '../../src/core';

describe('readNumber — SPEC §8', () => {
  it.each([
    ['89,20', 89.2],
    ['6.517.731.000', 6517731000],
    ['Rp2.685.831.890,00', 2685831890],
    ['Rp. 2.685.831.890,00', 2685831890],
    ['41,21%', 41.21],
    ['0,00', 0],
    [' 97,33 ', 97.33],
    ['\u00a097,33\u00a0', 97.33],
    ['1\u00a0500,5', 1500.5],
    ['6,517,731,000', 6517731000],
    ['6,517,731,000.50', 6517731000.5],
    ['89.2', 89.2],
    ['-5,5', -5.5],
    ['+3', 3],
    ['0.500', 0.5],
    ['12.5', 12.5],
    ['1.234.567,891', 1234567.891],
  ])('%p → %p', (text, value) => {
    expect(readNumber(text, ',')).toEqual({ kind: 'number', value });
  });

  it('decides the ambiguous 1.500 and 1,500 by the workbook culture', () => {
    expect(readNumber('1.500', ',')).toEqual({ kind: 'number', value: 1500 });
    expect(readNumber('1.500', '.')).toEqual({ kind: 'number', value: 1.5 });
    expect(readNumber('1,500', ',')).toEqual({ kind: 'number', value: 1.5 });
    expect(readNumber('1,500', '.')).toEqual({ kind: 'number', value: 1500 });
  });

  it('passes numbers through and reads blanks and dashes as such', () => {
    expect(readNumber(12.5)).toEqual({ kind: 'number', value: 12.5 });
    expect(readNumber(null)).toEqual({ kind: 'blank' });
    expect(readNumber(undefined)).toEqual({ kind: 'blank' });
    expect(readNumber('   ')).toEqual({ kind: 'blank' });
    expect(readNumber('-')).toEqual({ kind: 'dash' });
    expect(readNumber(' – ')).toEqual({ kind: 'dash' });
  });

  it.each([
    ['abc', 'not-a-number'],
    ['12abc', 'not-a-number'],
    ['#N/A', 'excel-error'],
    ['#DIV/0!', 'excel-error'],
    ['1.23.4', 'bad-grouping'],
    ['1,2,3', 'bad-grouping'],
    ['Rp', 'not-a-number'],
    ['%', 'not-a-number'],
    ['=1+1', 'not-a-number'],
  ])('unreadable %p carries the text and reason %s', (text, reason) => {
    expect(readNumber(text)).toEqual({ kind: 'unreadable', text, reason });
  });

  it('names booleans, dates and non-finite numbers', () => {
    expect(readNumber(true)).toEqual({ kind: 'unreadable', text: 'TRUE', reason: 'boolean' });
    expect(readNumber(new Date(Date.UTC(2024, 5, 30)))).toEqual({ kind: 'unreadable', text: '2024-06-30', reason: 'date' });
    expect(readNumber(Infinity)).toEqual({ kind: 'unreadable', text: 'Infinity', reason: 'not-finite' });
  });
});

describe('readTarget', () => {
  it.each([
    ['7-8', 7, 8],
    ['7 – 8', 7, 8],
    ['7,5 - 8,5', 7.5, 8.5],
    ['7 s.d. 8', 7, 8],
  ])('%p is a range', (text, bawah, atas) => {
    expect(readTarget(text, ',')).toEqual({ kind: 'range', bawah, atas });
  });
  it('reads plain numbers, negatives and garbage as number readings', () => {
    expect(readTarget('89,20')).toEqual({ kind: 'number', value: 89.2 });
    expect(readTarget('-5')).toEqual({ kind: 'number', value: -5 });
    expect(readTarget('a-b')).toEqual({ kind: 'unreadable', text: 'a-b', reason: 'not-a-number' });
  });
});

describe('readPolaritas', () => {
  it.each([
    ['max', 'maximize'], ['MAKS', 'maximize'], ['Maksimal', 'maximize'], ['positif', 'maximize'], ['+', 'maximize'], ['1', 'maximize'], [null, 'maximize'], ['', 'maximize'],
    ['min', 'minimize'], ['Minimal', 'minimize'], ['negatif', 'minimize'], ['-', 'minimize'], ['-1', 'minimize'],
    ['stabil', 'stabilize'], ['Stabilize', 'stabilize'], ['rentang', 'stabilize'],
  ])('%p → %s', (word, p) => {
    expect(readPolaritas(word)).toBe(p);
  });
  it('returns undefined for unknown words', () => {
    expect(readPolaritas('naik')).toBeUndefined();
  });
  it('reads numbers sent by Excel', () => {
    expect(readPolaritas(1)).toBe('maximize');
    expect(readPolaritas(-1)).toBe('minimize');
  });
});
