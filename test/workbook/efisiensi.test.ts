/** The efficiency sheet (SPEC §7) on the source's table, and the audit of its printed slips (SPEC §11). */
import { DUMAI_EFISIENSI_TW2_2024 } from '../../src/core';
import { CellValue, EfisiensiLayout, SheetPlan, check, detectLayout, gridFromRows, recalculate } from '../../src/workbook';
import { opts, plannedCells } from './support';

const HEADER = ['Kode', 'Kegiatan/Output', '% Capaian Output', 'Pagu Anggaran', 'Realisasi Anggaran', 'Capaian Input (%)', 'IE', 'TE', 'Capaian TE', 'Kategori'];

/**
 * The source's efficiency table as a sheet: it prints only IE, so each activity gets input
 * 100 % (pagu = realisasi) and output IE × 100 (0 where it printed `-`), plus what it printed.
 */
function efisiensiRows(): CellValue[][] {
  return [
    ['EFISIENSI PENGGUNAAN SUMBER DAYA TRIWULAN II 2024'],
    HEADER,
    ...DUMAI_EFISIENSI_TW2_2024.map((e, i) => [
      `${6000 + i}.QDB`,
      e.kegiatan,
      e.ie === null ? 0 : e.ie * 100,
      '100.000.000',
      'Rp100.000.000,00',
      '100,00',
      e.ie ?? '-',
      e.printedTe,
      e.printedCapaianTe === null ? '-' : `${e.printedCapaianTe}%`,
      e.printedKategori,
    ]),
  ];
}
const FIRST = 2;
const grid = () => gridFromRows('Efisiensi', efisiensiRows());

describe('efficiency sheet through recalculate', () => {
  const result = recalculate(grid(), opts());
  const cells = plannedCells(result.plan);

  it('is detected as an efficiency table', () => {
    const l = detectLayout(grid(), 'TW2') as EfisiensiLayout;
    expect(l.kind).toBe('efisiensi');
    expect(l.appended).toEqual([]);
    expect(check(grid(), opts()).kind).toBe('efisiensi');
  });

  it.each(DUMAI_EFISIENSI_TW2_2024.map((e, i) => [i, e.kegiatan] as const))('row %i (%s): IE, TE, capaian TE and kategori by the rule', (i) => {
    const e = DUMAI_EFISIENSI_TW2_2024[i];
    const r = FIRST + i + 1;
    const ie = e.ie ?? 0;
    const te = Math.round((ie - 1) * 100) / 100;
    expect(cells.get(`Efisiensi!F${r}`)).toBe(100);
    expect(cells.get(`Efisiensi!G${r}`)).toBeCloseTo(ie, 10);
    expect(cells.get(`Efisiensi!H${r}`)).toBeCloseTo(ie - 1, 10);
    // SPEC §7 table on the 2-dp TE.
    const [capaianTe, kategori] = te < 0 ? ['-', 'Tidak Efisien'] : te <= 0.2 ? [100, 'Efisien'] : te <= 0.4 ? [95, 'Efisien'] : te <= 0.6 ? [92, 'Efisien'] : te <= 0.8 ? [90, 'Efisien'] : te <= 1 ? [88, 'Efisien'] : te <= 1.2 ? [86, 'Tidak Efisien'] : te <= 1.4 ? [84, 'Tidak Efisien'] : te <= 1.6 ? [80, 'Tidak Efisien'] : te <= 1.8 ? [78, 'Tidak Efisien'] : [75, 'Tidak Efisien'];
    expect([cells.get(`Efisiensi!I${r}`), cells.get(`Efisiensi!J${r}`)]).toEqual([capaianTe, kategori]);
  });

  it('writes only the five output columns and no Ringkasan', () => {
    expect(result.plan.sheets.map((s) => s.sheet)).toEqual(['Efisiensi']);
    expect(new Set(result.plan.sheets[0].blocks.map((b) => b.col))).toEqual(new Set([5, 6, 7, 8, 9]));
    expect(result.summary).toBeNull();
  });

  it('finds the printed slips of SPEC §11 on their cells', () => {
    const rowOf = (prefix: string) => FIRST + DUMAI_EFISIENSI_TW2_2024.findIndex((e) => e.kegiatan.startsWith(prefix)) + 1;
    const audit = result.findings.filter((f) => f.code === 'audit-efisiensi' && f.severity === 'warning');
    const at = (col: string) => audit.filter((f) => f.cell!.startsWith(col)).map((f) => f.cell).sort();
    // Capaian TE: TE 2,97 printed 88 (rule 75); TE 0,49 printed 100 (rule 92); TE 0,20 printed 95 (rule 100).
    expect(at('I')).toEqual([`I${rowOf('Laporan Koordinasi')}`, `I${rowOf('Pengelolaan Sarana')}`, `I${rowOf('Fasilitasi')}`].sort());
    // Kategori: TE 2,97, −0,02 and 1,03 printed Efisien (rule: Tidak Efisien).
    expect(at('J')).toEqual([`J${rowOf('Laporan Koordinasi')}`, `J${rowOf('Layanan Publikasi')}`, `J${rowOf('Sampel Makanan')}`].sort());
    const slip = audit.find((f) => f.cell === `I${rowOf('Laporan Koordinasi')}`)!;
    expect(slip.message).toBe(`Efisiensi!I${rowOf('Laporan Koordinasi')}: Capaian TE tertulis "88%", hasil hitung 75,00. TE 2,97 berada pada rentang > 1,8, yang menurut profil BPOM UPT 2024 bercapaian TE 75,00 dan berkategori "Tidak Efisien". Ganti isinya dengan 75,00, atau hitung ulang dengan SAKIP agar diisi otomatis (tombol Hitung ulang di panel, atau sakip hitung).`);
    const kat = audit.find((f) => f.cell === `J${rowOf('Layanan Publikasi')}`)!;
    expect(kat.message).toBe(`Efisiensi!J${rowOf('Layanan Publikasi')}: Kategori tertulis "Efisien", hasil hitung "Tidak Efisien". TE -0,02 berada pada rentang < 0, yang menurut profil BPOM UPT 2024 tidak diberi capaian TE dan berkategori "Tidak Efisien". Ganti isinya dengan "Tidak Efisien", atau hitung ulang dengan SAKIP agar diisi otomatis (tombol Hitung ulang di panel, atau sakip hitung).`);
    // IE printed "-" where output was 0: the rule says IE 0 (SPEC §7).
    expect(at('G')).toHaveLength(DUMAI_EFISIENSI_TW2_2024.filter((e) => e.ie === null).length);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('efficiency sheet variants and findings', () => {
  const rows = (...data: CellValue[][]): CellValue[][] => [['Kode', 'Kegiatan', 'Target Volume', 'Realisasi Volume', 'Rencana Anggaran', 'Realisasi Anggaran'], ...data];

  it('computes output from target and realisasi volume, appending the outputs with headers', () => {
    const r = recalculate(gridFromRows('Ef', rows(['A', 'Sampel', 200, 222, '217.784.400', '143.091.251'])), opts());
    const cells = plannedCells(r.plan);
    expect([cells.get('Ef!G1'), cells.get('Ef!H1'), cells.get('Ef!I1'), cells.get('Ef!J1'), cells.get('Ef!K1')]).toEqual(['Capaian Input (%)', 'IE', 'TE', 'Capaian TE (%)', 'Kategori']);
    expect(cells.get('Ef!G2')).toBeCloseTo(65.7031, 3);
    expect(cells.get('Ef!H2')).toBeCloseTo(111 / 65.7031, 3);
    expect([cells.get('Ef!J2'), cells.get('Ef!K2')]).toEqual([90, 'Efisien']); // output 111 %, input 65,70 %: IE 1,69, TE 0,69 → 90
  });

  it.each([
    ['nothing planned: capaian input undefined', ['A', 'x', 10, 10, 0, 0], 'info', 'efisiensi-tidak-terdefinisi', 'Ef!E2: efisiensi "x" tidak dinilai. Rencana anggaran 0: capaian input tidak dapat dihitung. Isi pagu (rencana anggaran) kegiatan ini.', 'Ef!E2: the efficiency of "x" is not assessed. The planned budget is 0: input achievement cannot be computed. Fill in the activity\'s pagu (planned budget).'],
    ['a negative budget', ['A', 'x', 10, 10, -5, 1], 'error', 'efisiensi-tidak-valid', 'Ef!E2: efisiensi "x" tidak dapat dihitung. Anggaran atau capaian input negatif. Ganti dengan angka 0 atau lebih.', 'Ef!E2: the efficiency of "x" cannot be computed. Budget or input achievement is negative. Replace it with a number of 0 or more.'],
    ['realisasi anggaran missing', ['A', 'x', 10, 10, 5, null], 'warning', 'realisasi-kosong', 'Ef!F2: Realisasi Anggaran kosong. Efisiensi "x" tidak dihitung. Isi Realisasi Anggaran; tulis 0 atau "-" bila memang tidak ada.', 'Ef!F2: Realisasi Anggaran is empty. The efficiency of "x" is not computed. Fill in Realisasi Anggaran; write 0 or "-" if there is none.'],
    ['an unreadable pagu', ['A', 'x', 10, 10, 'lima juta', 1], 'error', 'angka-tidak-terbaca', 'Ef!E2: isi sel Pagu tidak dapat dipakai untuk menghitung. Nilai "lima juta" tidak dapat dibaca sebagai angka. Ketik angkanya saja, tanpa huruf atau satuan (misalnya 95,2).', 'Ef!E2: the Pagu cell cannot be used in the computation. The value "lima juta" cannot be read as a number. Type the number only, without letters or units (e.g. 95.2).'],
  ])('%s', (_name, data, severity, code, id, en) => {
    const g = gridFromRows('Ef', rows(data as CellValue[]));
    expect(check(g, opts()).findings).toEqual([{ sheet: 'Ef', cell: id.slice(3, 5), severity, code, message: id, advice: expect.stringMatching(/\S/) }]);
    expect(check(g, opts({ lang: 'en' })).findings.map((f) => f.message)).toEqual([en]);
  });

  it('writes live SAKIP.EFISIENSI formulas on request', () => {
    const r = recalculate(gridFromRows('Ef', rows(['A', 'x', 10, 10, 5, 5], ['B', 'y', 10, 5, 5, 5])), opts({ writeFormulas: true }));
    const cells = plannedCells(r.plan);
    expect(cells.get('Ef!G2')).toEqual({ formula: '=SAKIP.CAPAIAN(F2:F3,E2:E3)' });
    expect(cells.get('Ef!H2')).toEqual({ formula: '=SAKIP.EFISIENSI.IE(SAKIP.CAPAIAN(D2:D3,C2:C3),G2#)' });
    expect(cells.get('Ef!I2')).toEqual({ formula: '=SAKIP.EFISIENSI.TE(SAKIP.CAPAIAN(D2:D3,C2:C3),G2#)' });
    expect(cells.get('Ef!J2')).toEqual({ formula: '=SAKIP.EFISIENSI.CAPAIAN(I2#)' });
    expect(cells.get('Ef!K2')).toEqual({ formula: '=SAKIP.EFISIENSI.KATEGORI(I2#)' });
    expect(cells.get('Ef!K3')).toBeNull();
    expect((r.plan.sheets[0] as SheetPlan).sheet).toBe('Ef');
  });
});
