/**
 * The rekap's HTML report in Chromium, as a planner opens and prints it: loaded with every
 * request recorded and refused (none is made), the charts drawn (non-empty SVG boxes, every bar
 * visible), axe-core clean, and printed (print media, A4 landscape PDF): no element wider than
 * the printable width, each chart panel no taller than a page, a sensible number of pages — for a
 * rekap of 3 units (one with a long unbroken name and hostile markup in names), of 76 units × 20
 * indicators, and of one unit's four quarters with its trend.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { rekapHtml } from '../../src/rekap';
import type { Rekap } from '../../src/rekap';
import { manyUnits, quarterRekap, rekapOf } from '../rekap/support/html-rekap';
import { CHROMIUM, RESULTS_DIR, launchChromium } from './preview-build';

jest.setTimeout(300_000);

/** CSS px per mm. */
const PX_PER_MM = 96 / 25.4;
/** A4 landscape less the report's 12 mm @page margins (px). */
const PRINT_WIDTH = Math.floor((297 - 24) * PX_PER_MM);
const PRINT_HEIGHT = Math.floor((210 - 24) * PX_PER_MM);

const axeSource = fs.readFileSync(require.resolve('axe-core'), 'utf8');

const LONG = `Loka${'PengawasObatdanMakanan'.repeat(9)}`;
const CASES: ReadonlyArray<{ name: string; rekap: Rekap; maxPages: number }> = [
  {
    name: 'three-units',
    rekap: rekapOf(
      [
        { unit: 'Balai Besar POM di Pekanbaru', npss: 101.666 },
        { unit: LONG, npss: 88.5, file: `${LONG}.xlsx` },
        { unit: '<img src=x onerror=alert(1)></style>', npss: null },
      ],
      6,
      { findings: [{ file: 'dumai.xlsx', cell: 'Kinerja!E12', severity: 'warning', code: 'nama-mirip', message: 'Indikator "% obat memenuhi syarat" mirip dengan "Persentase Obat yang memenuhi syarat".' }] },
    ),
    maxPages: 6,
  },
  { name: 'units-76', rekap: rekapOf(manyUnits(76), 20), maxPages: 60 },
  { name: 'quarters', rekap: quarterRekap(10), maxPages: 10 },
];

let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does it)`);
  browser = await launchChromium();
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

/** A page showing the report at the printable width, every request it attempts recorded and refused. */
async function open(html: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: PRINT_WIDTH, height: 800 } });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  await page.setContent(html, { waitUntil: 'load' });
  return { page, requests };
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Result = { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> };
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: Result[] }> } }).axe;
    const r = await axe.run(document);
    return r.violations.map((v) => `${v.impact} ${v.id} (${v.help}) at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

describe.each(CASES)('the report of $name', ({ name, rekap, maxPages }) => {
  let page: Page;
  let requests: string[];

  beforeAll(async () => {
    ({ page, requests } = await open(rekapHtml(rekap, 'id')));
  });
  afterAll(async () => {
    await page?.close();
  });

  it('loads nothing from anywhere and runs nothing', async () => {
    // A beat for anything lazy (none is expected) before counting.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(await page.evaluate(() => performance.getEntriesByType('resource').length)).toBe(0);
  });

  it('draws every chart and every bar', async () => {
    const boxes = await page.locator('svg.chart').evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(boxes.length).toBeGreaterThan(0);
    for (const [w, h] of boxes) expect([w > 100, h > 50]).toEqual([true, true]);
    const bars = await page.locator('rect.bar').evaluateAll((rs) => rs.map((r) => r.getBoundingClientRect()).map((b) => [b.width, b.height]));
    expect(bars).toHaveLength(rekap.units.filter((u) => u.npss !== null).length);
    for (const [w, h] of bars) expect([w > 0, h >= 10]).toEqual([true, true]);
    await page.screenshot({ path: path.join(RESULTS_DIR, `rekap-html-${name}.png`), fullPage: true });
  });

  it('has no axe violation', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('prints within the page: nothing wider than A4 landscape, no chart taller than a page, a sensible page count', async () => {
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate((limit) => {
      const wide = [...document.querySelectorAll('body *')]
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.right > limit + 0.5 || r.left < -0.5)
        .map(({ el, r }) => `${el.tagName}${el.id ? `#${el.id}` : ''} ${Math.round(r.left)}–${Math.round(r.right)}`);
      const panels = [...document.querySelectorAll('figure.chart-panel')].map((f) => f.getBoundingClientRect().height);
      // What Chromium's paginator honours: table heads repeated on each page, rows and chart panels kept whole.
      const styles = {
        theads: [...new Set([...document.querySelectorAll('thead')].map((h) => getComputedStyle(h).display))],
        rows: [...new Set([...document.querySelectorAll('tr')].map((r) => getComputedStyle(r).breakInside))],
        figures: [...new Set([...document.querySelectorAll('figure.chart-panel')].map((f) => getComputedStyle(f).breakInside))],
      };
      return { scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 10), panels, styles };
    }, PRINT_WIDTH);
    expect(layout.scrollWidth).toBeLessThanOrEqual(PRINT_WIDTH);
    expect(layout.wide).toEqual([]);
    for (const h of layout.panels) expect(h).toBeLessThanOrEqual(PRINT_HEIGHT);
    expect(layout.styles).toEqual({ theads: ['table-header-group'], rows: ['avoid'], figures: ['avoid'] });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    fs.writeFileSync(path.join(RESULTS_DIR, `rekap-html-${name}.pdf`), pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    // The PDF really is landscape A4 (841.92 × 594.96 pt).
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+841\.\d+\s+59[45]\.\d+\s*\]/);
    expect(pages).toBeGreaterThanOrEqual(layout.panels.length > 0 ? 2 : 1);
    expect(pages).toBeLessThanOrEqual(maxPages);
    await page.emulateMedia({ media: 'screen' });
  });
});
