/** @jest-environment jsdom */
/**
 * What a new user met in the task pane (issue 14), on the pane's real route: the App in jsdom
 * over the OfficeWorkbookPort on Microsoft's real Excel client library, each workbook a
 * committed fixture file. The period comes from the sheet's headers (and the pane says so, or
 * says it guessed); a period the sheet has no columns for names the ones it has and offers to
 * switch; errors show as errors; findings come before the summary, grouped by severity; and a
 * result never outlives the sheet, period or profile it was made for.
 */
import './jsdom-text-encoder';
import './jsdom-fluent';
import path from 'path';
import * as React from 'react';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { BPOM_ENAM_TINGKAT } from '../../src/core';
import { OfficeWorkbookPort } from '../../src/excel/office-workbook';
import { TaskPane } from '../../src/taskpane/App';
import { SETTING } from '../../src/taskpane/env';
import { t } from '../../src/taskpane/strings';
import { simBookFromXlsx } from '../../excel-simulator/from-xlsx';
import { snapshotSheet } from '../../excel-simulator';
import type { LoadedClient } from '../../excel-simulator/load-client';
import { FIXTURES } from '../../scripts/make-fixtures';
import { sharedClient } from '../support/real-client';
import { FakeEnv, fakeEnv } from './fake-env';

afterEach(cleanup);

const shared = sharedClient();
const fixture = (name: string) => path.resolve(__dirname, '..', 'fixtures', name);

/** 15 November 2024: TW III has ended, TW IV is under way. */
const IN_TW4 = new Date(2024, 10, 15);

const button = (name: string | RegExp) => screen.getByRole('button', { name });
const picker = (name: RegExp) => screen.getByRole('combobox', { name }) as HTMLSelectElement;
const periodNote = () => screen.getByTestId('period-note').textContent;
const statusBar = () => screen.getByTestId('status');
const intent = () => statusBar().querySelector('[data-intent]')?.getAttribute('data-intent') ?? null;

async function click(name: string | RegExp): Promise<void> {
  await act(async () => {
    fireEvent.click(button(name));
  });
}

async function change(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    fireEvent.change(select, { target: { value } });
  });
}

/** The pane opened on a fixture behind the real client, ready to run (the headers read). */
async function openPane(file: string, settings: Record<string, unknown> = {}): Promise<{ sim: LoadedClient; env: FakeEnv }> {
  const sim = await shared.use(await simBookFromXlsx(fixture(file)));
  const port = new OfficeWorkbookPort({ excel: sim.Excel, office: sim.Office });
  const env = fakeEnv('id', settings);
  render(<TaskPane port={port} env={env} today={IN_TW4} />);
  // A ceiling for the first round trips of a freshly loaded client, not a timing.
  await waitFor(() => expect(button('Periksa')).toHaveProperty('disabled', false), { timeout: 15_000 });
  return { sim, env };
}

/** The findings section and the summary card, when shown. */
const findingsSection = () => screen.queryByTestId('findings');
const summaryCard = () => document.querySelector('[aria-labelledby="sakip-summary-title"]');

describe('the period', () => {
  test('comes from the headers of the report (TW II), not from today (TW IV), and the pane says which cells decided', async () => {
    const { env } = await openPane(FIXTURES.report);
    // The report opens with a cover sheet: the pane opens on the sheet with the table.
    expect(picker(/Lembar/).value).toBe('Kinerja');
    expect(picker(/Periode/).value).toBe('TW2');
    expect(periodNote()).toMatch(/^Periode TW II dibaca dari judul kolom \(E5 "Target Triwulan II", F5 "Realisasi Triwulan II"\)\.$/);
    expect(env.settings.has(SETTING.period)).toBe(false); // read, not saved: the next sheet decides again
    await click('Periksa');
    await screen.findByText(/^Pemeriksaan selesai: 25 baris diperiksa/);
    expect(screen.getByTestId('npss').textContent).toBe('101,67');
  });

  test('headers that name no quarter: the quarter just ended, and the pane says it guessed', async () => {
    await openPane(FIXTURES.canonical);
    expect(picker(/Periode/).value).toBe('TW3');
    expect(periodNote()).toBe('Judul kolom lembar Kinerja tidak menyebut periode (kolom Target tanpa triwulan); pilih periode yang akan dihitung. Untuk sementara dipakai TW III, triwulan yang baru saja berakhir; ganti bila perlu.');
  });

  test('headers that name four quarters: the pane names them and says which one it took', async () => {
    await openPane(FIXTURES.quarterly);
    expect(picker(/Periode/).value).toBe('TW3');
    expect(periodNote()).toMatch(/^Lembar Kinerja memuat kolom beberapa periode \(TW I, TW II, TW III dan TW IV\); .* Untuk sementara dipakai TW III/);
  });

  test('a period saved in the document wins over the headers', async () => {
    await openPane(FIXTURES.quarterly, { [SETTING.period]: 'TW1' });
    expect(picker(/Periode/).value).toBe('TW1');
    expect(screen.queryByTestId('period-note')).toBeNull(); // TW I has its columns: nothing to say
  });

  test('a period the sheet has no columns for: the pane names TW II, Hitung ulang writes nothing and does not say "no table", and Ganti ke TW II fixes it', async () => {
    const { sim, env } = await openPane(FIXTURES.report, { [SETTING.period]: 'TW3' });
    const before = snapshotSheet(sim.host.book, 'Kinerja');
    expect(picker(/Periode/).value).toBe('TW3');
    expect(periodNote()).toBe('Lembar Kinerja tidak memiliki kolom TW III; yang ada hanya kolom TW II.');

    await click('Hitung ulang');
    await screen.findByText('Perhitungan tidak dijalankan. Lembar Kinerja tidak memiliki kolom TW III; yang ada hanya kolom TW II. Ganti periode di atas.');
    expect(intent()).toBe('error');
    expect(screen.queryByText(t('id', 'noTable'))).toBeNull();
    expect(snapshotSheet(sim.host.book, 'Kinerja')).toEqual(before);
    expect(sim.host.book.sheets.map((s) => s.name)).not.toContain('Ringkasan');

    await click('Ganti ke TW II');
    expect(picker(/Periode/).value).toBe('TW2');
    expect(env.settings.get(SETTING.period)).toBe('TW2');
    expect(screen.queryByTestId('period-note')).toBeNull();
    expect(statusBar().textContent).toBe(''); // the TW III result is gone with TW III
    expect(findingsSection()).toBeNull();

    await click('Hitung ulang');
    await screen.findByText(/^Hitung ulang selesai: \d+ sel diisi/);
    expect(screen.getByTestId('npss').textContent).toBe('101,67');
  });
});

describe('the result', () => {
  test('Periksa under a period the sheet lacks shows an error naming the periods it has; with warnings a warning; clean a success; no table a warning', async () => {
    await openPane(FIXTURES.report, { [SETTING.period]: 'TW3' });
    await click('Periksa');
    await screen.findByText('Pemeriksaan tidak dijalankan. Lembar Kinerja tidak memiliki kolom TW III; yang ada hanya kolom TW II. Ganti periode di atas.');
    expect(intent()).toBe('error');

    await change(picker(/Periode/), 'TW2');
    await click('Periksa');
    await screen.findByText('Pemeriksaan selesai: 25 baris diperiksa; 0 kesalahan, 1 peringatan, 8 informasi.');
    expect(intent()).toBe('warning');

    await change(picker(/Lembar/), 'Sampul');
    await waitFor(() => expect(button('Periksa')).toHaveProperty('disabled', false));
    await click('Periksa');
    await screen.findByText(t('id', 'noTable'));
    expect(intent()).toBe('warning');
    cleanup();

    await openPane(FIXTURES.canonical, { [SETTING.period]: 'TW2' });
    await click('Periksa');
    await screen.findByText('Pemeriksaan selesai: 25 baris diperiksa; 0 kesalahan, 0 peringatan, 0 informasi.');
    expect(intent()).toBe('success');
  });

  test('findings come before the summary, grouped by severity with counts; the most severe group open, the others folded', async () => {
    const { sim } = await openPane(FIXTURES.report);
    // A realisasi typed as words (an error) besides the report's own slip (a warning) and notes (information).
    const kinerja = sim.host.book.sheets.find((s) => s.name === 'Kinerja')!;
    kinerja.rows[6][5] = { value: 'tujuh puluh' }; // F7
    await click('Periksa');
    await screen.findByText(/^Pemeriksaan selesai: .*; 1 kesalahan, 1 peringatan, 8 informasi\.$/);

    const section = findingsSection()!;
    const card = summaryCard()!;
    expect(section.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const groups = [...section.querySelectorAll('section[data-severity]')];
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual(['Kesalahan (1)', 'Peringatan (1)', 'Informasi (8)']);

    // Errors open: the finding is a button that selects its cell.
    const error = within(groups[0] as HTMLElement).getByRole('button', { name: /tujuh puluh/ });
    await act(async () => {
      fireEvent.click(error);
    });
    await waitFor(() => expect(sim.host.book.selection).toEqual({ sheet: 'Kinerja', address: 'F7' }));
    // The others folded until opened.
    expect(within(groups[1] as HTMLElement).queryByRole('button', { name: /Kriteria tertulis "Baik"/ })).toBeNull();
    await act(async () => {
      fireEvent.click(within(groups[1] as HTMLElement).getByRole('button', { name: /Peringatan \(1\)/ }));
    });
    expect(within(groups[1] as HTMLElement).getByRole('button', { name: /Kriteria tertulis "Baik", seharusnya "Sangat Baik"/ })).toBeTruthy();
  });

  test('without errors the warnings open first', async () => {
    await openPane(FIXTURES.report);
    await click('Periksa');
    await screen.findByText(/^Pemeriksaan selesai/);
    const groups = [...findingsSection()!.querySelectorAll('section[data-severity]')] as HTMLElement[];
    expect(groups.map((g) => g.getAttribute('data-severity'))).toEqual(['warning', 'info']);
    expect(within(groups[0]).getByRole('button', { name: /Kriteria tertulis "Baik"/ })).toBeTruthy();
    expect(within(groups[1]).queryAllByRole('listitem')).toEqual([]);
  });

  /** Periksa on the report's table, with its findings and summary on screen. */
  async function checked(): Promise<void> {
    await click('Periksa');
    await screen.findByText(/^Pemeriksaan selesai/);
    expect(findingsSection()).not.toBeNull();
    expect(summaryCard()).not.toBeNull();
  }

  const cleared = () => {
    expect(findingsSection()).toBeNull();
    expect(summaryCard()).toBeNull();
  };

  test('a result is cleared when the sheet, the period or the profile changes, and after Buat templat', async () => {
    await openPane(FIXTURES.report);

    await checked();
    await change(picker(/Lembar/), 'Sampul');
    cleared();
    expect(statusBar().textContent).toBe('');
    await change(picker(/Lembar/), 'Kinerja');
    await waitFor(() => expect(button('Periksa')).toHaveProperty('disabled', false));

    await checked();
    await change(picker(/Periode/), 'TW1');
    cleared();
    expect(statusBar().textContent).toBe('');
    await change(picker(/Periode/), 'TW2');

    await checked();
    await click(/^Pengaturan: /);
    await change(picker(/Profil aturan/), BPOM_ENAM_TINGKAT.id);
    await screen.findByText(`Profil aturan "${BPOM_ENAM_TINGKAT.name}" dipakai dan disimpan di buku kerja ini.`);
    cleared();

    await checked();
    await click('Buat templat');
    await screen.findByText(/^Templat dibuat di lembar Templat SAKIP\.$/);
    cleared();
    expect(picker(/Lembar/).value).toBe('Templat SAKIP');
  });
});
