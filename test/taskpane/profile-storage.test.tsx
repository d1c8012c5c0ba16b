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
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { BPOM_UPT_2024, profileById, profileToJson } from '../../src/core';
import { NILAI, CAPAIAN } from '../../src/functions/functions';
import { activeProfile, setActiveProfile } from '../../src/functions/active-profile';
import { SETTING } from '../../src/taskpane/env';
import { FIXTURES } from '../../scripts/make-fixtures';
import { installCustomFunctions } from '../functions/support/custom-functions-stub';
import { closingClients } from '../support/real-client';
import { importFile, openPane, ownText, picker, statusText } from './profile-pane';

installCustomFunctions();
afterEach(cleanup);
afterEach(() => setActiveProfile(BPOM_UPT_2024.id));

const load = closingClients();
const fixture = (name: string) => path.resolve(__dirname, '..', 'fixtures', name);






test('a 5 MB file, even a sound profile (a huge sumber), is refused by the CLI\'s size rule and its words; nothing is stored', async () => {
  const sim = await openPane(load);
  const big = ownText.replace('"sumber": "', `"sumber": "${'x'.repeat(5 * 1024 * 1024)}`);
  await importFile('besar.json', big);
  await waitFor(() => expect(statusText()).not.toBe(''), { timeout: 30_000 });
  expect(statusText()).toMatch(/^berkas profil besar\.json terlalu besar \(5\.\d{3}\.\d{3} byte, batas 1\.048\.576 byte\)/);
  expect(sim.host.book.settings[SETTING.profile]).toBeUndefined();
});

test('a 5 MB garbage file is refused and nothing is stored', async () => {
  const sim = await openPane(load);
  await importFile('sampah.json', 'ab\n'.repeat(1_800_000));
  await waitFor(() => expect(statusText()).not.toBe(''), { timeout: 30_000 });
  expect(sim.host.book.settings[SETTING.profile]).toBeUndefined();
});

test('a binary (xlsx) file named .json is refused and nothing is stored', async () => {
  const sim = await openPane(load);
  const fs = await import('fs');
  const bytes = fs.readFileSync(fixture(FIXTURES.report));
  const input = screen.getByTestId('profile-file') as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File([bytes], 'laporan.json', { type: 'application/json' })] } });
  });
  await waitFor(() => expect(statusText()).not.toBe(''), { timeout: 30_000 });
  expect(sim.host.book.settings[SETTING.profile]).toBeUndefined();
});

test('a profile with bobot, nilaiCapaian and aturanRentang round-trips through the document settings', async () => {
  const sim = await openPane(load);
  const obj = JSON.parse(profileToJson(profileById('permenpan-rb-skp-2022')));
  obj.id = 'unit-skp'; obj.nama = 'Unit SKP berbobot'; obj.bobot = { mode: 'jenis', jenis: { IKU: 2, IKK: 1 } };
  const text = JSON.stringify(obj, null, 2);
  await importFile('skp.json', text);
  await screen.findByText(/^Profil aturan "Unit SKP berbobot" dari berkas/);
  expect(sim.host.book.settings[SETTING.profile]).toEqual(obj);
  cleanup();
  setActiveProfile(BPOM_UPT_2024.id);
  await openPane(load, sim);
  expect(picker().selectedOptions[0].textContent).toBe('Unit SKP berbobot (dari berkas)');
  expect(NILAI([[90]])).toEqual([[80]]);
  expect(CAPAIAN([[95]], [['80-90']], [['maks']])).toEqual([[expect.closeTo(105.5556, 3)]]);
  expect(activeProfile().bobot).toEqual({ mode: 'jenis', jenis: { IKU: 2, IKK: 1 } });
});

test('a profile saved by Windows Notepad as "Unicode" (UTF-16 LE with its mark) is imported, as the CLI reads it', async () => {
  const sim = await openPane(load);
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ownText, 'utf16le')]);
  const input = screen.getByTestId('profile-file') as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File([bytes], 'notepad.json', { type: 'application/json' })] } });
  });
  await screen.findByText(/^Profil aturan "Profil Loka Uji" dari berkas/);
  expect((sim.host.book.settings[SETTING.profile] as { nama?: string }).nama).toBe('Profil Loka Uji');
});

test('an empty file is refused as empty', async () => {
  const sim = await openPane(load);
  await importFile('kosong.json', '');
  await waitFor(() => expect(statusText()).toBe('berkas kosong.json kosong (0 byte); pilih berkas profil .json yang berisi'), { timeout: 15_000 });
  expect(sim.host.book.settings[SETTING.profile]).toBeUndefined();
});
