/**
 * manifest.xml as it is in the repository (the dev server's address, for sideloading), checked
 * offline by the shared manifest checks.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../functions/support/ensure-dist';
import { describeManifest } from './support/manifest-checks';

describeManifest('manifest.xml', fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'), 'https://localhost:3000/', 'https://localhost:3000');

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS script that draws the icons
const icons = require(path.join(ROOT, 'scripts', 'make-icons.js')) as { SIZES: number[]; draw: (size: number) => Buffer };

describe('icons', () => {
  it('ships the icons scripts/make-icons.js draws (generated, never hand-edited)', () => {
    expect(icons.SIZES).toEqual([16, 32, 64, 80]);
    for (const size of icons.SIZES) expect(icons.draw(size).equals(fs.readFileSync(path.join(ROOT, 'assets', `icon-${size}.png`)))).toBe(true);
  });
});
