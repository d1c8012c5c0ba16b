/**
 * The Content-Security-Policy in a real browser (headless Chromium): the preview page and the
 * production task pane in its frame (on Microsoft's real Excel client library, served from the
 * same origin) render and compute under their policies, no violation is
 * reported (by a `securitypolicyviolation` event or on the console), nothing is requested
 * from outside, and the policy is really in force: an injected inline script does not run.
 */
import * as fs from 'fs';
import type { Browser, Frame, Page } from 'playwright-core';
import type { PreviewServer } from '../../demo/server';
import { CHROMIUM, ensurePreviewBuild, launchChromium, servePreview } from '../e2e/preview-build';

jest.setTimeout(300_000);

let browser: Browser;
let server: PreviewServer;
let page: Page;
const consoleViolations: string[] = [];
const external: string[] = [];

declare global {
  interface Window {
    /** Set by the init script: every CSP violation the frame saw. */
    __cspViolations?: string[];
  }
}

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does it)`);
  ensurePreviewBuild();
  server = await servePreview();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // Runs in every frame before its own scripts: records each violation the browser reports.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) consoleViolations.push(m.text());
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) external.push(r.url());
  });
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function paneFrame(): Promise<Frame> {
  const frame = await (await page.waitForSelector('#taskpane'))?.contentFrame();
  if (!frame) throw new Error('task pane frame not found');
  return frame;
}

test('the pane renders and computes under its CSP with no violation, and an injected script is refused', async () => {
  const pane = await paneFrame();
  // The frame's page is the production taskpane.html, CSP included.
  const policy = await pane.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
  expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com");
  // Microsoft's Excel client library runs in the pane under that policy, served from the same origin.
  const scripts = await pane.evaluate(() => Array.from(document.scripts, (s) => s.src));
  expect(scripts).toContain(`${server.url}office-js/excel-web-16.00.js`);
  expect(scripts.filter((src) => src && !src.startsWith(server.url))).toEqual([]);
  expect(await pane.evaluate(() => typeof (window as unknown as { OSF?: unknown }).OSF)).toBe('object');

  await pane.getByRole('button', { name: 'Periksa', exact: true }).click();
  await pane.getByText(/Pemeriksaan selesai/).waitFor();
  await pane.getByRole('button', { name: 'Hitung ulang', exact: true }).click();
  await pane.getByText(/Hitung ulang selesai/).waitFor();
  await pane.getByRole('button', { name: /^Pengaturan/ }).click(); // the options panel mounts more Fluent styles
  await pane.getByRole('combobox', { name: /Profil aturan/ }).waitFor();

  // Fluent's styles did apply: a primary button is not the browser's default grey.
  const background = await pane.getByRole('button', { name: 'Periksa', exact: true }).evaluate((b) => getComputedStyle(b).backgroundColor);
  expect(background).not.toMatch(/^rgba?\(0, 0, 0, 0\)$|^rgb\(239, 239, 239\)$/);

  const violations = async () => [...(await page.evaluate(() => window.__cspViolations ?? [])), ...(await pane.evaluate(() => window.__cspViolations ?? []))];
  expect(await violations()).toEqual([]);
  expect(consoleViolations).toEqual([]);

  // The policy is in force (the test can fail): an injected inline script does not run, and is reported.
  const ran = await pane.evaluate(async () => {
    const w = window as unknown as { __injected?: boolean };
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true;';
    document.head.appendChild(s);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return w.__injected === true;
  });
  expect(ran).toBe(false);
  expect((await violations()).some((v) => /^script-src/.test(v))).toBe(true);
  expect(external).toEqual([]);
});
