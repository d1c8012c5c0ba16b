/** Running `sakip` in-process on copies of the fixtures. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';

/** The committed fixtures folder. */
export const FIXTURE_DIR = path.resolve(__dirname, '..', 'fixtures');

/** What one run printed and returned. */
export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `sakip argv…` with captured output. */
export async function sakip(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** A fresh temp folder, removed by `cleanup`. */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-cli-'));
}

/** Copies a fixture into `dir` and returns the copy's path. */
export function copyFixture(name: string, dir: string): string {
  const to = path.join(dir, name);
  fs.copyFileSync(path.join(FIXTURE_DIR, name), to);
  return to;
}

/** The JSON objects printed one per line. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
