/**
 * SPEC §4 through the whole-sheet engine: the source's TW II table, laid out as the report
 * prints it, recalculated in place — every Capaian and Kriteria, NPSS 101,67 Istimewa — and
 * the audit of the report's own 103,52 "Baik" slip (SPEC §11).
 */
import { DUMAI_TW2_2024, readPolaritas } from '../../src/core';
import { check, recalculate, templatePlan, gridFromRows, CellValue, TEMPLATE_EXAMPLE_ROW, TEMPLATE_HEADER_ROW } from '../../src/workbook';
import { DUMAI_FIRST, dumaiGrid, opts, plannedCells, r2 } from './support';

const shown = (n: { status: string; value?: number }) => (n.status === 'ok' ? Math.round(n.value! * 100) / 100 : null);

describe('SPEC §4 worked example through recalculate', () => {
  const result = recalculate(dumaiGrid(), opts());
  const cells = plannedCells(result.plan);

  it('NPSS 101,67 Istimewa, NP per perspective', () => {
    const s = result.summary!;
    expect(shown(s.npss)).toBe(101.67);
    expect(s.npss.status === 'ok' && s.npss.value).toBeCloseTo(101.66778, 4);
    expect(s.predikat?.label).toBe('Istimewa');
    expect(s.perspektif.map((p) => [p.nama, shown(p.np)])).toEqual([
      ['Stakeholder', 99.94],
      ['Internal Process', 105.06],
      ['Learning & Growth', 100],
    ]);
    expect(s.sasaran.map((x) => shown(x.nps))).toEqual([99.94, null, 104.15, 102.34, 113.74, null, 100, 100, null, null]);
  });

  it.each(DUMAI_TW2_2024.map((r, i) => [i, r.indikator] as const))('row %i (%s): Capaian and Kriteria as SPEC §4, 103,52 corrected', (i) => {
    const r = DUMAI_TW2_2024[i];
    const row = DUMAI_FIRST + i + 1; // Excel row
    expect(r2(cells.get(`Kinerja!H${row}`))).toBe(r.printedCapaian ?? '-');
    const expected = r.printedCapaian === 103.52 ? 'Sangat Baik' : r.printedKriteria;
    expect(cells.get(`Kinerja!I${row}`)).toBe(expected);
  });

  it('writes the annual Capaian and the Status (SPEC §6: 95,12 Akan Tercapai, 55,36 Perlu Upaya Keras)', () => {
    const rowOf = (prefix: string) => DUMAI_FIRST + DUMAI_TW2_2024.findIndex((r) => r.indikator.startsWith(prefix)) + 1;
    const a = rowOf('Persentase keputusan/rekomendasi hasil inspeksi sarana');
    expect([r2(cells.get(`Kinerja!K${a}`)), cells.get(`Kinerja!L${a}`)]).toEqual([95.12, 'Akan Tercapai']);
    const b = rowOf('Persentase sampel Obat');
    expect([r2(cells.get(`Kinerja!K${b}`)), cells.get(`Kinerja!L${b}`)]).toEqual([55.36, 'Perlu Upaya Keras']);
  });

  it('paints Kriteria with the profile colours and formats Capaian 0.00', () => {
    const sheet = result.plan.sheets.find((s) => s.sheet === 'Kinerja')!;
    const krit = sheet.blocks.find((b) => b.col === 8)!;
    expect(krit.fills![0][0]).toBe('#FFFF00'); // 99,65 Cukup: yellow
    expect(krit.fills![3][0]).toBe('#00B050'); // 103,52 Sangat Baik: dark green
    expect(krit.fills![4][0]).toBeNull(); // not assessed: no colour
    const cap = sheet.blocks.find((b) => b.col === 7)!;
    expect(cap.numberFormats![0][0]).toBe('0.00');
  });
});

describe('the audit of what the sheet already shows', () => {
  it('finds the 103,52 printed as "Baik" on its Kriteria cell, in Indonesian and English', () => {
    const id = check(dumaiGrid(), opts()).findings.filter((f) => f.code === 'audit-kriteria');
    expect(id).toEqual([
      {
        sheet: 'Kinerja',
        cell: 'I8',
        severity: 'warning',
        code: 'audit-kriteria',
        message: 'Kinerja!I8: Kriteria tertulis "Baik", seharusnya "Sangat Baik". Capaian 103,52 berada pada rentang > 100 dan ≤ 120, yang menurut profil BPOM UPT 2024 berkriteria "Sangat Baik". Ganti isinya dengan "Sangat Baik", atau hitung ulang dengan SAKIP agar diisi otomatis (tombol Hitung ulang di panel, atau sakip hitung).',
        advice: 'Capaian 103,52 berada pada rentang > 100 dan ≤ 120, yang menurut profil BPOM UPT 2024 berkriteria "Sangat Baik". Ganti isinya dengan "Sangat Baik", atau hitung ulang dengan SAKIP agar diisi otomatis (tombol Hitung ulang di panel, atau sakip hitung).',
      },
    ]);
    const en = check(dumaiGrid(), opts({ lang: 'en' })).findings.filter((f) => f.code === 'audit-kriteria');
    expect(en.map((f) => f.message)).toEqual(['Kinerja!I8: Kriteria reads "Baik", should be "Sangat Baik". Capaian 103.52 lies in the band > 100 and ≤ 120, which the profile BPOM UPT 2024 grades "Sangat Baik". Replace it with "Sangat Baik", or recalculate with SAKIP to fill it in (the Recalculate button in the pane, or sakip hitung).']);
  });

  it('raises no Capaian audit on the report (every printed Capaian is right) and no errors', () => {
    const { findings } = check(dumaiGrid(), opts());
    expect(findings.filter((f) => f.code === 'audit-capaian')).toEqual([]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reports a printed Status where realisasi is missing as info, not as a slip', () => {
    const status = check(dumaiGrid(), opts()).findings.filter((f) => f.code === 'audit-status');
    expect(status.length).toBeGreaterThan(0);
    expect(status.every((f) => f.severity === 'info')).toBe(true);
    // Why "-" (no realisasi yet) and what to write (issue 14's example).
    expect(status[0].message).toBe('Kinerja!L9: Status tertulis "Perlu Upaya Keras", seharusnya "-". Belum ada realisasi di baris ini, jadi capaian, kriteria dan statusnya belum dinilai. Kosongkan sel itu atau tulis "-", atau hitung ulang dengan SAKIP agar diisi otomatis (tombol Hitung ulang di panel, atau sakip hitung).');
  });
});

describe('template plan', () => {
  /** The template as the sheet reads back: exactly what it writes. */
  const gridOf = (lang: 'id' | 'en') => {
    const block = templatePlan(lang).sheets[0].blocks[0];
    const rows = block.values.map((r) => r.map((v) => (typeof v === 'object' && v !== null ? null : (v as CellValue))));
    return gridFromRows('Kinerja', rows, undefined, block.row, block.col);
  };

  it.each(['id', 'en'] as const)('is an empty table the engine finds, with one example row that computes capaian 95,00 (%s)', (lang) => {
    const plan = templatePlan(lang);
    expect(plan.sheets).toHaveLength(1);
    expect(plan.sheets[0]).toMatchObject({ sheet: 'Kinerja', owned: true, activate: true });
    const checked = check(gridOf(lang), opts({ lang }));
    expect(checked.kind).toBe('kinerja');
    // The only warning: the example row itself, named so it is not left in by mistake.
    expect(checked.findings.filter((f) => f.severity !== 'info').map((f) => [f.cell, f.code])).toEqual([['D4', 'baris-contoh']]);
    // One indicator row: the example; the empty rows below are not indicators.
    expect(checked.rows).toBe(1);
    const result = recalculate(gridOf(lang), opts({ lang }));
    expect(shown(result.summary!.npss)).toBe(95);
    expect(result.summary!.sasaran).toHaveLength(1);
    // Outputs land in the template's own empty output columns (H, I, K, L), not appended ones.
    const cells = plannedCells(result.plan);
    const example = TEMPLATE_EXAMPLE_ROW + 1;
    expect(r2(cells.get(`Kinerja!H${example}`))).toBe(95);
    expect(cells.get(`Kinerja!I${example}`)).toBe('Cukup');
    expect(r2(cells.get(`Kinerja!K${example}`))).toBe(95);
    expect(cells.get(`Kinerja!M${TEMPLATE_HEADER_ROW + 1}`)).toBeUndefined();
  });

  it.each(['id', 'en'] as const)('holds no office and none of the seed report: the example is marked as one, the title says what to fill (%s)', (lang) => {
    const texts = templatePlan(lang).sheets[0].blocks[0].values.flat().filter((v): v is string => typeof v === 'string');
    const all = texts.join('\n');
    expect(all).not.toMatch(/Dumai|Loka POM|Balai|BPOM/i);
    for (const r of DUMAI_TW2_2024) {
      expect(texts).not.toContain(r.indikator);
      expect(texts).not.toContain(r.sasaran);
    }
    const example = templatePlan(lang).sheets[0].blocks[0].values[TEMPLATE_EXAMPLE_ROW];
    expect(example.slice(2, 4).every((v) => typeof v === 'string' && /^(Contoh|Example): /.test(v))).toBe(true);
    expect(all).toMatch(lang === 'id' ? /hapus baris contoh ini/ : /delete this example row/);
    expect(texts[0]).toMatch(lang === 'id' ? /Triwulan … Tahun … — \(nama unit kerja\)/ : /Quarter … Year … — \(name of the unit\)/);
  });

  it('offers Polaritas and Perspektif as drop-downs over the data rows, the Polaritas words being ones the engine reads', () => {
    for (const lang of ['id', 'en'] as const) {
      const v = templatePlan(lang).sheets[0].validations!;
      expect(v.map((x) => x.range)).toEqual([`E${TEMPLATE_EXAMPLE_ROW + 1}:E${TEMPLATE_HEADER_ROW + 201}`, `B${TEMPLATE_EXAMPLE_ROW + 1}:B${TEMPLATE_HEADER_ROW + 201}`]);
      expect(v[0].list.map((w) => readPolaritas(w))).toEqual(['maximize', 'minimize']);
    }
  });

  it('writes literal text only: no planned value is a formula', () => {
    for (const v of templatePlan('id').sheets[0].blocks[0].values.flat()) expect(typeof v === 'object' && v !== null).toBe(false);
  });
});
