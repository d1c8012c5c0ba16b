/**
 * Makes sure `dist/` holds a production build of the current sources, so that the tests of
 * the shipped bundle and the manifest pass on a fresh clone with `npm test` alone. CI builds
 * first (`npm run build`), which leaves nothing to do here. Test files run in parallel
 * workers: a lock directory lets one build while the others wait, then re-check.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** The repository root. */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
/** Where webpack writes the add-in. */
export const DIST = path.join(ROOT, 'dist');

/** Files the tests of the build need; any missing one means "build". */
export const REQUIRED_OUTPUTS = ['functions.js', 'functions.json', 'functions.en.json', 'taskpane.html', 'manifest.xml'];

// What the build reads: a newer file than the oldest output means the build is stale.
const INPUTS = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'scripts/localize-functions.js', 'scripts/manifest-url.js', 'package.json', 'tsconfig.json'];
const LOCK = path.join(ROOT, 'node_modules', '.cache', 'sakip-dist.lock');
const STALE_LOCK_MS = 10 * 60 * 1000;

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((m, name) => Math.max(m, newestMtime(path.join(p, name))), stat.mtimeMs);
}

/** Why dist needs a build, or null when it is up to date. */
export function staleness(): string | null {
  const outputs = REQUIRED_OUTPUTS.map((f) => path.join(DIST, f));
  const missing = outputs.filter((f) => !fs.existsSync(f));
  if (missing.length > 0) return `missing ${missing.map((f) => path.relative(ROOT, f)).join(', ')}`;
  const oldestOutput = Math.min(...outputs.map((f) => fs.statSync(f).mtimeMs));
  const newestInput = Math.max(...INPUTS.map((p) => newestMtime(path.join(ROOT, p))));
  return newestInput > oldestOutput ? 'sources are newer than dist/' : null;
}

// `npm run build`'s webpack step, except that nothing is deleted from dist/: the browser tests
// build their preview into dist/preview at the same time, and output.clean would wipe it.
const BUILD = `
const webpack = require('webpack');
const config = require('./webpack.config.js')({}, { mode: 'production' });
config.mode = 'production';
config.output = { ...config.output, clean: false };
webpack(config, (err, stats) => {
  if (err || stats.hasErrors()) {
    console.error(err ? String(err.stack || err) : stats.toString('errors-only'));
    process.exit(1);
  }
});
`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function lock(): Promise<void> {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // A lock left by a killed run would block forever: take it over after a while.
      const held = fs.statSync(LOCK, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      else await sleep(250);
    }
  }
}

/** Builds dist/ with webpack (production, as `npm run build`) when it is missing or stale. */
export async function ensureDist(): Promise<void> {
  if (staleness() === null) return;
  await lock();
  try {
    if (staleness() === null) return; // another worker built it while we waited
    try {
      execFileSync(process.execPath, ['-e', BUILD], { cwd: ROOT, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
    } catch (e) {
      const out = e as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`webpack build failed:\n${String(out.stdout ?? '').slice(-4000)}\n${String(out.stderr ?? '').slice(-4000)}`);
    }
    // Webpack leaves a file untouched when its content did not change, so a build after an
    // edit that does not change the bundle would still look stale: mark this build as current.
    const now = new Date();
    for (const f of REQUIRED_OUTPUTS) fs.utimesSync(path.join(DIST, f), now, now);
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}
