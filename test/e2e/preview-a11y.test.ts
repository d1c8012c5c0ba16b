/**
 * axe-core over the whole preview page (the grid and, through its frame, the task pane) in every
 * state a user passes through: on opening, after Periksa (findings listed), after Hitung ulang
 * (summary, filled Capaian / Kriteria / Status cells), on the Ringkasan sheet, after Buat
 * templat, after Batalkan, and with an error shown. The pane is 330 px wide beside the grid, as
 * in Excel. No serious or critical violation in any state; on failure the rule ids and targets
 * are printed. Screenshots of each state go to test-results/.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import type { PreviewServer } from '../../demo/server';
// Type only: brings window.sakipDemo (the preview page's bridge) into scope.
import type {} from '../../demo/main';
import { DEMO_SHEET } from '../../demo/sample-book';
import { CHROMIUM, RESULTS_DIR, ensurePreviewBuild, launchChromium, servePreview } from './preview-build';

jest.setTimeout(300_000);

/** The task pane's width in the checks (px), set through the page's own --pane variable. */
const PANE_WIDTH = 330;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

interface Scan {
  violations: Violation[];
  /** Nodes axe checked inside the pane's frame: proof the scan reached the pane. */
  paneNodes: number;
}

let browser: Browser;
let server: PreviewServer;
let page: Page;
let pane: FrameLocator;
// Read once: page.addScriptTag would insert an inline <script>, which the pages' CSP refuses;
// evaluating the file through the debugging protocol is not subject to it.
const axeSource = fs.readFileSync(require.resolve('axe-core'), 'utf8');

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does it)`);
  ensurePreviewBuild();
  server = await servePreview();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.url);
  await page.evaluate((w) => document.documentElement.style.setProperty('--pane', `${w}px`), PANE_WIDTH);
  pane = page.frameLocator('#taskpane');
  await pane.getByRole('option', { name: DEMO_SHEET }).waitFor({ state: 'attached' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** axe on the whole page, the pane's frame included (axe is loaded into every frame first). */
async function scan(state: string): Promise<Scan> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS_DIR, `preview-a11y-${state}.png`) });
  for (const frame of page.frames()) await frame.evaluate(axeSource);
  return page.evaluate(async () => {
    type Node = { target: unknown[] };
    type Result = { id: string; impact: string | null; help: string; nodes: Node[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<Record<'violations' | 'passes' | 'incomplete', Result[]>> } }).axe;
    const r = await axe.run(document);
    const inFrame = (n: Node) => n.target.length > 1;
    return {
      violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) })),
      paneNodes: [...r.passes, ...r.violations, ...r.incomplete].flatMap((v) => v.nodes).filter(inFrame).length,
    };
  });
}

/** Fails with each serious or critical violation's rule, help and targets, so the report says what to fix. */
async function expectAccessible(state: string): Promise<void> {
  const { violations, paneNodes } = await scan(state);
  expect([state, paneNodes > 0]).toEqual([state, true]);
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${state}: ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(', ')}`)).toEqual([]);
}

test('the preview has no serious or critical axe violation in any state', async () => {
  // The pane really is 330 px wide beside the grid.
  expect(Math.round((await page.locator('#taskpane').boundingBox())!.width)).toBe(PANE_WIDTH);
  await expectAccessible('initial');

  await pane.getByRole('button', { name: 'Periksa' }).click();
  await pane.getByText(/Pemeriksaan selesai/).waitFor();
  expect(await pane.locator('section[data-severity]').count()).toBeGreaterThan(0);
  await expectAccessible('periksa');

  await pane.getByRole('button', { name: 'Hitung ulang' }).click();
  await pane.getByText(/Hitung ulang selesai/).waitFor();
  await page.getByRole('tab', { name: DEMO_SHEET }).click();
  // The repainted cells carry the profile's fills (the red of Kurang among them).
  expect(await page.locator('table.grid td[style*="background"]').count()).toBeGreaterThan(0);
  await expectAccessible('hitung-ulang');

  await page.getByRole('tab', { name: 'Ringkasan' }).click();
  await page.locator('table.grid[data-sheet="Ringkasan"]').waitFor();
  await expectAccessible('ringkasan');

  await page.getByRole('tab', { name: DEMO_SHEET }).click();
  await pane.getByRole('button', { name: 'Buat templat' }).click();
  await pane.getByText(/Templat dibuat/).waitFor();
  await expectAccessible('buat-templat');

  await pane.getByRole('button', { name: 'Batalkan' }).click();
  await pane.getByText(/Isi semula sudah dikembalikan/).waitFor();
  await expectAccessible('batalkan');

  // An error the pane must show: Excel busy editing a cell fails every request (the simulated host's cell-edit mode).
  await page.evaluate(() => {
    window.sakipDemo!.book.cellEditMode = true;
  });
  await pane.getByRole('button', { name: 'Periksa' }).click();
  await pane.getByText(/^Gagal: Excel sedang menyunting/).waitFor();
  await expectAccessible('error');
});

test('the sheet is reachable by keyboard: Tab lands on the named, scrollable grid region', async () => {
  const region = page.getByRole('region', { name: `Lembar ${DEMO_SHEET}` });
  await page.getByRole('tab', { name: DEMO_SHEET }).click();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Tab');
  // The banner's language link comes first, then the grid's region.
  for (let i = 0; i < 5 && !(await region.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  expect(await region.evaluate((el) => el === document.activeElement)).toBe(true);
  const before = await region.evaluate((el) => el.scrollLeft);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => (document.querySelector('.grid-scroll') as HTMLElement).scrollLeft > 0);
  expect(await region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
});
