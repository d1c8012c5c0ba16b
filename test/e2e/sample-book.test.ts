/**
 * The preview's workbook read through the real Office adapter over the simulated host: the
 * engine finds the table and gets the report's headline NPSS 101,67 (SPEC §4), and a
 * recalculation followed by the adapter's undo leaves the sheet exactly as it was.
 */
import { BPOM_UPT_2024, formatId } from '../../src/core';
import { OfficeWorkbookPort } from '../../src/excel/office-workbook';
import { check, recalculate } from '../../src/workbook';
import { RunOptions } from '../../src/workbook/types';
import { createSimulatedExcel, snapshotSheet } from '../../excel-simulator';
import { DEMO_SHEET, demoBook } from '../../demo/sample-book';

function setup() {
  const sim = createSimulatedExcel(demoBook());
  const port = new OfficeWorkbookPort({ excel: sim.Excel, office: sim.Office, lang: 'id' });
  const opts: RunOptions = { period: 'TW2', profile: BPOM_UPT_2024, lang: 'id', decimalSeparator: ',' };
  return { sim, port, opts };
}

test('the preview sheet is a kinerja table whose NPSS is the report headline', async () => {
  const { port, opts } = setup();
  const result = check(await port.read(DEMO_SHEET), opts);
  expect(result.kind).toBe('kinerja');
  expect(result.summary?.npss.status).toBe('ok');
  if (result.summary?.npss.status === 'ok') expect(formatId(result.summary.npss.value)).toBe('101,67');
  expect(result.summary?.predikat?.label).toBe('Istimewa');
  // No finding stops the run: the sheet is computable as laid out.
  expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
});

test('recalculating the preview sheet and undoing restores it exactly', async () => {
  const { sim, port, opts } = setup();
  const before = snapshotSheet(sim.book, DEMO_SHEET);
  const token = await port.apply(recalculate(await port.read(DEMO_SHEET), opts).plan);
  expect(snapshotSheet(sim.book, DEMO_SHEET)).not.toEqual(before);
  await port.undo(token);
  expect(snapshotSheet(sim.book, DEMO_SHEET)).toEqual(before);
});
