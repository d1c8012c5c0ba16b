/**
 * End to end in headless Chromium: the built preview (the production pane on Microsoft's real
 * Excel client library, the simulated workbook drawn as a grid). The Rekap section names the
 * performance sheet it will read; pressing Rekap writes the Rekap Unit sheet (a tab in the grid,
 * with the unit's NPSS as the pane shows it) and asks Excel for the chart of NPSS by unit;
 * Batalkan takes the Rekap sheets away again. A screenshot goes under test-results/.
 */
import * as path from 'path';
import type { FrameLocator, Page } from 'playwright-core';
import type { SimBook } from '../../excel-simulator/model';
// Type only: brings window.sakipDemo (the preview page's bridge) into scope.
import type {} from '../../demo/main';
import { DEMO_SHEET } from '../../demo/sample-book';
import { RESULTS_DIR, closePreview, openPreview } from './preview-build';
import type { OpenPreview } from './preview-build';

jest.setTimeout(300_000);

let preview: OpenPreview | undefined;
let page: Page;
let pane: FrameLocator;

beforeAll(async () => {
  preview = await openPreview({ width: 1440, height: 900 }, DEMO_SHEET);
  ({ page, pane } = preview);
});

afterAll(() => closePreview(preview));

function book(): Promise<SimBook> {
  return page.evaluate(() => JSON.parse(JSON.stringify(window.sakipDemo!.book)) as SimBook);
}

test('Rekap in the preview: the sheet it reads named first, the Rekap Unit sheet written with its chart, Batalkan takes it away', async () => {
  const before = (await book()).sheets.map((s) => s.name);
  const header = pane.getByTestId('rekap-header');
  await header.getByText(`Rekap: 1 lembar kinerja (${DEMO_SHEET})`, { exact: true }).waitFor();

  await pane.getByRole('button', { name: 'Rekap', exact: true }).click();
  await pane.getByText(/^Rekap selesai: 1 laporan unit dari 1 lembar ditulis ke lembar Rekap Unit, Rekap Indikator dan Rekap Sasaran/).waitFor();
  const after = await book();
  expect(after.sheets.map((s) => s.name)).toEqual([...before, 'Rekap Unit', 'Rekap Indikator', 'Rekap Sasaran']);
  expect(after.sheets.find((s) => s.name === 'Rekap Unit')!.charts).toEqual([expect.objectContaining({ type: 'BarClustered', title: 'NPSS per unit' })]);

  // The pane's unit row, and the same unit and NPSS on the Rekap Unit sheet the grid shows.
  const row = pane.getByTestId('rekap-unit');
  const [unit, , npss] = await row.locator('th, td').allInnerTexts();
  await page.getByRole('tab', { name: 'Rekap Unit' }).click();
  await page.locator('table.grid[data-sheet="Rekap Unit"]').waitFor();
  expect(await page.locator('table.grid td[data-cell="B5"]').innerText()).toBe(unit);
  expect(await page.locator('table.grid td[data-cell="C5"]').innerText()).toBe(npss);
  await page.screenshot({ path: path.join(RESULTS_DIR, 'preview-after-rekap.png') });

  await pane.getByRole('button', { name: 'Batalkan', exact: true }).click();
  await pane.getByText('Isi semula sudah dikembalikan.', { exact: true }).waitFor();
  expect((await book()).sheets.map((s) => s.name)).toEqual(before);
  expect(await page.getByRole('tab', { name: 'Rekap Unit' }).count()).toBe(0);
});

/** Elements in the pane whose box runs past the pane's right edge, or whose text is clipped. */
function overflowIn(frame: import('playwright-core').Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      const clipped = el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible';
      if (r.right > w + 1 || clipped) out.push(`${el.tagName} right=${Math.round(r.right)} w=${w} "${(el.textContent ?? '').slice(0, 50)}"`);
    }
    return out;
  });
}

test('at 330 px, sheet names without spaces (31 characters) wrap in the Rekap list instead of running out of the pane', async () => {
  const narrow = await preview!.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await narrow.goto(preview!.server.url);
  await narrow.evaluate(() => document.documentElement.style.setProperty('--pane', '330px'));
  await narrow.frameLocator('#taskpane').getByRole('option', { name: DEMO_SHEET }).waitFor({ state: 'attached' });
  // Two more unit sheets, copies of the demo's, with the longest names Excel allows and no spaces.
  const names = ['LokaPOMKabupatenKepulauanMeran', 'BBPOM_BandarLampung_TW2_2024'];
  await narrow.evaluate((extra) => {
    const b = window.sakipDemo!.book;
    for (const name of extra) b.sheets.push({ ...(JSON.parse(JSON.stringify(b.sheets[0])) as (typeof b.sheets)[number]), name });
  }, names);
  const frame = narrow.frames().find((f) => f.url().endsWith('taskpane.html'))!;
  await frame.getByRole('button', { name: 'Muat ulang daftar lembar' }).click();
  await frame.getByTestId('rekap-header').getByText(/^Rekap: 3 lembar kinerja/).waitFor();
  await frame.getByTestId('rekap-header').getByRole('button').click();
  const list = frame.getByTestId('rekap-sheets');
  await list.getByText(names[0], { exact: true }).waitFor();
  await list.screenshot({ path: path.join(RESULTS_DIR, 'rekap-sheets-330.png') });
  expect(await overflowIn(frame)).toEqual([]);
  // Every name is shown whole (the label's box holds all of its text).
  const labels = await list.locator('label').evaluateAll((ls) => ls.map((l) => [l.textContent, l.scrollWidth <= l.clientWidth + 1]));
  expect(labels).toEqual([DEMO_SHEET, ...names].map((n) => [n, true]));
  await narrow.close();
});
