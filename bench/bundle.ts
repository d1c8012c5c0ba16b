/** The bundle case: what Excel downloads, from dist/ (built first when missing). */
import { execSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';

/** The bundle line. */
export interface BundleFigures {
  readonly case: 'bundle';
  readonly functionsJsBytes: number;
  readonly taskpaneJsBytes: number;
  readonly taskpaneJsGzipBytes: number;
}

/** Sizes of dist/functions.js and dist/taskpane.js; runs `npm run build` when either is missing. */
export function bundleCase(root: string): BundleFigures {
  const dist = path.join(root, 'dist');
  const functionsJs = path.join(dist, 'functions.js');
  const taskpaneJs = path.join(dist, 'taskpane.js');
  if (!fs.existsSync(functionsJs) || !fs.existsSync(taskpaneJs)) {
    // The build's own output would mix with the JSON lines: send it to stderr.
    execSync('npm run build', { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
  }
  const taskpane = fs.readFileSync(taskpaneJs);
  return {
    case: 'bundle',
    functionsJsBytes: fs.statSync(functionsJs).size,
    taskpaneJsBytes: taskpane.length,
    taskpaneJsGzipBytes: gzipSync(taskpane, { level: 9 }).length,
  };
}
