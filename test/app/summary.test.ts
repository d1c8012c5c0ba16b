/** The closing line both front ends print: counts in the reader's own number style. */
import { countFindings, summaryLine } from '../../src/app';

const base = { sheets: 1, tables: 1, indicators: 25, activities: 0, errors: 0, warnings: 1, infos: 8 };

it('says what was checked and found, in Indonesian and English', () => {
  expect(summaryLine(base, 'id')).toBe('Diperiksa: 1 lembar (1 berisi tabel), 25 indikator; 0 kesalahan, 1 peringatan, 8 informasi');
  expect(summaryLine(base, 'en')).toBe('Checked: 1 sheet (1 with a table), 25 indicators; 0 errors, 1 warning, 8 info');
});

it('groups large counts as each language writes them (a 50,000-row file)', () => {
  const big = { ...base, sheets: 2, indicators: 50000, activities: 1200, infos: 16667 };
  expect(summaryLine(big, 'id')).toBe('Diperiksa: 2 lembar (1 berisi tabel), 50.000 indikator, 1.200 kegiatan; 0 kesalahan, 1 peringatan, 16.667 informasi');
  expect(summaryLine(big, 'en')).toBe('Checked: 2 sheets (1 with a table), 50,000 indicators, 1,200 activities; 0 errors, 1 warning, 16,667 info');
});

it('counts findings by severity', () => {
  expect(countFindings([{ severity: 'error' }, { severity: 'info' }, { severity: 'info' }])).toEqual({ errors: 1, warnings: 0, infos: 2 });
});
