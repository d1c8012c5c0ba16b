/** Every finding code, with its exact message in Indonesian and English. */
import { CellValue, FINDING_CODES, Finding, Period, WORKBOOK_MESSAGES, check, gridFromRows, message } from '../../src/workbook';
import { opts } from './support';

const HEAD = ['No', 'Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Polaritas', 'Target', 'Realisasi', 'Capaian', 'Kriteria'];
const row = (over: Partial<Record<'ind' | 'pol' | 'target' | 'real' | 'cap' | 'krit', CellValue>> = {}): CellValue[] => [
  1,
  'Stakeholder',
  'SS1',
  over.ind ?? 'Persentase Obat yang memenuhi syarat',
  over.pol ?? 'Maksimal',
  over.target === undefined ? 89.2 : over.target,
  over.real === undefined ? 88.89 : over.real,
  over.cap ?? null,
  over.krit ?? null,
];

function findings(rows: CellValue[][], code: string, lang: 'id' | 'en', formulas?: (string | null)[][], period: Period = 'TW2'): Finding[] {
  return check(gridFromRows('Kinerja', rows, formulas), opts({ lang, period })).findings.filter((f) => f.code === code);
}

type Case = [code: string, rows: CellValue[][], cell: string | null, severity: string, id: string, en: string, formulas?: (string | null)[][], period?: Period];

const cases: Case[] = [
  ['header-tidak-ditemukan', [['Laporan'], ['a', 'b']], null, 'error',
    'Kinerja: baris judul tabel tidak ditemukan dalam 30 baris pertama. Tabel kinerja perlu kolom Indikator Kinerja serta Target dan Realisasi; tabel efisiensi perlu kolom Pagu dan Realisasi Anggaran. Bila lembar ini memuat tabel, letakkan baris judulnya dalam 30 baris pertama dengan judul kolom seperti itu; bila tidak, abaikan temuan ini.',
    'Kinerja: no table header found in the first 30 rows. A performance table needs Indikator Kinerja, Target and Realisasi columns; an efficiency table needs Pagu and Realisasi Anggaran columns. If this sheet holds a table, put its header row within the first 30 rows with such column headers; if not, ignore this finding.'],
  ['kolom-tidak-ditemukan', [['Indikator Kinerja', 'Target TW I', 'Realisasi'], ['x', 1, 1]], 'A1', 'error',
    'Kinerja!A1: kolom Target untuk periode TW II tidak ditemukan di baris judul (judul yang terbaca: "Indikator Kinerja", "Target TW I", "Realisasi"). Tanpa kolom itu tabel ini tidak dapat dihitung. Tambahkan kolom itu, perjelas judulnya, atau pilih periode lain.',
    'Kinerja!A1: no Target column for the period TW II in the header row (headers read: "Indikator Kinerja", "Target TW I", "Realisasi"). Without that column the table cannot be computed. Add that column, make its header clearer, or choose another period.'],
  ['tabel-tidak-lengkap', [['No', 'Indikator Kinerja', 'Capaian (%)', 'Kriteria'], [1, 'x', 99, 'Cukup']], 'A1', 'error',
    'Kinerja!A1: baris ini tampak seperti judul tabel kinerja ("No", "Indikator Kinerja", "Capaian (%)", "Kriteria"), tetapi kolom Target dan Realisasi tidak ditemukan. Karena itu lembar Kinerja tidak dihitung. Tambahkan kolom itu atau ubah judulnya (misalnya "Target TW II", "Realisasi TW II").',
    'Kinerja!A1: this row looks like the header of a performance table ("No", "Indikator Kinerja", "Capaian (%)", "Kriteria"), but it has no Target and Realisasi (actual) column. So the sheet Kinerja is not computed. Add that column or rename its header (e.g. "Target TW II", "Realisasi TW II").'],
  ['tabel-tidak-lengkap', [['Pagu DIPA', 'Penyerapan (Rp)', 'Keterangan'], [100, 50, 'ok']], 'A1', 'error',
    'Kinerja!A1: baris ini tampak seperti judul tabel efisiensi anggaran ("Pagu DIPA", "Penyerapan (Rp)"), tetapi kolom Kegiatan tidak ditemukan. Karena itu lembar Kinerja tidak dihitung. Tambahkan kolom itu atau ubah judulnya (misalnya "Kegiatan").',
    'Kinerja!A1: this row looks like the header of a budget efficiency table ("Pagu DIPA", "Penyerapan (Rp)"), but it has no Kegiatan (activity) column. So the sheet Kinerja is not computed. Add that column or rename its header (e.g. "Kegiatan").'],
  ['kolom-ganda', [['Indikator Kinerja', 'Target TW II', 'Realisasi TW II', 'Trw. II Target'], ['x', 1, 1, 2]], 'D1', 'error',
    'Kinerja!D1: kolom ini dan Kinerja!B1 sama-sama berjudul Target (TW II). Yang dipakai Kinerja!B1 ("Target TW II"); kolom ini ("Trw. II Target") diabaikan. Hapus atau ganti judul salah satunya.',
    'Kinerja!D1: this column and Kinerja!B1 are both headed Target (TW II). Kinerja!B1 ("Target TW II") is used and this one ("Trw. II Target") is ignored. Remove one or rename its header.'],
  ['kolom-ganda', [['Indikator Kinerja', 'Target', 'Realisasi', 'Kriteria', 'Kriteria Capaian'], ['x', 1, 1, null, null]], 'E1', 'warning',
    'Kinerja!E1: kolom ini dan Kinerja!D1 sama-sama berjudul Kriteria. Yang dipakai Kinerja!D1 ("Kriteria"); kolom ini ("Kriteria Capaian") diabaikan. Hapus atau ganti judul salah satunya.',
    'Kinerja!E1: this column and Kinerja!D1 are both headed Kriteria (criteria). Kinerja!D1 ("Kriteria") is used and this one ("Kriteria Capaian") is ignored. Remove one or rename its header.'],
  ['judul-ambigu', [['Kegiatan', 'Realisasi', 'Target', 'Pagu'], ['x', 9, 10, 100]], 'B1', 'info',
    'Kinerja!B1: judul "Realisasi" bisa berarti Realisasi Volume atau Realisasi Anggaran. Judul ini dibaca sebagai Realisasi Volume. Bila salah, perjelas judulnya (misalnya "Realisasi Volume" / "Realisasi Anggaran").',
    'Kinerja!B1: the header "Realisasi" could mean Realisasi Volume (output actual) or Realisasi Anggaran (budget spent). It is read as Realisasi Volume (output actual). If that is wrong, make the header clearer (e.g. "Realisasi Volume" / "Realisasi Anggaran").'],
  ['judul-tidak-dikenal', [[...HEAD, 'Satuan'], [...row(), '%']], 'J1', 'info',
    'Kinerja!J1: judul kolom "Satuan" tidak dikenali. Karena itu kolom ini tidak dipakai dalam perhitungan. Tidak perlu diubah bila kolom ini memang bukan bahan perhitungan; bila ya, beri judul yang dikenal (misalnya Target, Realisasi atau Capaian).',
    'Kinerja!J1: the column header "Satuan" is not recognised. So this column is not used in the computation. Nothing to change if the column is not part of the computation; if it is, give it a known header (e.g. Target, Realisasi or Capaian).'],
  ['kolom-tahun-jadi-tahunan', [['Indikator', 'target 2021', 'Target Triwulan II', 'Realisasi s/d Triwulan II'], ['x', 100, 50, 40]], 'B1', 'info',
    'Kinerja!B1: "target 2021" dibaca sebagai Target Tahunan. Kolom lain yang sejenis menyebut triwulan. Bila salah, ganti judulnya.',
    'Kinerja!B1: "target 2021" is read as Target Tahunan (annual target). The other columns of its kind name quarters. If that is wrong, rename it.'],
  ['kolom-tahun-lain', [['Indikator', 'Realisasi 2023', 'Target 2024', 'Realisasi 2024'], ['x', 70, 90, 88]], 'B1', 'info',
    'Kinerja!B1: "Realisasi 2023" menyebut tahun 2023, sebelum 2024 yang disebut kolom lain. Kolom tahun lalu ini tidak dipakai dan tidak ditulis. Tidak perlu diubah bila memang data tahun lalu; bila bukan, perbaiki tahun di judulnya.',
    'Kinerja!B1: "Realisasi 2023" names the year 2023, before the 2024 other columns name. This earlier year\'s column is neither used nor written. Nothing to change if it is last year\'s data; if not, correct the year in its header.'],
  ['realisasi-bertahun', [['Indikator', 'Realisasi Tahun 2023', 'Target Tahunan', 'Target TW IV', 'Realisasi TW IV'], ['x', 70, 90, 90, 88]], 'B1', 'info',
    'Kinerja!B1: "Realisasi Tahun 2023" menyebut tahun 2023 dan dipakai sebagai Realisasi Tahunan periode Tahunan. Pastikan itu tahun laporan ini, bukan tahun lalu.',
    'Kinerja!B1: "Realisasi Tahun 2023" names the year 2023 and is used as Realisasi Tahunan (annual actual) for the period Annual. Make sure that is this report\'s year, not last year.',
    undefined, 'TAHUNAN'],
  ['tabel-kosong', [['Judul laporan'], HEAD, [], []], 'A2', 'warning',
    'Kinerja!A2: tabel kinerja punya baris judul, tetapi tidak ada baris indikator di bawahnya. Karena itu tidak ada yang dihitung. Isi baris indikator di bawah baris judul.',
    'Kinerja!A2: the performance table has a header row but no indicator rows below it. So nothing is computed. Fill in the indicator rows below the header row.'],
  ['perspektif-tidak-ada', [['Sasaran', 'Indikator', 'Target', 'Realisasi'], ['SS1', 'x', 1, 1]], 'A1', 'warning',
    'Kinerja!A1: tidak ada kolom Perspektif. Semua sasaran dihitung dalam satu perspektif. Tidak perlu diubah bila memang hanya satu perspektif; bila tidak, tambahkan kolom Perspektif.',
    'Kinerja!A1: no Perspektif column. All sasaran are counted in one perspective. Nothing to change if there is one perspective; otherwise add a Perspektif column.'],
  ['sasaran-tidak-ada', [['Perspektif', 'Indikator', 'Target', 'Realisasi'], ['P', 'x', 1, 1]], 'A1', 'warning',
    'Kinerja!A1: tidak ada kolom Sasaran. Semua indikator dihitung dalam satu sasaran. Tidak perlu diubah bila memang hanya satu sasaran; bila tidak, tambahkan kolom Sasaran.',
    'Kinerja!A1: no Sasaran column. All indicators are counted in one sasaran. Nothing to change if there is one sasaran; otherwise add a Sasaran column.'],
  ['angka-tidak-terbaca', [HEAD, row({ real: '88,8x' })], 'G2', 'error',
    'Kinerja!G2: isi sel Realisasi tidak dapat dipakai untuk menghitung. Nilai "88,8x" tidak dapat dibaca sebagai angka. Ketik angkanya saja, tanpa huruf atau satuan (misalnya 95,2).',
    'Kinerja!G2: the Realisasi cell cannot be used in the computation. The value "88,8x" cannot be read as a number. Type the number only, without letters or units (e.g. 95.2).'],
  ['target-tidak-valid', [HEAD, row({ target: -5 })], 'F2', 'error',
    'Kinerja!F2: target ini tidak dapat dipakai, jadi indikator tidak dihitung. Target -5 negatif; target harus 0 atau lebih. Ganti dengan target 0 atau lebih (0 atau "-" berarti tidak dinilai).',
    'Kinerja!F2: this target cannot be used, so the indicator is not computed. The target -5 is negative; a target must be 0 or more. Replace it with a target of 0 or more (0 or "-" means not assessed).'],
  ['target-tidak-valid', [HEAD, row({ target: '0,00' })], 'F2', 'warning',
    'Kinerja!F2: target "0,00" bernilai 0. Target 0 berarti indikator tidak dinilai pada periode ini. Biarkan bila memang tidak ada target periode ini; bila ada, isi targetnya.',
    'Kinerja!F2: the target "0,00" is 0. A target of 0 means the indicator is not assessed in this period. Leave it if there is no target this period; if there is, fill it in.'],
  ['realisasi-kosong', [HEAD, row({ real: null })], 'G2', 'warning',
    'Kinerja!G2: realisasi belum diisi padahal target 89,2 ada. Indikator "Persentase Obat yang memenuhi syarat" tidak ikut dihitung dan tidak dianggap 0. Isi realisasinya; bila memang belum ada, biarkan kosong.',
    'Kinerja!G2: realisasi is missing although the target 89.2 exists. The indicator "Persentase Obat yang memenuhi syarat" is left out, not counted as 0. Fill in its realisasi; if there is none yet, leave it empty.'],
  ['polaritas-tidak-dikenal', [HEAD, row({ pol: 'Naik' })], 'E2', 'error',
    'Kinerja!E2: indikator di baris ini tidak dihitung. Polaritas "Naik" tidak dikenal (gunakan maksimal, minimal atau stabil). Perbaiki isi sel polaritas.',
    'Kinerja!E2: this row\'s indicator is not computed. Unknown polarity "Naik" (use maximize, minimize or stabilize). Correct the polarity cell (the Indonesian maksimal, minimal and stabil are read too).'],
  ['indikator-ganda', [HEAD, row(), [null, null, null, 'persentase obat yang memenuhi syarat ', 'Maksimal', 1, 1]], 'D3', 'warning',
    'Kinerja!D3: indikator "persentase obat yang memenuhi syarat" sudah ada di baris 2 pada sasaran yang sama. Keduanya ikut dihitung dalam NPS sasaran itu. Hapus salah satunya, atau bedakan namanya bila memang dua indikator.',
    'Kinerja!D3: the indicator "persentase obat yang memenuhi syarat" already appears in row 2 under the same sasaran. Both count in that sasaran\'s NPS. Delete one, or tell them apart by name if they are two indicators.'],
  ['rumus-di-kolom-hasil', [HEAD, row()], 'H2', 'warning',
    'Kinerja!H2: kolom Capaian berisi rumus =G2/F2*100. Rumus buatan Anda dipertahankan, tidak diganti hasil hitung. Biarkan bila rumus itu disengaja; bila tidak, hitung ulang dengan izin menimpa rumus (pilihan "Timpa rumus di kolom hasil" di panel, atau sakip hitung --timpa-rumus).',
    'Kinerja!H2: the Capaian column holds the formula =G2/F2*100. Your formula is kept, not replaced by the result. Leave it if the formula is meant; if not, recalculate allowing formulas to be overwritten (the option "Overwrite formulas in output columns" in the pane, or sakip hitung --timpa-rumus).',
    [[], [null, null, null, null, null, null, null, '=G2/F2*100']]],
  ['audit-capaian', [HEAD, row({ cap: '95,00%' })], 'H2', 'warning',
    'Kinerja!H2: Capaian tertulis "95,00%", hasil hitung 99,65. Capaian = realisasi ÷ target × 100 = 88,89 ÷ 89,2 × 100. Ganti isinya dengan 99,65, atau hitung ulang dengan SAKIP agar diisi otomatis (tombol Hitung ulang di panel, atau sakip hitung).',
    'Kinerja!H2: Capaian reads "95,00%", recomputed 99.65. Capaian = realisasi ÷ target × 100 = 88.89 ÷ 89.2 × 100. Replace it with 99.65, or recalculate with SAKIP to fill it in (the Recalculate button in the pane, or sakip hitung).'],
  ['audit-capaian', [HEAD, row({ cap: 95 })], 'H2', 'warning',
    'Kinerja!H2: Capaian tertulis 95,00, hasil hitung 99,65. Capaian = realisasi ÷ target × 100 = 88,89 ÷ 89,2 × 100. Ganti isinya dengan 99,65, atau hitung ulang dengan SAKIP agar diisi otomatis (tombol Hitung ulang di panel, atau sakip hitung).',
    'Kinerja!H2: Capaian reads 95.00, recomputed 99.65. Capaian = realisasi ÷ target × 100 = 88.89 ÷ 89.2 × 100. Replace it with 99.65, or recalculate with SAKIP to fill it in (the Recalculate button in the pane, or sakip hitung).'],
  ['audit-kriteria', [HEAD, row({ target: 67.62, real: 70, krit: 'Baik' })], 'I2', 'warning',
    'Kinerja!I2: Kriteria tertulis "Baik", seharusnya "Sangat Baik". Capaian 103,52 berada pada rentang > 100 dan ≤ 120, yang menurut profil BPOM UPT 2024 berkriteria "Sangat Baik". Ganti isinya dengan "Sangat Baik", atau hitung ulang dengan SAKIP agar diisi otomatis (tombol Hitung ulang di panel, atau sakip hitung).',
    'Kinerja!I2: Kriteria reads "Baik", should be "Sangat Baik". Capaian 103.52 lies in the band > 100 and ≤ 120, which the profile BPOM UPT 2024 grades "Sangat Baik". Replace it with "Sangat Baik", or recalculate with SAKIP to fill it in (the Recalculate button in the pane, or sakip hitung).'],
  ['audit-status', [[...HEAD, 'Target Tahunan', 'Status'], [...row({ target: 25, real: 27.68 }), 50, 'Akan Tercapai']], 'K2', 'warning',
    'Kinerja!K2: Status tertulis "Akan Tercapai", seharusnya "Perlu Upaya Keras". Capaian terhadap target tahunan 55,36 berada pada rentang < 70, yang menurut profil BPOM UPT 2024 berstatus "Perlu Upaya Keras". Ganti isinya dengan "Perlu Upaya Keras", atau hitung ulang dengan SAKIP agar diisi otomatis (tombol Hitung ulang di panel, atau sakip hitung).',
    'Kinerja!K2: Status reads "Akan Tercapai", should be "Perlu Upaya Keras". The achievement against the annual target, 55.36, lies in the band < 70, which the profile BPOM UPT 2024 calls "Perlu Upaya Keras". Replace it with "Perlu Upaya Keras", or recalculate with SAKIP to fill it in (the Recalculate button in the pane, or sakip hitung).'],
];

describe.each(cases)('%s', (code, rows, cell, severity, id, en, formulas, period) => {
  it(`${id}`, () => {
    const [found, ...more] = findings(rows, code, 'id', formulas, period);
    expect(more).toEqual([]);
    expect(found).toEqual({ sheet: 'Kinerja', cell, severity, code, message: id, advice: expect.any(String) });
    // The advice is the message's why and what-to-do part: never empty, always said.
    expect(found.advice).not.toBe('');
    expect(id.endsWith(` ${found.advice}`)).toBe(true);
    expect(findings(rows, code, 'en', formulas, period).map((f) => f.message)).toEqual([en]);
  });
});

describe('findings stay quiet on good input', () => {
  it('a clean row gives no finding at all', () => {
    expect(check(gridFromRows('Kinerja', [HEAD, row({ cap: 99.65, krit: 'Cukup' })]), opts()).findings).toEqual([]);
  });
  it('the audit accepts what the sheet shows as the report does: 99,65 %, a percent-formatted 0.9965, "cukup"', () => {
    for (const cap of ['99,65%', 0.9965, 99.6525, ' 99,65 ']) {
      expect(check(gridFromRows('Kinerja', [HEAD, row({ cap, krit: ' cukup ' })]), opts()).findings).toEqual([]);
    }
  });
  it('a row in error is not audited as well', () => {
    const f = check(gridFromRows('Kinerja', [HEAD, row({ real: 'n/a', cap: 99.65, krit: 'Cukup' })]), opts()).findings;
    expect(f.map((x) => x.code)).toEqual(['angka-tidak-terbaca']);
  });

  it('a typed 0 realisasi is a real 0, not a missing one', () => {
    const f = check(gridFromRows('Kinerja', [HEAD, row({ real: 0 })]), opts()).findings;
    expect(f).toEqual([]);
  });
});

describe('duplicate indicators', () => {
  const ind = (sasaran: string | null, name: string): CellValue[] => [null, 'Stakeholder', sasaran, name, 'Maksimal', 10, 9];
  const dupRows = (rows: CellValue[][]): string[] =>
    check(gridFromRows('Kinerja', [HEAD, ...rows]), opts())
      .findings.filter((f) => f.code === 'indikator-ganda')
      .map((f) => f.cell ?? '');

  it('are found in a sasaran of many indicators, early and late names alike', () => {
    const rows = Array.from({ length: 40 }, (_, i) => ind(i === 0 ? 'SS1' : null, `Indikator ${i + 1}`));
    rows.push(ind(null, 'indikator 2'), ind(null, 'INDIKATOR 30'), ind(null, 'Indikator 41'), ind(null, 'Indikator 41'));
    expect(dupRows(rows)).toEqual(['D42', 'D43', 'D45']);
  });

  it('are found when a sasaran comes back after another, not across sasaran', () => {
    expect(dupRows([ind('SS1', 'A'), ind('SS2', 'A'), ind('SS2', 'B'), ind('SS1', 'B'), ind('SS1', 'a')])).toEqual(['D6']);
  });

  it('are found ignoring case, also where lower case changes the length (İ → i̇)', () => {
    expect(dupRows([ind('SS1', 'İKU Satu'), ind(null, 'IKU Dua'), ind(null, 'i\u0307ku satu')])).toEqual(['D4']);
  });

  it('are not found between blank Sasaran cells and a typed "(tanpa sasaran)", though both count as one sasaran', () => {
    const rows = [ind(null, 'A'), ind('(tanpa sasaran)', 'A'), ind(null, 'B'), ind(null, 'B')];
    expect(dupRows(rows)).toEqual(['D5']);
    const summary = check(gridFromRows('Kinerja', [HEAD, ...rows]), opts()).summary;
    expect(summary?.sasaran.map((s) => s.nama)).toEqual(['(tanpa sasaran)']);
  });
});

describe('message tables', () => {
  it('every finding code has texts in both languages (or a variant does)', () => {
    for (const code of FINDING_CODES) expect(WORKBOOK_MESSAGES[code]).toMatchObject({ id: expect.any(String), en: expect.any(String), todo: { id: expect.any(String), en: expect.any(String) } });
  });
  it('message() fills parameters, adds what to do, and also speaks core reasons', () => {
    expect(message('audit-capaian', 'en', { ref: 'K!A1', found: '1', expected: '2' })).toBe('K!A1: Capaian reads 1, recomputed 2. Replace it with 2, or recalculate with SAKIP to fill it in (the Recalculate button in the pane, or sakip hitung).');
    expect(message('not-a-number', 'id', { text: 'x' })).toBe('Nilai "x" tidak dapat dibaca sebagai angka');
  });
});
