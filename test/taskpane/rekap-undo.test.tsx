/** @jest-environment jsdom */
/**
 * The pane's Rekap beside other writes and earlier rekaps (issue 16 review), over Microsoft's real
 * Excel client library: Batalkan undoes the latest write and then the one before (either order of
 * Rekap and Hitung ulang); a user's empty sheet called Tren keeps its chart; rekap sheets an
 * earlier run left are named in a warning; a Rekap over a rekap says what Batalkan brings back.
 */
import './jsdom-text-encoder';
import './jsdom-fluent';
import path from 'path';
import * as React from 'react';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Lang } from '../../src/core';
import { OfficeWorkbookPort } from '../../src/excel/office-workbook';
import { TaskPane } from '../../src/taskpane/App';
import { simBook, simSheet, snapshotSheet } from '../../excel-simulator';
import type { SimBook } from '../../excel-simulator/model';
import { sharedClient } from '../support/real-client';
import { kinerjaOf, unitBook } from '../support/unit-book';
import { fakeEnv } from './fake-env';

afterEach(cleanup);
const shared = sharedClient();
/** 15 July 2024: TW II has just ended, the period these reports are for. */
const IN_TW3 = new Date(2024, 6, 15);
const TRIWULAN = path.resolve(__dirname, '..', 'fixtures', 'laporan-triwulan-2024.xlsx');
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
const statusText = () => screen.getByTestId('status').textContent ?? '';
/** Every sheet whole: name, cells (values, formulas, formats, fills, bold) and charts. */
const everything = (b: SimBook) => b.sheets.map((s) => ({ name: s.name, snap: snapshotSheet(b, s.name), charts: s.charts }));
const findingTexts = () => [...document.querySelectorAll('[data-testid=findings] li')].map((l) => l.textContent ?? '');

async function click(name: string): Promise<void> {
  await act(async () => {
    fireEvent.click(button(name));
  });
}
async function openPane(book: SimBook, lang: Lang = 'id'): Promise<void> {
  const sim = await shared.use(book);
  const port = new OfficeWorkbookPort({ excel: sim.Excel, office: sim.Office });
  render(<TaskPane port={port} env={fakeEnv(lang, {})} today={IN_TW3} />);
  await waitFor(() => expect(screen.getByTestId('rekap-header').textContent).toMatch(/^Rekap: \d/), { timeout: 15_000 });
}
async function waitIdle(): Promise<void> {
  await waitFor(() => expect(document.querySelector('main')!.getAttribute('aria-busy')).toBe('false'), { timeout: 30_000 });
}
async function everyQuarter(): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByTestId('rekap-header').querySelector('button')!);
  });
  await act(async () => {
    fireEvent.click(screen.getByLabelText('Semua triwulan yang ada di judul kolom (tren satu unit)'));
  });
}
const undoNote = () => screen.queryByTestId('undo-next')?.textContent ?? null;

describe('Batalkan is a stack: the latest write first, then the one before', () => {
  test('Rekap, then Hitung ulang: Batalkan undoes Hitung ulang, again undoes Rekap; the workbook is as it was', async () => {
    const book = await unitBook();
    const before = everything(book);
    await openPane(book);
    expect(button('Batalkan').disabled).toBe(true);
    await click('Rekap');
    await screen.findByText(/^Rekap selesai: /);
    const afterRekap = everything(book);
    expect(undoNote()).toBe('Batalkan akan membatalkan Rekap terakhir.');
    await click('Hitung ulang');
    await screen.findByText(/^Hitung ulang selesai: /);
    expect(undoNote()).toBe('Batalkan akan membatalkan Hitung ulang terakhir; tekan lagi untuk 1 langkah sebelumnya.');

    await click('Batalkan');
    await screen.findByText('Isi semula sudah dikembalikan.');
    expect(everything(book)).toEqual(afterRekap);
    expect(undoNote()).toBe('Batalkan akan membatalkan Rekap terakhir.');
    expect(button('Batalkan').disabled).toBe(false);
    await click('Batalkan');
    await waitIdle();
    expect(everything(book)).toEqual(before);
    expect([button('Batalkan').disabled, undoNote()]).toEqual([true, null]);
  });

  test('Hitung ulang, then Rekap: Batalkan removes the Rekap sheets, again puts back what Hitung ulang wrote', async () => {
    const book = await unitBook();
    const before = everything(book);
    await openPane(book);
    await click('Hitung ulang');
    await screen.findByText(/^Hitung ulang selesai: /);
    const afterHitung = everything(book);
    await click('Rekap');
    await screen.findByText(/^Rekap selesai: /);
    expect(undoNote()).toBe('Batalkan akan membatalkan Rekap terakhir; tekan lagi untuk 1 langkah sebelumnya.');

    await click('Batalkan');
    await screen.findByText('Isi semula sudah dikembalikan.');
    expect(everything(book)).toEqual(afterHitung);
    expect(undoNote()).toBe('Batalkan akan membatalkan Hitung ulang terakhir.');
    await click('Batalkan');
    await waitIdle();
    expect(everything(book)).toEqual(before);
    expect(button('Batalkan').disabled).toBe(true);
  });
});

test("a user's sheet called Tren holding only their chart keeps it: the rekap's Tren is Tren (2), and Batalkan leaves theirs exact", async () => {
  const chart = { name: 'Grafik anggaran', type: 'Line', source: 'A1:B3', seriesBy: 'Columns', title: 'Anggaran saya' };
  const book = simBook([await kinerjaOf(TRIWULAN, 'Loka Dumai'), simSheet('Tren', [], { charts: [chart] })]);
  const before = everything(book);
  await openPane(book);
  await everyQuarter();
  await click('Rekap');
  await screen.findByText(/^Rekap selesai: 4 laporan unit .* lembar Rekap Unit, Rekap Indikator, Rekap Sasaran dan Tren \(2\)\./);
  expect(book.sheets.find((s) => s.name === 'Tren')!.charts.map((c) => c.title)).toEqual(['Anggaran saya']);
  expect(snapshotSheet(book, 'Tren (2)').values[0][0]).toMatch(/^Tren /);
  await click('Batalkan');
  await screen.findByText('Isi semula sudah dikembalikan.');
  expect(everything(book)).toEqual(before);
});

test('a Rekap that writes no Tren after one that did: a warning names the earlier Tren, linked to it, and says to delete it if not needed', async () => {
  const book = simBook([await kinerjaOf(TRIWULAN, 'Loka Dumai')]);
  await openPane(book);
  await everyQuarter();
  await click('Rekap');
  await screen.findByText(/^Rekap selesai: 4 laporan/);
  const tren = snapshotSheet(book, 'Tren');
  await act(async () => {
    fireEvent.click(screen.getByLabelText('Semua triwulan yang ada di judul kolom (tren satu unit)'));
  });
  await click('Rekap');
  await screen.findByText(/^Rekap selesai: 1 laporan/);
  // Said, not deleted: the earlier Tren is as it was, and the warning is the user's to act on.
  expect(snapshotSheet(book, 'Tren')).toEqual(tren);
  expect(findingTexts().filter((t) => /rekap sebelumnya/.test(t))).toEqual([
    expect.stringContaining('Lembar Tren dari rekap sebelumnya tidak diperbarui oleh Rekap ini, jadi isinya bisa tidak sesuai dengan rekap yang baru; hapus lembar itu bila tidak diperlukan.'),
  ]);
  expect(statusText()).toMatch(/1 peringatan/);
});

test('a rekap made in Indonesian Office, then in English Office: the English run names the Indonesian sheets it left as they were', async () => {
  const book = await unitBook();
  await openPane(book, 'id');
  await click('Rekap');
  await screen.findByText(/^Rekap selesai: /);
  cleanup();
  await openPane(book, 'en');
  await click('Consolidate');
  await screen.findByText(/^Consolidation finished: /);
  const stale = findingTexts().filter((t) => /earlier consolidation/.test(t));
  expect(stale.map((t) => /The sheet (.+?) from an earlier consolidation/.exec(t)?.[1])).toEqual(['Rekap Unit', 'Rekap Indikator', 'Rekap Sasaran']);
});

test('Rekap twice: the status says Batalkan brings back the first rekap\'s values and formulas only; it does', async () => {
  const book = await unitBook();
  await openPane(book);
  await click('Rekap');
  await screen.findByText(/^Rekap selesai: /);
  expect(statusText()).not.toMatch(/menggantikan rekap sebelumnya/);
  const first = everything(book);
  await click('Rekap');
  await screen.findByText(/^Rekap selesai: /);
  expect(statusText()).toMatch(/Lembar Rekap Unit, Rekap Indikator dan Rekap Sasaran menggantikan rekap sebelumnya: Batalkan mengembalikan nilai dan rumusnya saja, tanpa format angka, warna, huruf tebal dan grafiknya\.$/);
  await click('Batalkan');
  await screen.findByText('Isi semula sudah dikembalikan.');
  const now = everything(book);
  expect(now.map((s) => [s.name, s.snap.values, s.snap.formulas])).toEqual(first.map((s) => [s.name, s.snap.values, s.snap.formulas]));
  // The limit the status states (README, task pane): the chart of the first rekap is not back.
  expect(now.find((s) => s.name === 'Rekap Unit')!.charts).toEqual([]);
});
