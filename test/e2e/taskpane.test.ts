/**
 * End to end in headless Chromium: the built preview (dist/preview) — the production task pane
 * with the simulated Excel host loaded in place of office.js, beside the sample workbook drawn
 * as a grid. Periksa, Hitung ulang, the grid's Capaian and Kriteria, the summary (NPSS 101,67
 * Istimewa, SPEC §4), a finding that selects its cell, Batalkan back to the exact earlier
 * sheet, an axe-core scan, and a screenshot under test-results/.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import { BPOM_UPT_2024, DUMAI_TW2_2024, capaian, formatId, kriteria } from '../../src/core';
import { SimBook, snapshotSheet } from '../../excel-simulator';
import type { PreviewServer } from '../../demo/server';
// Type only: brings window.sakipDemo (the preview page's bridge) into scope.
import type {} from '../../demo/main';
import { DEMO_HEADER_ROW, DEMO_HEADERS, DEMO_SHEET } from '../../demo/sample-book';
import { CHROMIUM, RESULTS_DIR, ROOT, ensurePreviewBuild, launchChromium, servePreview } from './preview-build';

jest.setTimeout(300_000);

let browser: Browser;
let server: PreviewServer;
let page: Page;
let pane: FrameLocator;
const external: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does it)`);
  ensurePreviewBuild();
  server = await servePreview();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // No network at run time: every request must stay on the preview server.
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) external.push(r.url());
  });
  await page.goto(server.url);
  pane = page.frameLocator('#taskpane');
  await pane.getByRole('option', { name: DEMO_SHEET }).waitFor({ state: 'attached' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The preview's workbook as plain data. */
function book(): Promise<SimBook> {
  return page.evaluate(() => JSON.parse(JSON.stringify(window.sakipDemo!.book)) as SimBook);
}

/** The grid's text of a cell of the sheet shown. */
function gridText(address: string): Promise<string> {
  return page.locator(`table.grid td[data-cell="${address}"]`).innerText();
}

const col = (header: (typeof DEMO_HEADERS)[number]) => String.fromCharCode(65 + DEMO_HEADERS.indexOf(header));
const firstRow = DEMO_HEADER_ROW + 2; // Excel row of the first indicator
// The report's slip (SPEC §11): 103,52 printed Baik, which the rules call Sangat Baik.
const slipRow = firstRow + DUMAI_TW2_2024.findIndex((r) => r.printedCapaian === 103.52 && r.printedKriteria === 'Baik');

async function paneFrame(): Promise<Frame> {
  const frame = await (await page.$('#taskpane'))?.contentFrame();
  if (!frame) throw new Error('task pane frame not found');
  return frame;
}

test('Periksa, Hitung ulang, a finding, Batalkan, axe and a screenshot', async () => {
  const before = await book();
  const sheetBefore = snapshotSheet(before, DEMO_SHEET);
  expect(slipRow).toBeGreaterThanOrEqual(firstRow);
  expect(await gridText(`${col('Kriteria')}${slipRow}`)).toBe('Baik');

  await pane.getByRole('button', { name: 'Periksa' }).click();
  await pane.getByText(/Pemeriksaan selesai/).waitFor();
  expect(snapshotSheet(await book(), DEMO_SHEET)).toEqual(sheetBefore); // checking writes nothing

  await pane.getByRole('button', { name: 'Hitung ulang' }).click();
  await pane.getByText(/Hitung ulang selesai/).waitFor();
  const batalkan = pane.getByRole('button', { name: 'Batalkan' });
  await expect(batalkan.isEnabled()).resolves.toBe(true);

  // The summary card: the report's headline (SPEC §4).
  expect(await pane.getByTestId('npss').innerText()).toBe('101,67');
  const card = pane.locator('[aria-labelledby="sakip-summary-title"]');
  expect(await card.getByTestId('predikat').first().innerText()).toBe('Istimewa');
  expect(await card.getByRole('row', { name: /Internal Process/ }).innerText()).toMatch(/105,06\s+Istimewa/);

  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS_DIR, 'preview-after-recalculation.png') });

  // The grid, back on the table's sheet: every Capaian and Kriteria as the rules give them.
  await page.getByRole('tab', { name: DEMO_SHEET }).click();
  for (const [i, r] of DUMAI_TW2_2024.entries()) {
    const c = capaian({ realisasi: r.realisasi, target: r.target });
    const row = firstRow + i;
    const shown = await gridText(`${col('Capaian (%)')}${row}`);
    const grade = await gridText(`${col('Kriteria')}${row}`);
    if (c.status === 'ok') {
      expect([row, shown]).toEqual([row, formatId(c.value, 2)]);
      expect([row, grade]).toEqual([row, kriteria(c.value, BPOM_UPT_2024).label]);
    } else {
      expect([row, shown, grade]).toEqual([row, '-', '-']);
    }
  }
  expect(await gridText(`${col('Kriteria')}${slipRow}`)).toBe('Sangat Baik');

  // A finding is a link to its cell: the sheet's selection moves there and the grid shows it.
  const link = pane.locator('section[data-severity] button').first();
  const text = await link.innerText();
  const ref = /^(?:'?([^'!]+)'?)!([A-Z]+[0-9]+)/.exec(text);
  expect(ref).not.toBeNull();
  await link.click();
  await page.waitForFunction((address) => window.sakipDemo!.book.selection?.address === address, ref![2]);
  expect((await book()).selection).toEqual({ sheet: ref![1], address: ref![2] });
  expect(await page.locator('table.grid td.selected').getAttribute('data-cell')).toBe(ref![2]);
  expect(await page.getByTestId('name-box').innerText()).toBe(ref![2]);

  // axe-core on the task pane with its results showing: no serious or critical violation.
  const frame = await paneFrame();
  // Evaluated through the debugging protocol, not added as a <script>: the pane's CSP refuses inline scripts.
  await frame.evaluate(fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  const axe = (await frame.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  })) as { id: string; impact: string; nodes: string[] }[];
  expect(axe.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  await page.screenshot({ path: path.join(RESULTS_DIR, 'preview-finding-selected.png') });

  // Batalkan: the sheet is back to its exact earlier values, formats and fills; Ringkasan is gone.
  await batalkan.click();
  await pane.getByText(/Isi semula sudah dikembalikan/).waitFor();
  const after = await book();
  expect(snapshotSheet(after, DEMO_SHEET)).toEqual(sheetBefore);
  expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
  expect(await gridText(`${col('Kriteria')}${slipRow}`)).toBe('Baik');

  expect(external).toEqual([]);
});
