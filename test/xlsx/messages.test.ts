/** The .xlsx adapter's own messages: in the run's language, naming the cell and what to do. */
import path from 'path';
import { PROFILES } from '../../src/core';
import { ApplyError, recalculate } from '../../src/workbook';
import { XlsxWorkbook } from '../../src/xlsx';

const merged = path.resolve(__dirname, '..', 'fixtures', 'hostile', 'sel-gabung-di-kolom-hasil.xlsx');

it.each([
  ['id', /^Gagal menulis ke buku kerja: sel Kinerja!H5 ada di dalam sel gabungan H4; pisahkan gabungan sel itu/],
  ['en', /^Could not write to the workbook: the cell Kinerja!H5 is inside the merged cells H4; unmerge them \(Home › Merge & Center\) and run again$/],
] as const)('an output cell inside merged cells is refused in %s, naming the cell and how to free it', async (lang, expected) => {
  const wb = await XlsxWorkbook.open(merged, { lang });
  const grid = await wb.read('Kinerja');
  const { plan } = recalculate(grid, { period: 'TW2', profile: PROFILES[0], lang, decimalSeparator: ',' });
  const failure = await wb.apply(plan).then(
    () => null,
    (e: unknown) => e,
  );
  expect(failure).toBeInstanceOf(ApplyError);
  expect((failure as ApplyError).message).toMatch(expected);
});
