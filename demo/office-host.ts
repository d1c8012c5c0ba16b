/**
 * Loaded in the task pane's frame in place of office.js: defines `Office`, `Excel` and a
 * `CustomFunctions` registry over the preview page's workbook (the simulated host of
 * test/support), and tells the page to redraw after every Excel.run. Without a preview page
 * around it (taskpane.html opened alone) it simulates its own copy of the sample workbook.
 */
import { installSimulatedExcel } from '../excel-simulator';
import type { DemoBridge } from './main';
import { demoBook } from './sample-book';

function bridge(): DemoBridge | undefined {
  try {
    return window.parent !== window ? window.parent.sakipDemo : undefined;
  } catch {
    return undefined; // a parent of another origin: run alone
  }
}

const page = bridge();
const sim = installSimulatedExcel(window, page?.book ?? demoBook(), { displayLanguage: page?.displayLanguage ?? 'id-ID' });
const run = sim.Excel.run.bind(sim.Excel) as (...args: unknown[]) => Promise<unknown>;
const g = window as unknown as Record<string, unknown>;
g.Excel = {
  ...sim.Excel,
  async run(...args: unknown[]) {
    try {
      return await run(...args);
    } finally {
      page?.changed();
    }
  },
};

// The functions bundle registers itself at load; in the preview there is no Excel to call them,
// so the registry only keeps them.
class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}
const registry = new Map<string, unknown>();
g.CustomFunctions ??= {
  associate(id: string | Record<string, unknown>, fn?: unknown) {
    if (typeof id === 'string') registry.set(id.toUpperCase(), fn);
    else for (const [k, v] of Object.entries(id)) registry.set(k.toUpperCase(), v);
  },
  Error: CustomFunctionError,
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', nullReference: '#NULL!', invalidName: '#NAME?', invalidReference: '#REF!' },
};
