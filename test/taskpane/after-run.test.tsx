/** @jest-environment jsdom */
/**
 * What the pane says and shows after a run (a reviewer's findings at 330 × 700), on the pane's
 * real route: the App in jsdom over the OfficeWorkbookPort on Microsoft's real Excel client
 * library, each workbook a committed fixture. A Hitung ulang that left rows out is not a green
 * success; Periksa under a period the sheet has no columns for names the ones it has; the result
 * gets the focus (its heading) and is scrolled into view; English counts take their plural; and
 * after Hitung ulang "no findings" does not say the table is ready to calculate.
 */
import './jsdom-text-encoder';
import './jsdom-fluent';
import path from 'path';
import * as React from 'react';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Lang } from '../../src/core';
import { OfficeWorkbookPort } from '../../src/excel/office-workbook';
import { TaskPane } from '../../src/taskpane/App';
import { SETTING } from '../../src/taskpane/env';
import { simBookFromXlsx } from '../../excel-simulator/from-xlsx';
import type { SimSheet } from '../../excel-simulator/model';
import type { LoadedClient } from '../../excel-simulator/load-client';
import { FIXTURES } from '../../scripts/make-fixtures';
import { sharedClient } from '../support/real-client';
import { fakeEnv } from './fake-env';

// jsdom lays nothing out (its scrollIntoView is jsdom-fluent's no-op): record which elements were scrolled to.
const scrolledTo: Element[] = [];
const noScroll = Element.prototype.scrollIntoView;
beforeAll(() => {
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolledTo.push(this);
  };
});
afterAll(() => {
  Element.prototype.scrollIntoView = noScroll;
});
afterEach(() => {
  cleanup();
  scrolledTo.length = 0;
});

const shared = sharedClient();
const fixture = (name: string) => path.resolve(__dirname, '..', 'fixtures', name);

/** 15 November 2024: TW III has ended, TW IV is under way. */
const IN_TW4 = new Date(2024, 10, 15);

const button = (name: string) => screen.getByRole('button', { name });
const statusBar = () => screen.getByTestId('status');
const intent = () => statusBar().querySelector('[data-intent]')?.getAttribute('data-intent') ?? null;
const severityGroups = () => [...document.querySelectorAll('section[data-severity]')].map((g) => g.getAttribute('aria-label'));

async function click(name: string): Promise<void> {
  await act(async () => {
    fireEvent.click(button(name));
  });
}

/** The pane opened on a fixture behind the real client, ready to run; `edit` changes the sheet first. */
async function openPane(file: string, opts: { lang?: Lang; settings?: Record<string, unknown>; edit?: (kinerja: SimSheet) => void } = {}): Promise<LoadedClient> {
  const book = await simBookFromXlsx(fixture(file));
  const kinerja = book.sheets.find((s) => s.name === 'Kinerja')!;
  opts.edit?.(kinerja);
  const sim = await shared.use(book);
  const port = new OfficeWorkbookPort({ excel: sim.Excel, office: sim.Office });
  const lang = opts.lang ?? 'id';
  render(<TaskPane port={port} env={fakeEnv(lang, opts.settings ?? {})} today={IN_TW4} />);
  // A ceiling for the first round trips of a freshly loaded client, not a timing.
  await waitFor(() => expect(button(lang === 'en' ? 'Check' : 'Periksa')).toHaveProperty('disabled', false), { timeout: 15_000 });
  return sim;
}

describe('the colour of Hitung ulang follows its findings', () => {
  test('a Realisasi typed as "abc": not a green success; the bar says one row was not calculated', async () => {
    // F7 is the first indicator's Realisasi Triwulan II in the report.
    await openPane(FIXTURES.report, { edit: (k) => (k.rows[6][5] = { value: 'abc' }) });
    await click('Hitung ulang');
    const text = await screen.findByText(/^Hitung ulang selesai: \d+ sel diisi; 1 baris tidak dihitung \(lihat Kesalahan\)\. Tekan Batalkan/);
    expect(text).toBeTruthy();
    expect(intent()).toBe('warning');
    expect(severityGroups()[0]).toBe('Kesalahan (1)');
    expect(button('Batalkan')).toHaveProperty('disabled', false);
  });

  test('warnings only (a Realisasi left empty): a warning that names them', async () => {
    // F7 emptied: a target without its realisasi is a warning, not an error.
    await openPane(FIXTURES.report, { edit: (k) => (k.rows[6][5] = undefined) });
    await click('Hitung ulang');
    await screen.findByText(/^Hitung ulang selesai: \d+ sel diisi; 1 peringatan \(lihat Peringatan\)\./);
    expect(intent()).toBe('warning');
    expect(severityGroups()[0]).toBe('Peringatan (1)');
  });

  test('no findings: a success, and the list says only "Tidak ada temuan." (the table is calculated already)', async () => {
    await openPane(FIXTURES.canonical, { settings: { [SETTING.period]: 'TW2' } });
    await click('Periksa');
    expect((await screen.findByTestId('no-findings')).textContent).toBe('Tidak ada temuan. Tabel siap dihitung.');
    await click('Hitung ulang');
    await screen.findByText(/^Hitung ulang selesai: \d+ sel diisi\. Tekan Batalkan/);
    expect(intent()).toBe('success');
    expect(screen.getByTestId('no-findings').textContent).toBe('Tidak ada temuan.');
  });
});

test('Periksa under a period the sheet has no columns for names the periods it has and offers the switch', async () => {
  await openPane(FIXTURES.report, { settings: { [SETTING.period]: 'TW3' } });
  await click('Periksa');
  await screen.findByText('Pemeriksaan tidak dijalankan. Lembar Kinerja tidak memiliki kolom TW III; yang ada hanya kolom TW II. Ganti periode di atas.');
  expect(intent()).toBe('error');
  expect(screen.queryByText(/0 baris diperiksa/)).toBeNull();
  await click('Ganti ke TW II');
  await click('Periksa');
  await screen.findByText(/^Pemeriksaan selesai: 25 baris diperiksa/);
});

test('after each run the findings heading has the focus and the message bar is scrolled into view', async () => {
  await openPane(FIXTURES.report);
  // With Pengaturan open the result starts below the pane's first screen.
  await click('Pengaturan: BPOM UPT 2024');
  for (const run of ['Periksa', 'Hitung ulang']) {
    scrolledTo.length = 0;
    const pressed = button(run);
    pressed.focus();
    await click(run);
    await screen.findByText(run === 'Periksa' ? /^Pemeriksaan selesai/ : /^Hitung ulang selesai/);
    const heading = screen.getByRole('heading', { name: /^Temuan \(\d+\)$/ });
    expect(document.activeElement).toBe(heading);
    expect(heading.getAttribute('tabindex')).toBe('-1'); // focusable for the result, not a tab stop
    expect(scrolledTo).toEqual([statusBar()]);
  }
});

describe('English', () => {
  test('counts take their plural: 1 row, 1 error, 1 row not calculated; 0 warnings', async () => {
    // The canonical table cut to its first indicator, whose Realisasi is words.
    await openPane(FIXTURES.canonical, {
      lang: 'en',
      settings: { [SETTING.period]: 'TW2' },
      edit: (k) => {
        k.rows = k.rows.slice(0, 2);
        k.rows[1][6] = { value: 'abc' };
      },
    });
    await click('Check');
    await screen.findByText('Check finished: 1 row checked; 1 error, 0 warnings, 0 info.');
    await click('Recalculate');
    // The row is written "-" and left out: one row, in the singular.
    await screen.findByText(/^Recalculation finished: \d+ cells written; 1 row was not calculated \(see Errors\)\. Press Undo/);
    expect(severityGroups()[0]).toBe('Errors (1)');
  });
});
