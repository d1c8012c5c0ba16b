// Lint: typescript-eslint's recommended rules plus the layer rule of the house style:
// taskpane/cli → app → excel/xlsx → workbook → core (app → rekap → workbook too), and core/workbook/rekap stay pure; React's hook rules in the pane.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const impure = [
  { group: ['react', 'react-*', '@fluentui/*', 'office-*', 'exceljs', 'fs', 'node:*', 'path', 'child_process', 'http', 'https'], message: 'src/core and src/workbook are pure: no UI, Office, exceljs or I/O imports.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'coverage/**', 'test-results/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Function']", message: 'No new Function: code is never built from data.' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...impure, { group: ['../*', '!../core', '!../core/*'], message: 'core imports nothing outside core.' }] }],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'document', 'window'],
    },
  },
  {
    files: ['src/workbook/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...impure, { group: ['../excel/*', '../xlsx/*', '../taskpane/*', '../cli/*', '../functions/*', '../app', '../app/*', '../rekap', '../rekap/*'], message: 'workbook depends on core only.' }] }],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'document', 'window'],
    },
  },
  {
    // The consolidation (issue 16): unit reports in, a Rekap and its renderings (sheets plan, HTML) out.
    files: ['src/rekap/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...impure, { group: ['../excel/*', '../xlsx/*', '../taskpane/*', '../cli/*', '../functions/*', '../app', '../app/*', '../../excel/*', '../../xlsx/*', '../../taskpane/*', '../../cli/*', '../../functions/*', '../../app', '../../app/*'], message: 'rekap depends on workbook and core only.' }] }],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'document', 'window'],
    },
  },
  {
    files: ['src/excel/**/*.ts', 'src/xlsx/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../taskpane/*', '../cli/*', '../app', '../app/*', '../rekap', '../rekap/*', 'react', '@fluentui/*'], message: 'excel/xlsx adapters sit below app, taskpane and cli.' }] }],
    },
  },
  {
    // The workflow both front ends share works on any WorkbookPort: no UI, no front end.
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../taskpane/*', '../cli/*', 'react', 'react-*', '@fluentui/*'], message: 'src/app sits below the task pane and the CLI.' }] }],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'document', 'window'],
    },
  },
  {
    // React's rules of hooks, and effects that name everything they read (no stale closures).
    files: ['src/taskpane/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The scheduler and its cost model are pure: plan + capabilities + budget in, requests out.
    files: ['src/excel/schedule.ts', 'src/excel/wire-cost.ts', 'src/excel/block-encoding.ts', 'src/excel/host-capabilities.ts', 'src/excel/runs.ts'],
    rules: {
      'no-restricted-globals': ['error', 'Office', 'Excel', 'OfficeExtension', 'document', 'window'],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../taskpane/*', '../cli/*', 'react', '@fluentui/*'], message: 'excel/xlsx adapters sit below taskpane and cli.' },
            { group: ['./executor', './reader', './writer', './undo-snapshot', './owned-sheet', './office-workbook', './office-env'], message: 'The scheduler makes no Office calls: it imports none of the modules that do.' },
          ],
        },
      ],
    },
  },
);
