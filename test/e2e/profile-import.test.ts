/**
 * End to end in headless Chromium (issue 15): the built preview's production pane imports a
 * rule profile file through its hidden file input (as the Impor profil button opens it), stores
 * it in the workbook's document settings as the file's object, and Hitung ulang paints the grid
 * with the file's own label: the report's slip row (103,52) becomes the unit's "Sangat Baik Sekali".
 * Simpan profil sebagai berkas then downloads the profile in use, the text that was imported.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { FrameLocator, Page } from 'playwright-core';
import { BPOM_UPT_2024, DUMAI_TW2_2024, profileToJson } from '../../src/core';
// Type only: brings window.sakipDemo (the preview page's bridge) into scope.
import type {} from '../../demo/main';
import { DEMO_HEADER_ROW, DEMO_HEADERS, DEMO_SHEET } from '../../demo/sample-book';
import { RESULTS_DIR, closePreview, openPreview } from './preview-build';
import type { OpenPreview } from './preview-build';

jest.setTimeout(300_000);

let preview: OpenPreview | undefined;
let page: Page;
let pane: FrameLocator;

beforeAll(async () => {
  preview = await openPreview({ width: 1440, height: 900 }, DEMO_SHEET);
  ({ page, pane } = preview);
});

afterAll(() => closePreview(preview));

const OWN_LABEL = 'Sangat Baik Sekali';
const ownText = profileToJson(BPOM_UPT_2024).replace('"nama": "BPOM UPT 2024"', '"nama": "Profil Loka Uji"').replace('"label": "Sangat Baik"', `"label": "${OWN_LABEL}"`);

const col = (header: (typeof DEMO_HEADERS)[number]) => String.fromCharCode(65 + DEMO_HEADERS.indexOf(header));
// The report's slip (SPEC §11): 103,52 printed Baik, which the default calls Sangat Baik.
const slipRow = DEMO_HEADER_ROW + 2 + DUMAI_TW2_2024.findIndex((r) => r.printedCapaian === 103.52 && r.printedKriteria === 'Baik');

test('Impor profil: the file is stored in the workbook, Hitung ulang writes its edited label in the grid, and Simpan profil sebagai berkas downloads it', async () => {
  const kriteriaCell = page.locator(`table.grid td[data-cell="${col('Kriteria')}${slipRow}"]`);
  expect(await kriteriaCell.innerText()).toBe('Baik');

  await pane.getByRole('button', { name: /^Pengaturan: / }).click();
  const importButton = pane.getByRole('button', { name: 'Impor profil (.json)…', exact: true });
  await expect(importButton.isEnabled()).resolves.toBe(true);
  // The button opens the hidden input; the test hands the input its file, as the file dialog would.
  await pane.locator('input[type="file"]').setInputFiles({ name: 'profil-loka.json', mimeType: 'application/json', buffer: Buffer.from(ownText, 'utf8') });
  await pane.getByText('Profil aturan "Profil Loka Uji" dari berkas profil-loka.json dipakai dan disimpan di buku kerja ini.').waitFor();
  expect(await pane.getByRole('combobox', { name: /Profil aturan/ }).evaluate((s) => (s as HTMLSelectElement).selectedOptions[0].textContent)).toBe('Profil Loka Uji (dari berkas)');

  // In the workbook's document settings: the file's object.
  const stored = await page.evaluate(() => JSON.parse(JSON.stringify(window.sakipDemo!.book.settings['sakip.profile'] ?? null)) as unknown);
  expect(stored).toEqual(JSON.parse(ownText));

  await pane.getByRole('button', { name: 'Hitung ulang', exact: true }).click();
  await pane.getByText(/Hitung ulang selesai/).waitFor();
  // The grid shows the summary sheet just written: back to the table's sheet.
  await page.getByRole('tab', { name: DEMO_SHEET }).click();
  expect(await kriteriaCell.innerText()).toBe(OWN_LABEL);

  // Simpan profil sebagai berkas: the browser downloads the profile in use, the same text as imported.
  const [download] = await Promise.all([page.waitForEvent('download'), pane.getByRole('button', { name: 'Simpan profil sebagai berkas', exact: true }).click()]);
  expect(download.suggestedFilename()).toBe('profil-loka-uji-diubah.json');
  const saved = await download.path();
  expect(fs.readFileSync(saved, 'utf8')).toBe(ownText);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS_DIR, 'preview-after-profile-import.png') });
});
