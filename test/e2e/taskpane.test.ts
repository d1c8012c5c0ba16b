/**
 * End to end in headless Chromium: the built preview (dist/preview) — the production task pane
 * on Microsoft's real Excel client library (`excel-web-16.00.js` of @microsoft/office-js, served
 * unmodified in place of office.js) with the simulated workbook host behind its RichApi entry
 * point, beside the sample workbook drawn as a grid. Periksa, Hitung ulang, the grid's Capaian
 * and Kriteria, the summary (NPSS 101,67 Istimewa, SPEC §4), a finding that selects its cell,
 * Batalkan back to the exact earlier sheet, an axe-core scan, and screenshots under
 * test-results/. The pane is 330 px wide, as Excel opens a task pane, and the first finding
 * after Periksa must be in the pane's first screen (its 700 px). The host's request log shows every request went over the real client's wire
 * (Actions and ObjectPaths JSON), that each Excel.run which kept references ended with the
 * client's cleanup request where references were kept, and that no request came near Excel's 5 MB limit.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import { BPOM_UPT_2024, DUMAI_TW2_2024, capaian, formatId, kriteria } from '../../src/core';
import type { SimBook } from '../../excel-simulator/model';
import { snapshotSheet } from '../../excel-simulator/snapshot';
import { PAYLOAD_LIMIT } from '../../excel-simulator/wire-host';
import type { WireLogEntry } from '../../excel-simulator/browser-host';
import type { PreviewServer } from '../../demo/server';
// Type only: brings window.sakipDemo (the preview page's bridge) and window.sakipWire (the pane's request log) into scope.
import type {} from '../../demo/main';
import type {} from '../../demo/office-host';
import { DEMO_HEADER_ROW, DEMO_HEADERS, DEMO_SHEET } from '../../demo/sample-book';
import { CHROMIUM, RESULTS_DIR, ROOT, ensurePreviewBuild, launchChromium, servePreview } from './preview-build';

jest.setTimeout(300_000);

/** Excel's task pane: 330 px wide; a laptop shows about 700 px of it. */
const PANE_WIDTH = 330;
const PANE_SCREEN = 700;

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
  // Excel's task pane is 330 px wide, as the preview lays it out (demo/index.html's --pane; asserted below).
  // And as tall as a laptop shows it: the viewport sized so the pane's frame is 700 px high.
  const first = (await page.locator('#taskpane').boundingBox())!;
  await page.setViewportSize({ width: 1440, height: Math.round(900 - first.height + PANE_SCREEN) });
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

/** The requests the real client sent so far, as the host logged them. */
async function wire(): Promise<WireLogEntry[]> {
  return (await paneFrame()).evaluate(() => JSON.parse(JSON.stringify(window.sakipWire ?? [])) as WireLogEntry[]);
}

/**
 * The requests since `from`, once the host holds no kept reference: a cleanup request (sent
 * without waiting for its answer) may arrive after the pane reports success.
 */
async function settledSince(from: number): Promise<WireLogEntry[]> {
  const frame = await paneFrame();
  await frame.waitForFunction((n) => {
    const log = window.sakipWire ?? [];
    return log.length > n && log[log.length - 1].liveReferences === 0;
  }, from);
  return (await wire()).slice(from);
}

/** What every request of an action must show: the real client's RichApi wire, each Excel.run that kept references cleaned up. */
function expectRealWire(requests: WireLogEntry[]): void {
  expect(requests.length).toBeGreaterThan(0);
  for (const r of requests) {
    // The client's message to the host: ["IterativeExecutor", "POST", "ProcessQuery", …, <request JSON>].
    expect([r.index, r.executor, r.verb]).toEqual([r.index, 'IterativeExecutor', 'ProcessQuery']);
    expect([r.index, r.keys]).toEqual([r.index, expect.arrayContaining(['Actions', 'ObjectPaths'])]);
    expect(r.actions).toBeGreaterThan(0);
    expect(r.objectPaths).toBeGreaterThan(0);
    expect(r.requestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(r.responseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect([r.index, r.status]).toEqual([r.index, 'succeeded']);
  }
  // Every proxy is an Instantiate of an ObjectPath.
  expect(requests.some((r) => (r.kinds.Instantiate ?? 0) > 0)).toBe(true);
  // The adapter untracks the ranges it makes, so the client keeps few or no references; a
  // cleanup request, where one comes, holds nothing but `_RemoveReference` (and the workbook it is
  // called on), after which the host keeps no reference.
  const cleanups = requests.filter((r) => r.cleanup);
  for (const c of cleanups) expect(Object.keys(c.kinds).sort()).toEqual(['Instantiate', '_RemoveReference']);
  expect(requests[requests.length - 1].liveReferences).toBe(0);
  // A cleanup follows every run of requests that kept references: the host never ends an action holding them.
  for (const [i, r] of requests.entries()) {
    if (r.liveReferences > 0) expect([r.index, requests.slice(i + 1).some((later) => later.cleanup)]).toEqual([r.index, true]);
  }
}

test('Periksa, Hitung ulang, a finding, Batalkan, axe and a screenshot', async () => {
  const before = await book();
  const sheetBefore = snapshotSheet(before, DEMO_SHEET);
  expect(slipRow).toBeGreaterThanOrEqual(firstRow);
  expect(await gridText(`${col('Kriteria')}${slipRow}`)).toBe('Baik');

  // The pane runs on Microsoft's client: its namespaces, with its per-member requirement check on.
  const client = await (await paneFrame()).evaluate(() => {
    const w = window as unknown as Record<string, { [k: string]: unknown } | undefined>;
    const osf = w.OSF as { DDA: { RichApi: { executeRichApiRequestAsync?: unknown } } };
    const ext = w.OfficeExtension as { ClientRequestContext?: unknown; CommonUtility: { _doApiNotSupportedCheck?: boolean } };
    return {
      requestContext: typeof w.Excel?.RequestContext,
      clientRequestContext: typeof ext.ClientRequestContext,
      entryPoint: typeof osf.DDA.RichApi.executeRichApiRequestAsync,
      check: ext.CommonUtility._doApiNotSupportedCheck,
    };
  });
  expect(client).toEqual({ requestContext: 'function', clientRequestContext: 'function', entryPoint: 'function', check: true });

  const frameBox = await page.locator('#taskpane').boundingBox();
  expect([frameBox!.width, Math.round(frameBox!.height)]).toEqual([PANE_WIDTH, PANE_SCREEN]);

  let from = (await wire()).length;
  await pane.getByRole('button', { name: 'Periksa', exact: true }).click();
  await pane.getByText(/Pemeriksaan selesai/).waitFor();
  // The first finding is in the pane's first screen, and the findings come before the summary.
  const firstFinding = pane.locator('section[data-severity] li button').first();
  await firstFinding.waitFor();
  const findingBox = await firstFinding.boundingBox();
  expect(findingBox!.y - frameBox!.y).toBeLessThan(PANE_SCREEN);
  expect(findingBox!.x + findingBox!.width).toBeLessThanOrEqual(frameBox!.x + PANE_WIDTH);
  const summaryBox = await pane.locator('[aria-labelledby="sakip-summary-title"]').boundingBox();
  expect(summaryBox!.y).toBeGreaterThan(findingBox!.y);
  // Nothing in the pane is wider than the pane (no sideways scrolling at 330 px).
  expect(await (await paneFrame()).evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE_WIDTH);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  await page.locator('#taskpane').screenshot({ path: path.join(RESULTS_DIR, 'pane-330-after-periksa.png') });
  expect(snapshotSheet(await book(), DEMO_SHEET)).toEqual(sheetBefore); // checking writes nothing
  const checking = await settledSince(from);
  expectRealWire(checking);
  // Reading only: no property set on the sheet.
  expect(checking.filter((r) => (r.kinds.SetProperty ?? 0) > 0)).toEqual([]);

  from = (await wire()).length;
  await pane.getByRole('button', { name: 'Hitung ulang', exact: true }).click();
  await pane.getByText(/Hitung ulang selesai/).waitFor();
  const recalculating = await settledSince(from);
  expectRealWire(recalculating);
  // The writes went over the wire as SetProperty actions (values, number formats, fills).
  expect(recalculating.some((r) => (r.kinds.SetProperty ?? 0) > 0)).toBe(true);
  const batalkan = pane.getByRole('button', { name: 'Batalkan', exact: true });
  await expect(batalkan.isEnabled()).resolves.toBe(true);

  // The summary card: the report's headline (SPEC §4).
  expect(await pane.getByTestId('npss').innerText()).toBe('101,67');
  const card = pane.locator('[aria-labelledby="sakip-summary-title"]');
  expect(await card.getByTestId('predikat').first().innerText()).toBe('Istimewa');
  expect(await card.getByRole('row', { name: /Internal Process/ }).innerText()).toMatch(/105,06\s+Istimewa/);

  await page.screenshot({ path: path.join(RESULTS_DIR, 'preview-after-recalculation.png') });
  await page.locator('#taskpane').screenshot({ path: path.join(RESULTS_DIR, 'pane-330-after-hitung-ulang.png') });

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
  const link = pane.locator('section[data-severity] li button').first();
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
  from = (await wire()).length;
  await batalkan.click();
  await pane.getByText(/Isi semula sudah dikembalikan/).waitFor();
  const undoing = await settledSince(from);
  expectRealWire(undoing);
  expect(undoing.some((r) => (r.kinds.SetProperty ?? 0) > 0)).toBe(true);
  const after = await book();
  expect(snapshotSheet(after, DEMO_SHEET)).toEqual(sheetBefore);
  expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
  expect(await gridText(`${col('Kriteria')}${slipRow}`)).toBe('Baik');

  // Over the whole session, the pane's start included: every request the real client's, none over 5 MB.
  const all = await wire();
  expect(all.map((r) => r.index)).toEqual(all.map((_, i) => i + 1));
  expect(all.filter((r) => r.requestBytes > PAYLOAD_LIMIT || r.responseBytes > PAYLOAD_LIMIT)).toEqual([]);
  expect(all.filter((r) => r.status !== 'succeeded')).toEqual([]);
  expect(Math.max(...all.map((r) => r.requestBytes))).toBeLessThan(PAYLOAD_LIMIT);

  expect(external).toEqual([]);
});

/** Pane buttons whose label runs out of them (text wider than the button), by their text. */
async function overflowingButtons(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => [...document.querySelectorAll('button')].filter((b) => b.scrollWidth > b.clientWidth).map((b) => `${b.textContent ?? ''} ${b.scrollWidth}>${b.clientWidth}`));
}

test('at 330 × 700 with Pengaturan open, the result is in view after Periksa, and no button label overflows (Indonesian and English)', async () => {
  for (const lang of ['id', 'en'] as const) {
    const p = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await p.goto(lang === 'en' ? `${server.url}?lang=en` : server.url);
      const first = (await p.locator('#taskpane').boundingBox())!;
      await p.setViewportSize({ width: 1440, height: Math.round(900 - first.height + PANE_SCREEN) });
      const frameBox = (await p.locator('#taskpane').boundingBox())!;
      expect([frameBox.width, Math.round(frameBox.height)]).toEqual([PANE_WIDTH, PANE_SCREEN]);
      const fp = p.frameLocator('#taskpane');
      const frame = (await (await p.$('#taskpane'))!.contentFrame())!;
      const names = lang === 'en' ? { options: /^Options: /, check: 'Check', done: /Check finished/, findings: /^Findings \(\d+\)$/ } : { options: /^Pengaturan: /, check: 'Periksa', done: /Pemeriksaan selesai/, findings: /^Temuan \(\d+\)$/ };
      const check = fp.getByRole('button', { name: names.check, exact: true });
      await expect(check.isEnabled()).resolves.toBe(true);
      await fp.getByRole('button', { name: names.options }).click();
      await fp.getByRole('combobox', { name: lang === 'en' ? /Rule profile/ : /Profil aturan/ }).waitFor();
      // Every button of the pane, the options open: its label inside it at 330 px.
      expect(await overflowingButtons(frame)).toEqual([]);

      await check.click();
      await fp.getByText(names.done).waitFor();
      // The findings heading has the focus and is on the pane's first screen, with the message bar.
      const heading = fp.getByRole('heading', { name: names.findings });
      await expect(heading.evaluate((h) => h === document.activeElement)).resolves.toBe(true);
      for (const box of [await heading.boundingBox(), await fp.getByTestId('status').boundingBox()]) {
        // Scrolled to the top edge, give or take the sub-pixel rounding of layout (under 1 px).
        expect(box!.y).toBeGreaterThan(frameBox.y - 1);
        expect(box!.y + box!.height).toBeLessThanOrEqual(frameBox.y + PANE_SCREEN);
      }
      expect(await overflowingButtons(frame)).toEqual([]);
      await p.locator('#taskpane').screenshot({ path: path.join(RESULTS_DIR, `pane-330-options-open-after-periksa-${lang}.png`) });
    } finally {
      await p.close();
    }
  }
});
