/** inputColumns: the cells whose number formats an adapter reads (SPEC §8). */
import { gridFromRows, inputColumns } from '../../src/workbook';
import { dumaiGrid } from './support';

describe('inputColumns', () => {
  it('gives the target, realisasi and annual columns of a kinerja table and the rows of its body', () => {
    // dumaiRows: header on Excel row 4, data from row 5; F Target TW II, G Realisasi TW II, J Target Tahunan.
    const grid = dumaiGrid();
    expect(inputColumns(grid)).toEqual({ columns: [5, 6, 9], firstRow: 4, lastRow: grid.values.length - 1 });
  });

  it('gives every quarter’s columns, whatever the period later chosen', () => {
    const grid = gridFromRows('K', [
      ['Indikator Kinerja', 'Target TW I', 'Target TW II', 'Realisasi TW I', 'Realisasi TW II', 'Capaian TW II', 'Realisasi Tahunan'],
      ['A', 1, 2, 3, 4, 5, 6],
    ]);
    expect(inputColumns(grid)).toEqual({ columns: [1, 2, 3, 4, 6], firstRow: 1, lastRow: 1 });
  });

  it('gives the output, volume and budget columns of an efficiency table, not its outputs', () => {
    const grid = gridFromRows(
      'E',
      [
        ['Kode', 'Kegiatan', 'Capaian Output', 'Target Volume', 'Realisasi Volume', 'Pagu', 'Realisasi Anggaran', 'IE'],
        ['1', 'A', 90, 10, 9, 100, 90, 1],
      ],
      undefined,
      3,
      1,
    );
    expect(inputColumns(grid)).toEqual({ columns: [3, 4, 5, 6, 7], firstRow: 4, lastRow: 4 });
  });

  it('is null without a table or without rows', () => {
    expect(inputColumns(gridFromRows('X', [['Catatan'], ['teks']]))).toBeNull();
    expect(inputColumns(gridFromRows('X', [['Indikator Kinerja', 'Target', 'Realisasi']]))).toBeNull();
    expect(inputColumns(gridFromRows('X', []))).toBeNull();
  });
});
