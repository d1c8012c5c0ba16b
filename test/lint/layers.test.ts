/** The layer rule is enforced by lint, not memory: prove the rule fires where it must. */
import { spawnSync } from 'child_process';
import path from 'path';

const root = path.resolve(__dirname, '../..');

// ESLint's flat config is an ES module, which jest's CommonJS runtime cannot import: run the
// real CLI on stdin, as CI's lint step does.
async function ruleIds(code: string, file: string): Promise<string[]> {
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', file, '--format', 'json'], {
    cwd: root,
    input: code,
    encoding: 'utf8',
  });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('layer rule (eslint.config.mjs)', () => {
  it.each([
    ["import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n", 'src/core/bad.ts'],
    ["import React from 'react';\nexport const x = React;\n", 'src/workbook/bad.ts'],
    ["import { readFileSync } from 'fs';\nexport const x = readFileSync;\n", 'src/core/bad.ts'],
    ["import { x as y } from '../xlsx/port';\nexport const x = y;\n", 'src/workbook/bad.ts'],
    ["import { x as y } from '../workbook/grid';\nexport const x = y;\n", 'src/core/bad.ts'],
    ["import { x as y } from '../taskpane/App';\nexport const x = y;\n", 'src/app/bad.ts'],
    ["import React from 'react';\nexport const x = React;\n", 'src/app/bad.ts'],
    ["import { x as y } from '../app';\nexport const x = y;\n", 'src/xlsx/bad.ts'],
    ["import { x as y } from '../app/run';\nexport const x = y;\n", 'src/workbook/bad.ts'],
    ["import { x as y } from '../app/run';\nexport const x = y;\n", 'src/rekap/bad.ts'],
    ["import { x as y } from '../../xlsx/port';\nexport const x = y;\n", 'src/rekap/html/bad.ts'],
    ["import { readFileSync } from 'fs';\nexport const x = readFileSync;\n", 'src/rekap/bad.ts'],
    ["import { x as y } from '../rekap';\nexport const x = y;\n", 'src/workbook/bad.ts'],
  ])('rejects %p in %s', async (code, file) => {
    expect(await ruleIds(code, file)).toContain('no-restricted-imports');
  });

  it('rejects Office globals in core', async () => {
    expect(await ruleIds('export const x = () => Excel.run;\n', 'src/core/bad.ts')).toContain('no-restricted-globals');
  });

  it('allows core imports in workbook and anything in the adapters', async () => {
    expect(await ruleIds("import { capaian } from '../core';\nexport const x = capaian;\n", 'src/workbook/ok.ts')).toEqual([]);
    expect(await ruleIds("import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n", 'src/xlsx/ok.ts')).toEqual([]);
    expect(await ruleIds("import { check } from '../workbook';\nexport const x = check;\n", 'src/rekap/ok.ts')).toEqual([]);
  });

  it('rejects new Function and eval everywhere', async () => {
    expect(await ruleIds("export const f = new Function('return 1');\n", 'src/taskpane/bad.ts')).toContain('no-restricted-syntax');
    expect(await ruleIds("export const f = () => eval('1');\n", 'src/cli/bad.ts')).toContain('no-eval');
  });
});
