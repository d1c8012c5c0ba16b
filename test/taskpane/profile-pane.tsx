/**
 * The pane with Pengaturan open, for the profile tests (import, storage): the pane on its real
 * route (OfficeWorkbookPort and the Office env over Microsoft's real client) and the steps a user
 * takes there. The test file installs the jsdom shims and owns the client loader.
 */
import path from 'path';
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { BPOM_UPT_2024, profileToJson } from '../../src/core';
import { createOfficeEnv } from '../../src/excel/office-env';
import { OfficeWorkbookPort } from '../../src/excel/office-workbook';
import { TaskPane } from '../../src/taskpane/App';
import { taskpaneEnvOf } from '../../src/taskpane/office-taskpane-env';
import { simBookFromXlsx } from '../../excel-simulator/from-xlsx';
import type { LoadedClient } from '../../excel-simulator/load-client';
import type { SimBook } from '../../excel-simulator/model';
import { FIXTURES } from '../../scripts/make-fixtures';

/** A day in TW IV, so the pane's default period is fixed. */
export const IN_TW4 = new Date(2024, 10, 15);

/** The unit's own profile: the default exported, its name and its "Sangat Baik" label edited. */
export const OWN_LABEL = 'Sangat Baik Sekali';
export const ownText = profileToJson(BPOM_UPT_2024).replace('"nama": "BPOM UPT 2024"', '"nama": "Profil Loka Uji"').replace('"label": "Sangat Baik"', `"label": "${OWN_LABEL}"`);

export const button = (name: string) => screen.getByRole('button', { name });
export const picker = () => screen.getByRole('combobox', { name: /Profil aturan/ }) as HTMLSelectElement;
export const statusText = () => screen.getByTestId('status').textContent;

/** The pane on the report fixture (or on `sim`'s workbook, opened again) with Pengaturan open; `load` starts a client the test file closes. */
export async function openPane(load: (book: SimBook) => LoadedClient, sim?: LoadedClient): Promise<LoadedClient> {
  const client = sim ?? load(await simBookFromXlsx(path.resolve(__dirname, '..', 'fixtures', FIXTURES.report)));
  const office = createOfficeEnv({ office: client.Office, excel: client.Excel });
  render(<TaskPane port={new OfficeWorkbookPort({ excel: client.Excel, office: client.Office })} env={taskpaneEnvOf(office, 'id')} today={IN_TW4} />);
  await waitFor(() => expect(button('Periksa')).toHaveProperty('disabled', false), { timeout: 15_000 });
  // Pengaturan opened: the picker and Impor profil live there.
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: /^Pengaturan: / }));
  });
  return client;
}

/** Chooses `text` as the file `name` in the hidden file input behind Impor profil. */
export async function importFile(name: string, text: string): Promise<void> {
  const input = screen.getByTestId('profile-file') as HTMLInputElement;
  expect(input.accept).toBe('.json,application/json');
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
  });
}
