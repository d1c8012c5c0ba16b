/**
 * The preview's workbook read through the real Office adapter on Microsoft's real Excel client
 * library (loaded in jsdom) over the wire host: the engine finds the table and gets the report's
 * headline NPSS 101,67 (SPEC §4), and a recalculation followed by the adapter's undo leaves the
 * sheet exactly as it was.
 */
import { BPOM_UPT_2024, formatId } from '../../src/core';
import { OfficeWorkbookPort } from '../../src/excel/office-workbook';
import { check, recalculate } from '../../src/workbook';
import { RunOptions } from '../../src/workbook/types';
import { snapshotSheet } from '../../excel-simulator/snapshot';
import { LoadedClient, loadExcelClient } from '../../excel-simulator/load-client';
import { PAYLOAD_LIMIT } from '../../excel-simulator/wire-host';
import { DEMO_SHEET, demoBook } from '../../demo/sample-book';

const loaded: LoadedClient[] = [];
afterEach(() => loaded.splice(0).forEach((c) => c.close()));

function setup() {
  const book = demoBook();
  const client = loadExcelClient(book);
  loaded.push(client);
  const port = new OfficeWorkbookPort({ excel: client.Excel, office: client.Office, lang: 'id' });
  const opts: RunOptions = { period: 'TW2', profile: BPOM_UPT_2024, lang: 'id', decimalSeparator: ',' };
  return { sim: { book }, host: client.host, port, opts };
}

/** Lets the end-of-run cleanup request (sent without waiting for its answer) reach the host. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

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
  const { sim, host, port, opts } = setup();
  const before = snapshotSheet(sim.book, DEMO_SHEET);
  const token = await port.apply(recalculate(await port.read(DEMO_SHEET), opts).plan);
  expect(snapshotSheet(sim.book, DEMO_SHEET)).not.toEqual(before);
  await port.undo(token);
  expect(snapshotSheet(sim.book, DEMO_SHEET)).toEqual(before);
  await settle();
  // All of it went over the real client's wire: no reference left kept, and no request near 5 MB.
  expect(host.stats.liveReferences).toBe(0);
  expect(host.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
});
