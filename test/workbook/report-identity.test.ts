/**
 * The unit and year a report states of itself (issue 16): title cells above the table, a cover
 * sheet, the header years; in the source report's wordings (../shared/seed) and those of the
 * reports the header vocabulary cites.
 */
import { CellValue, coverSheet, detectLayout, gridFromRows, reportIdentity, unitInText, yearInFileName, yearInText } from '../../src/workbook';
import type { Grid } from '../../src/workbook';
import { dumaiRows } from './support';

const identityOf = (table: Grid, cover: Grid | null = null) => {
  const layout = detectLayout(table, 'TW2', 'id');
  if (!layout) throw new Error('no table');
  return reportIdentity({ table, layout, cover });
};

/** The source table's rows under other title rows. */
const withTitles = (titles: CellValue[][]): CellValue[][] => [...titles, ...dumaiRows(false).slice(3)];

describe('the unit a report names', () => {
  it('reads the title row above the table (the source report: "Loka POM di Kota Dumai", Kinerja!A2)', () => {
    const id = identityOf(gridFromRows('Kinerja', dumaiRows(false)));
    expect(id.unit).toEqual({ name: 'Loka POM di Kota Dumai', cell: 'Kinerja!A2', from: 'judul' });
    expect(id.year).toEqual({ year: 2024, cell: 'Kinerja!A1', from: 'judul' });
  });

  it('cuts the unit out of a longer title, and never reads the sasaran text below the header', () => {
    // The seed's own sentence: the unit stands between "Triwulan 1" and "Tahun 2024".
    expect(unitInText('Laporan Kinerja Triwulan 1 Loka Pengawas Obat dan Makanan di Kota Dumai Tahun 2024')).toBe('Loka Pengawas Obat dan Makanan di Kota Dumai');
    expect(unitInText('PENGUKURAN KINERJA BALAI BESAR POM DI YOGYAKARTA TAHUN 2020')).toBe('BALAI BESAR POM DI YOGYAKARTA');
    expect(unitInText('Tabel 3.5 Balai POM di Pangkalpinang, TW I 2021')).toBe('Balai POM di Pangkalpinang');
    expect(unitInText('Laporan Kinerja BBPOM di Yogyakarta')).toBe('BBPOM di Yogyakarta');
    expect(unitInText('Dinas Kesehatan Kabupaten Polewali Mandar Tahun 2022')).toBe('Dinas Kesehatan Kabupaten Polewali Mandar');
    expect(unitInText('Inspektorat Kabupaten Polewali Mandar')).toBe('Inspektorat Kabupaten Polewali Mandar');
    expect(unitInText('Pemerintah Kota Dumai')).toBe('Pemerintah Kota Dumai');
    expect(unitInText('Laporan Kinerja Badan Pengawas Obat dan Makanan 2021')).toBe('Badan Pengawas Obat dan Makanan');
    // A title without a unit, and a unit phrase without a place, name nobody.
    expect(unitInText('Tabel 3.1 Pengukuran Kinerja Triwulan II Tahun 2024')).toBeNull();
    expect(unitInText('Kepala Loka Pengawas Obat dan Makanan')).toBeNull();
    // The sasaran names the unit too ("di wilayah kerja Loka POM di Kota Dumai"): below the header, not a title.
    const noTitle = identityOf(gridFromRows('Kinerja', withTitles([[], [], []])));
    expect(noTitle.unit).toBeNull();
  });

  it('falls back to a cover sheet; a place beats the agency printed above it', () => {
    const cover = gridFromRows('Sampul', [['BADAN PENGAWAS OBAT DAN MAKANAN'], ['LAPORAN KINERJA TRIWULAN II TAHUN 2024'], ['LOKA POM DI KOTA DUMAI']]);
    const id = identityOf(gridFromRows('Kinerja', withTitles([['Tabel 3.1 Pengukuran Kinerja'], [], []])), cover);
    expect(id.unit).toEqual({ name: 'LOKA POM DI KOTA DUMAI', cell: 'Sampul!A3', from: 'sampul' });
    expect(id.year).toEqual({ year: 2024, cell: 'Sampul!A2', from: 'sampul' });
    // The title, when it names the unit, wins over the cover.
    expect(identityOf(gridFromRows('Kinerja', dumaiRows(false)), cover).unit?.cell).toBe('Kinerja!A2');
  });

  it('finds a cover sheet by the names reports give it', () => {
    expect(coverSheet(['Sampul', 'Kinerja'])).toBe('Sampul');
    expect(coverSheet(['Kinerja', 'Halaman  Judul'])).toBe('Halaman  Judul');
    expect(coverSheet(['COVER', 'Kinerja'])).toBe('COVER');
    expect(coverSheet(['Kinerja', 'Efisiensi'])).toBeNull();
  });

  it('names nobody when neither the title nor a cover does', () => {
    const id = identityOf(gridFromRows('Kinerja', withTitles([['Tabel 3.1 Pengukuran Kinerja'], [], []])));
    expect(id).toEqual({ unit: null, year: null });
  });
});

describe('the year a report states', () => {
  it('reads the title wordings', () => {
    expect(yearInText('Tabel 3.1 Pengukuran Kinerja Triwulan II Tahun 2024')).toBe(2024);
    expect(yearInText('LAPORAN KINERJA TRIWULAN II TAHUN 2024')).toBe(2024);
    expect(yearInText('Periode: Januari s.d. Juni 2024')).toBe(2024);
    expect(yearInText('Laporan Kinerja Interim TW I 2021')).toBe(2021);
    expect(yearInText('Realisasi Anggaran T.A. 2024')).toBe(2024);
    // A Renstra's span is not the report's year.
    expect(yearInText('Rencana Strategis Tahun 2020-2024')).toBeNull();
    expect(yearInText('Loka POM di Kota Dumai')).toBeNull();
  });

  it('reads the headers when the title has none (`Target 2020`, the latest year)', () => {
    const rows: CellValue[][] = [['Tabel 44'], ['Indikator Kinerja', 'Target 2020', 'Realisasi 2020', 'Capaian 2020'], ['Persentase Obat yang memenuhi syarat', 90, 91, null]];
    const table = gridFromRows('Kinerja', rows);
    const layout = detectLayout(table, 'TAHUNAN', 'id');
    if (!layout) throw new Error('no table');
    expect(reportIdentity({ table, layout, cover: null }).year).toEqual({ year: 2020, cell: 'Kinerja!B2', from: 'header' });
  });

  it('reads a year in a file name', () => {
    expect(yearInFileName('laporan-tw2-2024')).toBe(2024);
    expect(yearInFileName('Loka Dumai TW II 2023 revisi')).toBe(2023);
    expect(yearInFileName('laporan-tw2')).toBeNull();
    expect(yearInFileName('kode 120245')).toBeNull();
  });
});
