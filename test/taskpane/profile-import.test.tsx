/** @jest-environment jsdom */
/**
 * A rule profile the user owns, in the pane (issue 15): Impor profil reads a .json file, checks
 * it, and on success the profile is the custom functions' (shared runtime), is stored in the
 * workbook's document settings as its object, and Hitung ulang grades by it; a file with a gap
 * is refused with the band named and nothing changes; a pane opened again on the workbook uses
 * the stored profile; a broken stored profile gives the default with a visible warning.
 * The pane runs on its real route: OfficeWorkbookPort and the Office env (settings, full
 * recalculation) over Microsoft's real Excel client library, the env built as index.tsx builds
 * it, so setActiveProfile is the functions' own.
 */
import './jsdom-text-encoder';
import './jsdom-fluent';
import './jsdom-file-text';
import path from 'path';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { BPOM_UPT_2024, profileToObject } from '../../src/core';
import { activeProfile, setActiveProfile } from '../../src/functions/active-profile';
import { KRITERIA } from '../../src/functions/functions';
import { SETTING } from '../../src/taskpane/env';
import { simBookFromXlsx } from '../../excel-simulator/from-xlsx';
import type { LoadedClient } from '../../excel-simulator/load-client';
import { FIXTURES } from '../../scripts/make-fixtures';
import { installCustomFunctions } from '../functions/support/custom-functions-stub';
import { closingClients } from '../support/real-client';
import { OWN_LABEL, button, importFile, openPane, ownText, picker, statusText } from './profile-pane';

installCustomFunctions();
afterEach(cleanup);
afterEach(() => setActiveProfile(BPOM_UPT_2024.id));

const load = closingClients();
const fixture = (name: string) => path.resolve(__dirname, '..', 'fixtures', name);

/** The same with a gap: Cukup starts at 75, so 70 ≤ capaian < 75 has no kriteria. */
const gapText = ownText.replace('{ "dari": { "nilai": 70, "termasuk": true }, "sampai": { "nilai": 100, "termasuk": false }, "label": "Cukup"', '{ "dari": { "nilai": 75, "termasuk": true }, "sampai": { "nilai": 100, "termasuk": false }, "label": "Cukup"');



/** The values of every cell of a sheet. */
function values(sim: LoadedClient, sheet: string): unknown[] {
  return sim.host.book.sheets.find((s) => s.name === sheet)!.rows.flatMap((r) => r.map((c) => c?.value));
}

test('the Impor profil button opens the hidden file input', async () => {
  await openPane(load);
  const input = screen.getByTestId('profile-file') as HTMLInputElement;
  const opened = jest.fn();
  input.addEventListener('click', opened);
  fireEvent.click(button('Impor profil (.json)…'));
  expect(opened).toHaveBeenCalledTimes(1);
});

test('a valid file: the functions use it, the workbook stores its object, Excel recalculates, Hitung ulang writes its label; a pane opened again uses it', async () => {
  const sim = await openPane(load);
  expect(KRITERIA([[103.52]])).toEqual([['Sangat Baik']]);
  const calculations = sim.host.book.calculations;

  await importFile('profil-loka.json', ownText);
  await screen.findByText('Profil aturan "Profil Loka Uji" dari berkas profil-loka.json dipakai dan disimpan di buku kerja ini.');
  // The custom functions (shared runtime) grade by the file's table.
  expect(activeProfile().name).toBe('Profil Loka Uji');
  expect(KRITERIA([[103.52]])).toEqual([[OWN_LABEL]]);
  expect(KRITERIA([[95]])).toEqual([['Cukup']]);
  // Stored in the document as the file's object, and Excel recalculated the =SAKIP.* cells.
  expect(sim.host.book.settings[SETTING.profile]).toEqual(JSON.parse(ownText));
  expect(sim.host.book.settings[SETTING.profile]).toEqual(profileToObject({ ...BPOM_UPT_2024, name: 'Profil Loka Uji', kriteria: BPOM_UPT_2024.kriteria.map((b) => (b.result.label === 'Sangat Baik' ? { ...b, result: { ...b.result, label: OWN_LABEL } } : b)) }));
  expect(sim.host.book.calculations).toBe(calculations + 1);
  // The picker shows it as the file's.
  expect(picker().selectedOptions[0].textContent).toBe('Profil Loka Uji (dari berkas)');
  expect(screen.getByRole('button', { name: /^Pengaturan: Profil Loka Uji \(dari berkas\)/ })).toBeTruthy();

  expect(values(sim, 'Kinerja')).not.toContain(OWN_LABEL);
  await act(async () => {
    fireEvent.click(button('Hitung ulang'));
  });
  await screen.findByText(/^Hitung ulang selesai/);
  // The report's slip row (103,52) now carries the unit's own label.
  expect(values(sim, 'Kinerja')).toContain(OWN_LABEL);

  // The workbook opened again: the pane reads the stored object back and the functions follow it.
  cleanup();
  setActiveProfile(BPOM_UPT_2024.id);
  expect(KRITERIA([[103.52]])).toEqual([['Sangat Baik']]);
  await openPane(load, sim);
  expect(picker().selectedOptions[0].textContent).toBe('Profil Loka Uji (dari berkas)');
  expect(KRITERIA([[103.52]])).toEqual([[OWN_LABEL]]);
  expect(screen.queryByTestId('profile-warning')).toBeNull();

  // Back to a built-in: stored by id, the functions follow.
  await act(async () => {
    fireEvent.change(picker(), { target: { value: 'bpom-enam-tingkat' } });
  });
  await screen.findByText(/^Profil aturan "BPOM kriteria 6 tingkat" dipakai/);
  expect(sim.host.book.settings[SETTING.profile]).toBe('bpom-enam-tingkat');
  expect(KRITERIA([[95]])).toEqual([['Baik']]);
});

test('a file with a gap: the gap is named in the pane, and nothing changes', async () => {
  const sim = await openPane(load);
  await act(async () => {
    fireEvent.click(button('Periksa'));
  });
  await screen.findByText(/^Pemeriksaan selesai/);
  const settings = { ...sim.host.book.settings };
  const calculations = sim.host.book.calculations;

  await importFile('profil-celah.json', gapText);
  await screen.findByText('Berkas profil-celah.json tidak dipakai: 1 masalah (lihat Pengaturan). Profil aturan tidak berubah.');
  const problems = screen.getByTestId('profile-problems');
  expect(problems.textContent).toMatch(/^Berkas profil-celah\.json bukan profil aturan yang sah; perbaiki hal berikut lalu impor lagi:/);
  expect([...problems.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
    'kriteria: tidak ada pita untuk capaian ≥ 70 dan < 75 (antara "Kurang" dan "Cukup"); ubah batas "sampai" "Kurang" atau batas "dari" "Cukup"',
  ]);
  // Nothing changed: the functions' profile, the document, Excel, the picker and the shown result.
  expect(activeProfile()).toBe(BPOM_UPT_2024);
  expect(sim.host.book.settings).toEqual(settings);
  expect(sim.host.book.calculations).toBe(calculations);
  expect(picker().value).toBe('bpom-upt-2024');
  expect(screen.getByTestId('findings')).toBeTruthy();

  // Fixed and chosen again: accepted, the problems gone.
  await importFile('profil-celah.json', ownText);
  await screen.findByText(/^Profil aturan "Profil Loka Uji" dari berkas profil-celah\.json dipakai/);
  expect(screen.queryByTestId('profile-problems')).toBeNull();
  expect(screen.queryByTestId('findings')).toBeNull(); // the result was made under the old profile
});

test('a file that is not JSON: the line and column are named, nothing changes', async () => {
  const sim = await openPane(load);
  await importFile('catatan.json', ownText.replace('"desimal": 2', '"desimal": 2,,'));
  await screen.findByText(/^Berkas catatan\.json tidak dipakai: 1 masalah/);
  expect(screen.getByTestId('profile-problems').querySelector('li')!.textContent).toMatch(/^bukan JSON yang sah: baris \d+, kolom \d+/);
  expect(sim.host.book.settings[SETTING.profile]).toBeUndefined();
  expect(activeProfile()).toBe(BPOM_UPT_2024);
});

test('a broken profile stored in the workbook: the default is used, with a warning on the pane (not only inside Pengaturan)', async () => {
  const sim = load(await simBookFromXlsx(fixture(FIXTURES.report)));
  const broken = { ...profileToObject(BPOM_UPT_2024), nama: 'Profil Rusak', kriteria: 'hilang' };
  sim.Office.context.document!.settings!.set(SETTING.profile, broken);
  setActiveProfile('bpom-enam-tingkat'); // what an earlier document left active
  await openPane(load, sim);
  expect(screen.getByTestId('profile-warning').textContent).toBe(
    'Profil aturan yang tersimpan di buku kerja ini rusak, jadi untuk sementara dipakai BPOM UPT 2024. Masalahnya: kriteria: harus daftar [ … ], bukan teks "hilang". Impor lagi berkas profil Anda atau pilih profil di Pengaturan.',
  );
  expect(picker().value).toBe('bpom-upt-2024');
  expect(activeProfile()).toBe(BPOM_UPT_2024);
  // The stored value is left for the user to replace, not overwritten behind their back.
  expect(sim.Office.context.document!.settings!.get(SETTING.profile)).toEqual(broken);

  await importFile('profil-loka.json', ownText);
  await screen.findByText(/^Profil aturan "Profil Loka Uji" dari berkas/);
  expect(screen.queryByTestId('profile-warning')).toBeNull();
});

test('an unknown built-in id stored in the workbook: the default, with a warning naming the id', async () => {
  const sim = load(await simBookFromXlsx(fixture(FIXTURES.report)));
  sim.Office.context.document!.settings!.set(SETTING.profile, 'bpom-2030');
  await openPane(load, sim);
  expect(screen.getByTestId('profile-warning').textContent).toBe('Profil aturan "bpom-2030" yang tersimpan di buku kerja ini tidak dikenal, jadi untuk sementara dipakai BPOM UPT 2024. Pilih profil di Pengaturan.');
  expect(statusText()).toBe('');
});

test('Simpan profil sebagai berkas: the profile in use as a file that imports back to the same profile', async () => {
  await openPane(load);
  await importFile('profil-loka.json', ownText);
  await screen.findByText(/^Profil aturan "Profil Loka Uji" dari berkas/);
  // jsdom has no Blob URLs and does not download: the Blob handed over and the link clicked are recorded.
  const blobs: Blob[] = [];
  const clicked: { href: string; download: string }[] = [];
  const url = URL as unknown as { createObjectURL?: (b: Blob) => string; revokeObjectURL?: (u: string) => void };
  url.createObjectURL = (b: Blob) => `blob:sakip/${blobs.push(b)}`;
  url.revokeObjectURL = () => undefined;
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download });
  });
  try {
    fireEvent.click(button('Simpan profil sebagai berkas'));
  } finally {
    click.mockRestore();
  }
  // An edited profile that kept the built-in's id is named after its own name, never as the built-in.
  expect(clicked).toEqual([{ href: 'blob:sakip/1', download: 'profil-loka-uji-diubah.json' }]);
  expect(statusText()).toBe('Berkas profil-loka-uji-diubah.json (profil "Profil Loka Uji") dibuat; cari di folder Unduhan. Berkas ini dapat diubah lalu diimpor lagi.');
  const text = await blobs[0].text();
  expect(text).toBe(ownText);
});
