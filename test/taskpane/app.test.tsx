/** @jest-environment jsdom */
/**
 * The task pane over a fake in-memory port: the button flow (Periksa, Hitung ulang, Batalkan),
 * Indonesian and English, findings that select their cell, Batalkan after a failed write, and
 * the rule profile reaching the custom functions.
 */
import './jsdom-fluent';
import * as React from 'react';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { BPOM_ENAM_TINGKAT, DUMAI_TW2_2024 } from '../../src/core';
import { ApplyError } from '../../src/workbook';
import { TaskPane } from '../../src/taskpane/App';
import { t } from '../../src/taskpane/strings';
import { SETTING, TaskpaneEnv } from '../../src/taskpane/env';
import { fakeEnv } from './fake-env';
import { textColourOn } from '../../src/taskpane/components/SummaryCard';
import { FakePort, kinerjaRows } from './fake-port';

afterEach(cleanup);

const TODAY = new Date(2024, 6, 5); // 5 July 2024: TW II just ended

async function renderPane(port: FakePort, env: TaskpaneEnv) {
  render(<TaskPane port={port} env={env} today={TODAY} />);
  // The sheet list arrives asynchronously from the port, then the sheet's headers settle the period.
  await screen.findByRole('option', { name: 'Kinerja' });
  await waitFor(() => expect(screen.getByRole('button', { name: env.lang === 'en' ? 'Check' : 'Periksa' })).toHaveProperty('disabled', false));
}

const button = (name: string) => screen.getByRole('button', { name });

async function click(name: string) {
  await act(async () => {
    fireEvent.click(button(name));
  });
}

// Columns of the fake sheet (0-based): Capaian H, Kriteria I.
const CAPAIAN = 7;
const KRITERIA = 8;

test('text on a traffic-light fill stays readable', () => {
  // Text on a traffic-light fill stays readable (black on the reports' dark green, white on navy).
  expect(textColourOn('#00B050')).toBe('#000000');
  expect(textColourOn('#1F3864')).toBe('#FFFFFF');
});

test('Periksa, Hitung ulang, then Batalkan puts the sheet back exactly (Indonesian)', async () => {
  const port = new FakePort({ Kinerja: kinerjaRows() });
  const env = fakeEnv('id');
  const before = port.snapshot();
  await renderPane(port, env);

  expect(screen.getByRole('combobox', { name: /Periode/ })).toHaveProperty('value', 'TW2');
  expect(button('Batalkan')).toHaveProperty('disabled', true);

  await click('Periksa');
  await screen.findByText(/Pemeriksaan selesai/);
  expect(port.applies).toBe(0); // checking writes nothing
  expect(port.snapshot()).toEqual(before);

  await click('Hitung ulang');
  await screen.findByText(/Hitung ulang selesai/);
  expect(screen.getByTestId('npss').textContent).toBe('101,67');
  const card = screen.getByRole('heading', { name: 'Ringkasan' }).closest('div[aria-labelledby]') as HTMLElement;
  expect(within(card).getAllByTestId('predikat')[0].textContent).toBe('Istimewa');

  // First indicator: 88,89 / 89,2 → 99,65 %, Cukup (SPEC §2–§3).
  const first = DUMAI_TW2_2024[0];
  expect(port.valueAt('Kinerja', 1, CAPAIAN)).toBeCloseTo(((first.realisasi as number) / (first.target as number)) * 100, 10);
  expect(port.valueAt('Kinerja', 1, KRITERIA)).toBe('Cukup');
  expect(port.book.has('Ringkasan')).toBe(true);

  expect(button('Batalkan')).toHaveProperty('disabled', false);
  await click('Batalkan');
  await screen.findByText(/Isi semula sudah dikembalikan/);
  expect(port.snapshot()).toEqual(before);
  expect(button('Batalkan')).toHaveProperty('disabled', true);
});

test('English when Office is in English: labels and numbers', async () => {
  const port = new FakePort({ Kinerja: kinerjaRows() });
  await renderPane(port, fakeEnv('en'));
  expect(screen.getByRole('combobox', { name: /Period/ })).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Periksa' })).toBeNull();
  await click('Recalculate');
  await screen.findByText(/Recalculation finished/);
  expect(screen.getByTestId('npss').textContent).toBe('101.67');
  expect(button('Undo')).toHaveProperty('disabled', false);
});

test('each finding is a link that selects its cell', async () => {
  const rows = kinerjaRows();
  rows[3][6] = 'tujuh puluh'; // Realisasi of the third indicator: not a number (G4)
  const port = new FakePort({ Kinerja: rows });
  await renderPane(port, fakeEnv('id'));
  await click('Periksa');
  const link = await screen.findByRole('button', { name: /tujuh puluh/ });
  expect(link.closest('section')?.getAttribute('data-severity')).toBe('error');
  await act(async () => {
    fireEvent.click(link);
  });
  expect(port.selections).toEqual([{ sheet: 'Kinerja', address: 'G4' }]);
});

test('after a failed write the failure shows and Batalkan restores what was written', async () => {
  const port = new FakePort({ Kinerja: kinerjaRows() });
  const before = port.snapshot();
  await renderPane(port, fakeEnv('id'));
  port.failNextApply = true;
  await click('Hitung ulang');
  await screen.findByText(/Penulisan gagal di tengah jalan/);
  expect(port.snapshot()).not.toEqual(before); // part of the plan was written
  expect(button('Batalkan')).toHaveProperty('disabled', false);
  await click('Batalkan');
  await screen.findByText(/Isi semula sudah dikembalikan/);
  expect(port.snapshot()).toEqual(before);
});

test('the rule profile is saved in the document and handed to the custom functions', async () => {
  const port = new FakePort({ Kinerja: kinerjaRows() });
  const env = fakeEnv('id', { [SETTING.period]: 'TW2' });
  await renderPane(port, env);
  expect(env.calls).toEqual(['setActiveProfile:bpom-upt-2024']);
  await click('Pengaturan: BPOM UPT 2024'); // the options start folded
  await act(async () => {
    fireEvent.change(screen.getByRole('combobox', { name: /Profil aturan/ }), { target: { value: BPOM_ENAM_TINGKAT.id } });
  });
  await screen.findByText(/Profil aturan "BPOM kriteria 6 tingkat" dipakai/);
  expect(env.settings.get(SETTING.profile)).toBe(BPOM_ENAM_TINGKAT.id);
  expect(env.calls).toEqual(['setActiveProfile:bpom-upt-2024', `setActiveProfile:${BPOM_ENAM_TINGKAT.id}`, 'recalculateAll']);

  // A document that saved the profile opens with it.
  cleanup();
  const env2 = fakeEnv('id', { [SETTING.profile]: BPOM_ENAM_TINGKAT.id });
  await renderPane(new FakePort({ Kinerja: kinerjaRows() }), env2);
  expect(env2.calls).toEqual([`setActiveProfile:${BPOM_ENAM_TINGKAT.id}`]);
});

test('Buat templat adds a new sheet without touching the others, and Batalkan removes it', async () => {
  const port = new FakePort({ Kinerja: kinerjaRows() });
  const before = port.snapshot();
  await renderPane(port, fakeEnv('id'));
  await click('Buat templat');
  await screen.findByText(/Templat dibuat di lembar Templat SAKIP/);
  expect(port.book.has('Templat SAKIP')).toBe(true);
  expect(port.snapshot().Kinerja).toEqual(before.Kinerja);
  expect(screen.getByRole('combobox', { name: /Lembar/ })).toHaveProperty('value', 'Templat SAKIP');
  await click('Batalkan');
  await screen.findByText(/Isi semula sudah dikembalikan/);
  expect(port.snapshot()).toEqual(before);
});

test("Hitung ulang never clears the user's own sheet named Ringkasan", async () => {
  const port = new FakePort({ Kinerja: kinerjaRows(), Ringkasan: [['Catatan rapat pimpinan', 42]] });
  await renderPane(port, fakeEnv('id'));
  await click('Hitung ulang');
  await screen.findByText(/Hitung ulang selesai/);
  expect(port.snapshot().Ringkasan).toEqual([['Catatan rapat pimpinan', 42]]);
  expect(port.book.has('Ringkasan Kinerja')).toBe(true);
  expect(screen.getByTestId('npss').textContent).toBe('101,67');
});

test('Periksa always says what it checked, also on a clean budget table (which has no NPSS but is a table)', async () => {
  const port = new FakePort({
    Kinerja: [
      ['Kegiatan', 'Capaian Output (%)', 'Pagu Anggaran', 'Realisasi Anggaran'],
      ['Pengujian sampel', 95, 1000, 900],
      ['Pemeriksaan sarana', 100, 2000, 1500],
    ],
  });
  await renderPane(port, fakeEnv('id'));
  await click('Periksa');
  expect(await screen.findByText('Pemeriksaan selesai: 2 baris diperiksa; 0 kesalahan, 0 peringatan, 0 informasi.')).toBeTruthy();
  expect(screen.queryByText(t('id', 'noTable'))).toBeNull();
});

test('Hitung ulang on a table missing a column says nothing was calculated and why, not "no table"', async () => {
  const port = new FakePort({ Kinerja: [['Indikator Kinerja', 'Target TW II', 'Capaian'], ['Persentase obat memenuhi syarat', 89.2, null]] });
  await renderPane(port, fakeEnv('id'));
  await click('Hitung ulang');
  expect(await screen.findByText('Perhitungan tidak dijalankan: tabel di lembar ini masih memuat 1 kesalahan; perbaiki dulu (lihat Temuan).')).toBeTruthy();
  expect(screen.queryByText(t('id', 'noTable'))).toBeNull();
  expect(port.applies).toBe(0);
});

test('an apply that landed whole but whose last answer was an error: success with the port\'s note, and Batalkan still undoes', async () => {
  const note = 'Semua perubahan sudah tertulis; Excel melaporkan galat sesudahnya (GeneralException). Batalkan tetap mengembalikan isi sebelumnya.';
  class NotingPort extends FakePort {
    override async apply(...args: Parameters<FakePort['apply']>) {
      return { ...(await super.apply(...args)), note };
    }
  }
  const port = new NotingPort({ Kinerja: kinerjaRows() });
  const before = port.snapshot();
  await renderPane(port, fakeEnv('id'));
  await click('Hitung ulang');
  expect(await screen.findByText(new RegExp(`^Hitung ulang selesai: .* ${note.replace(/[().]/g, '\\$&')}$`))).toBeTruthy();
  await click('Batalkan');
  await screen.findByText(/Isi semula sudah dikembalikan/);
  expect(port.snapshot()).toEqual(before);
});

test('an undo that stops part way keeps the token: the next Batalkan still puts everything back', async () => {
  class FlakyUndoPort extends FakePort {
    failures = 1;
    override async undo(token: Parameters<FakePort['undo']>[0]) {
      if (this.failures-- > 0) {
        // As a port may report it: a half-done run with a token of its own that restores nothing.
        throw new ApplyError('Excel menghentikan pengembalian isi (GeneralException)', { id: 'kosong', restore: [], ownedBefore: [] });
      }
      return super.undo(token);
    }
  }
  const port = new FlakyUndoPort({ Kinerja: kinerjaRows() });
  const before = port.snapshot();
  await renderPane(port, fakeEnv('id'));
  await click('Hitung ulang');
  await screen.findByText(/Hitung ulang selesai/);
  await click('Batalkan');
  expect(await screen.findByText('Pembatalan belum selesai: Excel menghentikan pengembalian isi (GeneralException). Tekan Batalkan lagi untuk menyelesaikannya.')).toBeTruthy();
  expect(button('Batalkan')).toHaveProperty('disabled', false);
  await click('Batalkan');
  await screen.findByText(/Isi semula sudah dikembalikan/);
  expect(port.snapshot()).toEqual(before);
});
