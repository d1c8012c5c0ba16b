/** @jest-environment jsdom */
/**
 * Interrupted writes through the real task pane (issue 7, DESIGN "nothing lost"): the App in
 * jsdom over the real OfficeWorkbookPort on the simulated Excel host, whose k-th sync fails.
 * A small request budget splits the recalculation into many chunks, and the failure is tried
 * at every sync of the apply. Afterwards the pane must say what happened, and Batalkan must
 * put back every sheet exactly (values, formulas, formats, fills, bold, charts, the sheet list).
 */
import './jsdom-text-encoder';
import './jsdom-fluent';
import * as React from 'react';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { BPOM_UPT_2024 } from '../../src/core';
import { OfficeWorkbookPort } from '../../src/excel/office-workbook';
import { TaskPane } from '../../src/taskpane/App';
import { TaskpaneEnv } from '../../src/taskpane/env';
import { recalculate } from '../../src/workbook';
import { WorkbookPort } from '../../src/workbook/types';
import { SimOptions, SimulatedExcel, createSimulatedExcel, simBook, simSheet, snapshotSheet } from '../../excel-simulator';
import { DUMAI_FIRST, dumaiRows } from '../workbook/support';

afterEach(cleanup);

/** Small enough that the TW II table and its summary need many write syncs. */
const MAX_REQUEST_BYTES = 8000;
const TODAY = new Date(2024, 6, 5); // TW II just ended

const env: TaskpaneEnv = {
  lang: 'id',
  loadSetting: () => null,
  saveSetting: async () => undefined,
  setActiveProfile: () => undefined,
  recalculateAll: async () => undefined,
};

/** The report's TW II table on Kinerja (with last year's printed results in the outputs) and a notes sheet. */
function reportSim(options: SimOptions = {}): SimulatedExcel {
  const rows = dumaiRows(true).map((r) => [...r]) as unknown[][];
  // A user's formula in an output column: kept (no consent to overwrite), and must survive a torn write.
  rows[DUMAI_FIRST + 1][7] = { formula: '=G6/F6*100', value: 100 };
  const book = simBook([simSheet('Kinerja', rows as never), simSheet('Catatan', [['catatan', 1.5], [true, '=teks']])], { activeSheet: 'Kinerja' });
  return createSimulatedExcel(book, options);
}

/** The summary sheet the add-in owns and rebuilds on every run. */
const OWNED = 'Ringkasan';

/**
 * Everything of every sheet, in order, for an exact before/after comparison. The user's sheets
 * are compared whole (values, formulas, number formats, fills, bold, charts). Of the owned
 * summary sheet the undo token keeps values and formulas only (UndoToken.ownedBefore is a
 * Grid), so its earlier colours and chart come back with the next Hitung ulang, not with
 * Batalkan: compared here are its values and formulas, exactly.
 */
function everything(sim: SimulatedExcel) {
  return sim.book.sheets.map((s) => {
    const snap = snapshotSheet(sim.book, s.name);
    if (s.name === OWNED) return { name: s.name, protected: s.protected, values: snap.values, formulas: snap.formulas };
    return { name: s.name, protected: s.protected, snap, charts: s.charts.map((c) => ({ ...c })) };
  });
}

/**
 * The real port, counting the syncs the pane makes before it calls apply (the read and the
 * decimal separator), so a test can aim the failure at the k-th sync of the apply itself.
 */
function portOn(sim: SimulatedExcel): { port: WorkbookPort; syncsBeforeApply: () => number } {
  const port = new OfficeWorkbookPort({ excel: sim.Excel, office: sim.Office, maxRequestBytes: MAX_REQUEST_BYTES });
  let before = -1;
  const apply = port.apply.bind(port);
  port.apply = (plan, progress) => {
    before = sim.stats.syncs;
    return apply(plan, progress);
  };
  return { port, syncsBeforeApply: () => before };
}

async function renderPane(port: WorkbookPort): Promise<void> {
  render(<TaskPane port={port} env={env} today={TODAY} />);
  await screen.findByRole('option', { name: 'Kinerja' });
}

const button = (name: string) => screen.getByRole('button', { name });

async function click(name: string): Promise<void> {
  await act(async () => {
    fireEvent.click(button(name));
  });
}

/** How many syncs a whole, successful recalculation's apply takes, and how many the pane makes first. */
async function measure(setup?: (sim: SimulatedExcel) => Promise<void>): Promise<{ pre: number; applySyncs: number }> {
  const sim = reportSim();
  await setup?.(sim);
  const { port, syncsBeforeApply } = portOn(sim);
  await renderPane(port);
  sim.stats.reset();
  await click('Hitung ulang');
  await screen.findByText(/Hitung ulang selesai/);
  const pre = syncsBeforeApply();
  // The sheet list is read once more after a successful apply.
  const applySyncs = sim.stats.syncs - pre - 1;
  cleanup();
  return { pre, applySyncs };
}

/** A successful recalculation first, so Ringkasan exists and the failing run must restore it too. */
async function earlierRun(sim: SimulatedExcel): Promise<void> {
  const port = new OfficeWorkbookPort({ excel: sim.Excel, office: sim.Office });
  const grid = await port.read('Kinerja');
  await port.apply(recalculate(grid, { period: 'TW2', profile: BPOM_UPT_2024, lang: 'id', decimalSeparator: ',' }).plan);
  // New realisasi since: the next run writes different numbers over the earlier ones.
  const kinerja = sim.book.sheets.find((s) => s.name === 'Kinerja')!;
  for (let r = DUMAI_FIRST; r < kinerja.rows.length; r++) {
    const cell = kinerja.rows[r]?.[6];
    if (cell && typeof cell.value === 'number') cell.value = cell.value * 0.9;
  }
}

/**
 * Fails the k-th sync of the apply, for every k; checks the pane's message and that
 * Batalkan restores the exact earlier workbook.
 */
async function everyFailurePoint(setup: ((sim: SimulatedExcel) => Promise<void>) | undefined, failAfterActions?: number, readOnlySyncs = 1): Promise<number> {
  const { pre, applySyncs } = await measure(setup);
  // Several write chunks, or the test would not exercise a torn multi-block write.
  expect(applySyncs).toBeGreaterThanOrEqual(5);
  for (let k = 1; k <= applySyncs; k++) {
    const sim = reportSim();
    await setup?.(sim);
    const { port } = portOn(sim);
    await renderPane(port);
    const before = everything(sim);
    sim.stats.reset();
    sim.options.failOnSync = pre + k;
    sim.options.failAfterActions = failAfterActions;
    await click('Hitung ulang');
    const status = screen.getByTestId('status');
    if (k > 1 && k <= readOnlySyncs) {
      // A failed first sync of a sheet read is asked again (size first, then blocks): the run
      // completes, and Batalkan restores everything.
      await screen.findByText(/^Hitung ulang selesai/);
      await click('Batalkan');
      await screen.findByText('Isi semula sudah dikembalikan.');
      expect({ k, sheets: everything(sim) }).toEqual({ k, sheets: before });
    } else if (k === 1) {
      // The first sync of an apply only reads: a refusal, nothing changed, nothing to undo.
      await screen.findByText(/^Gagal: Excel menolak permintaan .*Tidak ada yang diubah\.$/);
      expect(everything(sim)).toEqual(before);
      expect(button('Batalkan')).toHaveProperty('disabled', true);
    } else {
      await screen.findByText(/^Penulisan gagal di tengah jalan: Penulisan ke Excel terhenti di tengah jalan \(GeneralException: Simulated failure of sync \d+ .*\)\. Tekan Batalkan/);
      expect(status.textContent).toContain('Tekan Batalkan untuk mengembalikan isi semula');
      expect(button('Batalkan')).toHaveProperty('disabled', false);
      sim.options.failOnSync = undefined;
      await click('Batalkan');
      await screen.findByText('Isi semula sudah dikembalikan.');
      expect({ k, sheets: everything(sim) }).toEqual({ k, sheets: before });
      expect(button('Batalkan')).toHaveProperty('disabled', true);
    }
    cleanup();
  }
  return applySyncs;
}

test('a fresh workbook: a torn write at every sync of the apply is reported, and Batalkan restores it exactly', async () => {
  // Half of the failing sync's actions land (the simulated host's default): a torn write.
  await everyFailurePoint(undefined);
});

test('after an earlier run (Ringkasan exists): the failing sync landed whole, its answer lost, at every sync', async () => {
  // Two read-only syncs: the checks and snapshot, then the earlier Ringkasan (read for undo; a
  // failure of that read's first sync is retried once, so the run goes on).
  await everyFailurePoint(earlierRun, Number.MAX_SAFE_INTEGER, 2);
});

test('a torn write really changes the sheet before Batalkan (the test can fail)', async () => {
  const { pre, applySyncs } = await measure();
  const sim = reportSim();
  const { port } = portOn(sim);
  await renderPane(port);
  const before = everything(sim);
  sim.stats.reset();
  sim.options.failOnSync = pre + applySyncs; // the last write sync: everything before it landed
  await click('Hitung ulang');
  await screen.findByText(/Penulisan gagal di tengah jalan/);
  expect(everything(sim)).not.toEqual(before);
});
