/**
 * What the browser tests need: the preview build (dist/preview, built by webpack when it is
 * missing or older than the sources), the preview's static server on a free localhost port,
 * and Debian's chromium driven by playwright-core with the house flags.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Browser, FrameLocator, Page, chromium } from 'playwright-core';
import { PreviewServer, startServer } from '../../demo/server';

/** The repository root. */
export const ROOT = path.resolve(__dirname, '..', '..');
/** Where `webpack --env demo` writes the preview. */
export const PREVIEW_DIR = path.join(ROOT, 'dist', 'preview');
/** Where screenshots go (gitignored). */
export const RESULTS_DIR = path.join(ROOT, 'test-results');

const SOURCES = ['src', 'demo', 'excel-simulator', 'webpack.config.js'];

function newestMtime(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const name of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

/** Builds the preview unless an up-to-date build is already there. */
export function ensurePreviewBuild(): void {
  const built = path.join(PREVIEW_DIR, 'taskpane.js');
  const fresh = fs.existsSync(built) && fs.existsSync(path.join(PREVIEW_DIR, 'index.html')) && fs.statSync(built).mtimeMs >= Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))));
  if (fresh) return;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--env', 'demo'], { cwd: ROOT, stdio: 'pipe' });
}

/** The chromium the tests drive: Debian's package, never a downloaded browser. */
export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Launches headless chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

/** Starts the preview server over the build on a free port. */
export function servePreview(): Promise<PreviewServer> {
  return startServer({ root: PREVIEW_DIR, port: 0 });
}

/** The preview open in chromium: its server, browser, page and the pane's frame (close with `closePreview`). */
export interface OpenPreview {
  readonly server: PreviewServer;
  readonly browser: Browser;
  readonly page: Page;
  readonly pane: FrameLocator;
}

/**
 * Builds the preview if needed, serves it, opens it at `viewport` and waits until the pane has
 * read the workbook (the sheet picker holds `sheet`).
 */
export async function openPreview(viewport: { width: number; height: number }, sheet: string): Promise<OpenPreview> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does it)`);
  ensurePreviewBuild();
  const server = await servePreview();
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport });
  await page.goto(server.url);
  const pane = page.frameLocator('#taskpane');
  await pane.getByRole('option', { name: sheet }).waitFor({ state: 'attached' });
  return { server, browser, page, pane };
}

/** Closes what `openPreview` opened (either may be missing when it failed half-way). */
export async function closePreview(open: Partial<OpenPreview> | undefined): Promise<void> {
  await open?.browser?.close();
  await open?.server?.close();
}
