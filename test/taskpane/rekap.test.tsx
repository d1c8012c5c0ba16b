/** @jest-environment jsdom */
/**
 * The pane's Rekap (issue 16) on its real route: the App in jsdom over the OfficeWorkbookPort on
 * Microsoft's real Excel client library, the workbook one sheet per unit from the committed unit
 * fixtures. The sheets Rekap will read are listed (and can be unticked) before it runs; after it,
 * the units in NPSS order with the NPSS hitung gives each sheet, the findings by severity linked
 * to their cells, the focus on the result; Batalkan removes every sheet Rekap added.
 */
import './jsdom-text-encoder';
import './jsdom-fluent';
import path from 'path';
import * as React from 'react';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { BPOM_UPT_2024 } from '../../src/core';
import type { Lang } from '../../src/core';
import { rekapWorkbook, runWorkbook } from '../../src/app';
import { OfficeWorkbookPort } from '../../src/excel/office-workbook';
import { TaskPane } from '../../src/taskpane/App';
import { formatNumber } from '../../src/taskpane/components/SummaryCard';
import { simBook, snapshotSheet } from '../../excel-simulator';
import type { SimBook } from '../../excel-simulator/model';
import { sharedClient } from '../support/real-client';
import { UNIT_FILES, kinerjaOf, unitBook, unitSheetOf } from '../support/unit-book';
import { fakeEnv } from './fake-env';

afterEach(cleanup);

const shared = sharedClient();
/** 15 July 2024: TW II has just ended, the period these reports are for. */
const IN_TW3 = new Date(2024, 6, 15);
const UNITS = UNIT_FILES.map(unitSheetOf);
const TRIWULAN = path.resolve(__dirname, '..', 'fixtures', 'laporan-triwulan-2024.xlsx');

const button = (name: string) => screen.getByRole('button', { name });
const statusText = () => screen.getByTestId('status').textContent ?? '';
const intent = () => screen.getByTestId('status').querySelector('[data-intent]')?.getAttribute('data-intent') ?? null;

async function click(name: string): Promise<void> {
  await act(async () => {
    fireEvent.click(button(name));
  });
}

/** Every sheet's name and cells: what Batalkan must give back. */
const everything = (b: SimBook) => b.sheets.map((s) => ({ name: s.name, snap: snapshotSheet(b, s.name), charts: s.charts.length }));

/** The pane opened on the unit workbook, its Rekap sheets found. */
async function openPane(book: SimBook, lang: Lang = 'id') {
  const sim = await shared.use(book);
  const port = new OfficeWorkbookPort({ excel: sim.Excel, office: sim.Office });
  render(<TaskPane port={port} env={fakeEnv(lang, {})} today={IN_TW3} />);
  // A ceiling for the first round trips of a freshly loaded client, not a timing.
  await waitFor(() => expect(screen.getByTestId('rekap-header').textContent).toMatch(/^Rekap: \d+ (lembar kinerja|performance sheets?) \(/), { timeout: 15_000 });
  return { sim, port };
}

/** The unit workbook with batam's first indicator row typed twice (the rekap keeps the first and says where the second is). */
async function bookWithTwice(): Promise<SimBook> {
  const book = await unitBook();
  const batam = book.sheets.find((s) => s.name === 'batam')!;
  batam.rows.splice(6, 0, batam.rows[5].map((c) => c && { ...c }));
  return book;
}

/** The same rekap made directly on a fresh copy of the workbook: what the pane must show. */
async function expectedRekap(sheets: readonly string[]) {
  const sim = await shared.use(await bookWithTwice());
  const port = new OfficeWorkbookPort({ excel: sim.Excel, office: sim.Office });
  const done = await rekapWorkbook(port, { workbook: 'Buku kerja ini', sheets, period: 'TW2', profile: BPOM_UPT_2024, lang: 'id' });
  const npss = new Map<string, number | null>();
  for (const s of sheets) {
    const run = await runWorkbook(port, { command: 'periksa', sheets: [s], period: 'TW2', profile: BPOM_UPT_2024, lang: 'id' });
    npss.set(s, run.summary?.npss.status === 'ok' ? run.summary.npss.value : null);
  }
  return { rekap: done.rekap, npss };
}

test('Rekap lists the unit sheets first, consolidates the ticked ones, shows units and findings, and Batalkan removes what it wrote', async () => {
  // One unit will be left out; what the pane must show is made first, on a copy of the workbook
  // (the shared client serves one workbook at a time).
  const left = UNITS[0];
  const kept = UNITS.slice(1);
  const { rekap, npss } = await expectedRekap(kept);
  const book = await bookWithTwice();
  const { sim } = await openPane(book);
  const before = everything(book);

  // The sheets it will read are named before it runs (the notes sheet is not one of them).
  expect(screen.getByTestId('rekap-header').textContent).toBe(`Rekap: ${UNITS.length} lembar kinerja (${UNITS.slice(0, -1).join(', ')} dan ${UNITS[UNITS.length - 1]})`);
  await act(async () => {
    fireEvent.click(screen.getByTestId('rekap-header').querySelector('button')!);
  });
  const list = screen.getByTestId('rekap-sheets');
  expect(within(list).getAllByRole('checkbox')).toHaveLength(UNITS.length);
  for (const n of UNITS) expect((within(list).getByLabelText(n) as HTMLInputElement).checked).toBe(true);
  await act(async () => {
    fireEvent.click(within(list).getByLabelText(left));
  });
  expect(screen.getByTestId('rekap-header').textContent).toContain(`Rekap: ${kept.length} lembar kinerja`);

  await click('Rekap');
  await screen.findByText(/^Rekap selesai: /);
  const errors = rekap.findings.filter((f) => f.severity === 'error').length;
  const warnings = rekap.findings.filter((f) => f.severity === 'warning').length;
  const written = 'Rekap Unit, Rekap Indikator dan Rekap Sasaran';
  expect(statusText()).toBe(
    errors + warnings === 0
      ? `Rekap selesai: ${kept.length} laporan unit dari ${kept.length} lembar ditulis ke lembar ${written}. Tekan Batalkan bila ingin menghapusnya.`
      : `Rekap selesai: ${kept.length} laporan unit dari ${kept.length} lembar ditulis ke lembar ${written}; ${errors} kesalahan dan ${warnings} peringatan (lihat Temuan). Tekan Batalkan bila ingin menghapusnya.`,
  );
  expect(intent()).toBe(errors + warnings === 0 ? 'success' : 'warning');
  expect(book.sheets.map((s) => s.name)).toEqual([...before.map((s) => s.name), 'Rekap Unit', 'Rekap Indikator', 'Rekap Sasaran']);
  expect(book.sheets.find((s) => s.name === 'Rekap Unit')!.charts).toHaveLength(1);

  // The units, highest NPSS first, each with the NPSS hitung gives its sheet and its predikat.
  const rows = screen.getAllByTestId('rekap-unit').map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
  expect(rows).toEqual(rekap.units.map((u) => [u.unit, 'TW II 2024', formatNumber(npss.get(u.sheet)!, 'id'), u.predikat?.label ?? 'tidak dinilai']));
  expect(rows.map((r) => r[0])).not.toContain(left);
  const shown = rekap.units.map((u) => npss.get(u.sheet)!);
  expect(shown).toEqual([...shown].sort((a, b) => b - a));

  // The findings, by severity, and the focus on their heading as after the other runs.
  const heading = screen.getByRole('heading', { name: `Temuan (${rekap.findings.length})` });
  expect(document.activeElement).toBe(heading);
  const groups = [...document.querySelectorAll('section[data-severity]')].map((g) => g.getAttribute('aria-label'));
  const count = (sev: string) => rekap.findings.filter((f) => f.severity === sev).length;
  expect(groups).toEqual(
    [
      ['Kesalahan', 'error'],
      ['Peringatan', 'warning'],
      ['Informasi', 'info'],
    ]
      .filter(([, sev]) => count(sev) > 0)
      .map(([label, sev]) => `${label} (${count(sev)})`),
  );
  // A finding on a cell (batam's indicator typed twice) selects that cell of its sheet: the
  // sheet's own warning (both rows count in its NPS) and the rekap's (which row the matrix keeps).
  const twice = rekap.findings.filter((f) => f.code === 'indikator-ganda');
  expect(twice.map((f) => f.cell)).toEqual(['batam!D7', 'batam!D7']);
  const links = screen.getAllByTitle('Pilih sel batam!D7');
  expect(links.map((l) => l.textContent)).toEqual(twice.map((f) => f.message));
  await act(async () => {
    fireEvent.click(links[1]);
  });
  await waitFor(() => expect(sim.host.book.selection).toEqual({ sheet: 'batam', address: 'D7' }));

  await click('Batalkan');
  await screen.findByText('Isi semula sudah dikembalikan.');
  expect(everything(book)).toEqual(before);
  expect(button('Batalkan')).toHaveProperty('disabled', true);
});

test('a Realisasi typed as words on one unit sheet: the pane lists the error linked to its cell, and the status counts it', async () => {
  const book = await unitBook();
  const batam = book.sheets.find((s) => s.name === 'batam')!;
  // The first indicator row's Realisasi (the header row is the one naming Realisasi), typed as words.
  const hdr = batam.rows.findIndex((r) => (r ?? []).some((c) => typeof c?.value === 'string' && /^Realisasi/i.test(c.value)));
  const col = batam.rows[hdr].findIndex((c) => typeof c?.value === 'string' && /^Realisasi/i.test(c.value));
  batam.rows[hdr + 1][col] = { value: 'sembilan puluh' };
  const cell = `${String.fromCharCode(65 + col)}${hdr + 2}`;
  const { sim } = await openPane(book);
  await click('Rekap');
  await screen.findByText(/^Rekap selesai: /);
  expect(statusText()).toMatch(/; 1 kesalahan dan \d+ peringatan \(lihat Temuan\)/);
  const errors = within(document.querySelector('section[data-severity="error"]') as HTMLElement).getAllByTitle(/^Pilih sel /);
  expect(errors.map((b) => b.getAttribute('title'))).toEqual([`Pilih sel batam!${cell}`]);
  expect(errors[0].textContent).toContain('sembilan puluh');
  await act(async () => {
    fireEvent.click(errors[0]);
  });
  await waitFor(() => expect(sim.host.book.selection).toEqual({ sheet: 'batam', address: cell }));
});

test('after Buat templat, the untouched template is no unit: a warning says to fill it in or leave it out', async () => {
  const book = await unitBook();
  await openPane(book);
  await click('Buat templat');
  await waitFor(() => expect(document.querySelector('main')!.getAttribute('aria-busy')).toBe('false'), { timeout: 30_000 });
  const added = book.sheets.map((s) => s.name).find((n) => !['Catatan', ...UNITS].includes(n))!;
  await click('Rekap');
  await screen.findByText(/^Rekap selesai: /);
  const units = screen.getAllByTestId('rekap-unit').map((r) => r.querySelector('th, td')?.textContent);
  expect(units).toHaveLength(UNITS.length);
  expect(units).not.toContain(added);
  const warnings = [...(document.querySelector('section[data-severity="warning"]') as HTMLElement).querySelectorAll('li')].map((l) => l.textContent ?? '');
  expect(warnings.filter((w) => w.includes(`Lembar ${added} hanya memuat baris contoh`))).toHaveLength(1);
});

test('every quarter the headers name: one unit\'s TW I–IV sheet gives its four quarters and a Tren sheet', async () => {
  const book = simBook([await kinerjaOf(TRIWULAN, 'Loka Dumai')]);
  await openPane(book);
  expect(screen.getByTestId('rekap-header').textContent).toBe('Rekap: 1 lembar kinerja (Loka Dumai)');
  await act(async () => {
    fireEvent.click(screen.getByTestId('rekap-header').querySelector('button')!);
  });
  await act(async () => {
    fireEvent.click(screen.getByLabelText('Semua triwulan yang ada di judul kolom (tren satu unit)'));
  });
  await click('Rekap');
  await screen.findByText(/^Rekap selesai: 4 laporan unit dari 1 lembar ditulis ke lembar Rekap Unit, Rekap Indikator, Rekap Sasaran dan Tren/);
  expect(book.sheets.map((s) => s.name)).toEqual(['Loka Dumai', 'Rekap Unit', 'Rekap Indikator', 'Rekap Sasaran', 'Tren']);
  const rows = screen.getAllByTestId('rekap-unit').map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
  expect(rows.map((r) => r[0])).toEqual(['Loka Dumai', 'Loka Dumai', 'Loka Dumai', 'Loka Dumai']);
  expect(rows.map((r) => r[1]).sort()).toEqual(['TW I', 'TW II', 'TW III', 'TW IV']);
});

test('in English: the section, the button, and the counts with their plurals', async () => {
  const book = simBook([await kinerjaOf(TRIWULAN, 'Loka Dumai')]);
  await openPane(book, 'en');
  expect(screen.getByTestId('rekap-header').textContent).toBe('Rekap: 1 performance sheet (Loka Dumai)');
  await act(async () => {
    fireEvent.click(screen.getByTestId('rekap-header').querySelector('button')!);
  });
  await act(async () => {
    fireEvent.click(screen.getByLabelText("Every quarter the column headers name (one unit's trend)"));
  });
  await click('Consolidate');
  await screen.findByText(/^Consolidation finished: 4 unit reports from 1 sheet written to Unit Summary, Indicator Summary, Sasaran Summary and Trend[.;]/);
  expect(book.sheets.map((s) => s.name)).toEqual(['Loka Dumai', 'Unit Summary', 'Indicator Summary', 'Sasaran Summary', 'Trend']);
  await click('Undo');
  await screen.findByText('The earlier contents are back.');
  expect(book.sheets.map((s) => s.name)).toEqual(['Loka Dumai']);
});
