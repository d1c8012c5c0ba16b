/**
 * The consolidation: reports sorted as a planner ranks them, indicators matched by exact name only
 * (spellings merge, near-matches are findings), values in their unit's column, and a finding in
 * Indonesian and English for everything the matching could not settle.
 */
import { consolidate, nameKey, REKAP_MESSAGES } from '../../src/rekap';
import type { Rekap, RekapFinding, UnitReport } from '../../src/rekap';
import { DUMAI_INDIKATOR, unitReport } from './unit-report';
import { UPT_BPOM } from '../../scripts/rekap-data';

const OBAT = 'Persentase Obat yang memenuhi syarat';
const MAKANAN = 'Persentase Makanan yang memenuhi syarat';
const DUMAI = 'Loka POM di Kota Dumai';
const BATAM = 'Loka POM di Kota Batam';
const TANJUNG_PINANG = 'Loka POM di Kota Tanjung Pinang';

const codes = (rekap: Rekap): string[] => rekap.findings.map((f) => f.code);
const only = (rekap: Rekap, code: string): RekapFinding => {
  const found = rekap.findings.filter((f) => f.code === code);
  expect(found).toHaveLength(1);
  return found[0];
};
/** The capaian a unit reported for an indicator (by exact name), as the test gave it. */
const given = (u: UnitReport, nama: string): number | null | undefined => u.indikator.find((x) => x.nama === nama)?.capaian;

describe('consolidate: units', () => {
  it('a rekap of no report is empty, not a crash (the pane says nothing was written)', () => {
    expect(consolidate([], 'id')).toEqual({ units: [], indikator: [], sasaran: [], tren: null, findings: [] });
  });

  it('sorts by NPSS (not assessed last), then unit name, then period in time', () => {
    const rekap = consolidate(
      [
        unitReport({ unit: BATAM, npss: 95.5 }),
        unitReport({ unit: 'Loka POM di Kabupaten Kepulauan Selayar', npss: null, indikator: [{ nama: OBAT, capaian: null }] }),
        unitReport({ unit: TANJUNG_PINANG, npss: 101.67, periode: 'TW3' }),
        unitReport({ unit: DUMAI, npss: 101.67 }),
        unitReport({ unit: TANJUNG_PINANG, npss: 101.67, periode: 'TW2' }),
        unitReport({ unit: 'Loka POM di Kota Lubuklinggau', npss: 110.2 }),
      ],
      'id',
    );
    expect(rekap.units.map((u) => `${u.unit} ${u.periode}`)).toEqual([
      'Loka POM di Kota Lubuklinggau TW2',
      `${DUMAI} TW2`,
      `${TANJUNG_PINANG} TW2`,
      `${TANJUNG_PINANG} TW3`,
      `${BATAM} TW2`,
      'Loka POM di Kabupaten Kepulauan Selayar TW2',
    ]);
  });
});

describe('consolidate: several periods per unit', () => {
  it("ranks units by the NPSS of their latest period and keeps each unit's reports together in time", () => {
    const rekap = consolidate(
      [
        unitReport({ unit: DUMAI, periode: 'TW2', npss: 90 }),
        unitReport({ unit: BATAM, periode: 'TW2', npss: 100 }),
        unitReport({ unit: DUMAI, periode: 'TW1', npss: 120 }),
        unitReport({ unit: BATAM, periode: 'TW1', npss: 80 }),
        unitReport({ unit: DUMAI, periode: 'TW4', tahun: 2023, npss: 130 }),
      ],
      'id',
    );
    // Batam's latest (TW II 2024: 100) outranks Dumai's (TW II 2024: 90), whatever their earlier quarters.
    expect(rekap.units.map((u) => `${u.unit} ${u.periode} ${u.tahun}`)).toEqual([
      `${BATAM} TW1 2024`,
      `${BATAM} TW2 2024`,
      `${DUMAI} TW4 2023`,
      `${DUMAI} TW1 2024`,
      `${DUMAI} TW2 2024`,
    ]);
  });
});

describe('consolidate: indicators without a name', () => {
  const units = [
    unitReport({ unit: DUMAI, npss: 101, indikator: [{ nama: '', capaian: 90 }, { nama: OBAT, capaian: 99 }, { nama: ' ', capaian: 80 }] }),
    unitReport({ unit: BATAM, indikator: [{ nama: '', capaian: 70 }, { nama: OBAT, capaian: 98 }] }),
  ];

  it('never merges them, across units or within one report: a row of its own each, named by its cell', () => {
    const rekap = consolidate(units, 'id');
    const unnamed = rekap.indikator.filter((r) => r.nama.startsWith('(tanpa nama)'));
    expect(unnamed.map((r) => [r.nama, r.values.map((v) => v?.capaian ?? null)])).toEqual([
      ['(tanpa nama) — Kinerja!E9', [90, null]],
      ['(tanpa nama) — Kinerja!E9', [null, 70]],
      ['(tanpa nama) — Kinerja!E11', [80, null]],
    ]);
    // The named indicator still merges.
    expect(rekap.indikator.find((r) => r.nama === OBAT)!.values.map((v) => v?.capaian)).toEqual([99, 98]);
    expect(codes(rekap)).not.toContain('indikator-ganda');
    expect(codes(rekap)).not.toContain('indikator-mirip');
  });

  it('names the cell of each one and says to write the name there', () => {
    const found = consolidate(units, 'id').findings.filter((f) => f.code === 'indikator-tanpa-nama');
    expect(found.map((f) => [f.file, f.cell, f.severity])).toEqual([
      [`${DUMAI}.xlsx`, 'Kinerja!E9', 'warning'],
      [`${DUMAI}.xlsx`, 'Kinerja!E11', 'warning'],
      [`${BATAM}.xlsx`, 'Kinerja!E9', 'warning'],
    ]);
    expect(found[0].message).toContain('indikator di Kinerja!E9 tidak bernama (capaian 90,00)');
    expect(found[0].message).toContain('Tulis nama indikator di Kinerja!E9');
    const en = consolidate(units, 'en').findings.find((f) => f.code === 'indikator-tanpa-nama')!;
    expect(en.message).toContain("Write the indicator's name in Kinerja!E9");
  });
});

describe('consolidate: indicator rows', () => {
  const dumai = unitReport({ unit: DUMAI, npss: 101.67, indikator: DUMAI_INDIKATOR });
  const batam = unitReport({
    unit: BATAM,
    npss: 99.1,
    indikator: [
      { nama: 'Persentase Obat yang Memenuhi Syarat', capaian: 97.2 },
      { nama: MAKANAN, capaian: 88.1 },
      { nama: 'Persentase sampel Makanan yang diperiksa dan diuji sesuai standar', capaian: 100 },
      { nama: 'Persentase sampel Kosmetik yang diperiksa dan diuji sesuai standar', capaian: 75 },
    ],
  });
  const pinang = unitReport({ unit: TANJUNG_PINANG, npss: 98, indikator: [{ nama: 'Persentase Obat yang Memenuhi Syarat.', capaian: 101.3 }, { nama: ' Persentase  Makanan yang memenuhi\nsyarat', capaian: 90 }] });
  const rekap = consolidate([pinang, batam, dumai], 'id');

  it('merges spellings that differ in case, spaces, line breaks and a full stop, showing the one most units use', () => {
    const obat = rekap.indikator.filter((r) => r.key === 'persentase obat yang memenuhi syarat');
    expect(obat).toHaveLength(1);
    expect(rekap.units.map((u) => u.unit)).toEqual([DUMAI, BATAM, TANJUNG_PINANG]);
    expect(obat[0].values.map((v) => v?.capaian)).toEqual([given(dumai, OBAT), 97.2, 101.3]);
    // Dumai writes "memenuhi syarat", Batam "Memenuhi Syarat", Tanjung Pinang "Memenuhi Syarat.": a tie of one each, the first seen wins.
    expect(obat[0].nama).toBe(OBAT);
    const makanan = rekap.indikator.filter((r) => r.key === nameKey(MAKANAN));
    expect(makanan).toHaveLength(1);
    expect(makanan[0].nama).toBe(MAKANAN);
    expect(makanan[0].values.map((v) => v?.capaian)).toEqual([given(dumai, MAKANAN), 88.1, 90]);
  });

  it("puts every value in its unit's column", () => {
    for (const row of rekap.indikator) {
      row.values.forEach((v, i) => {
        if (v !== null) expect(rekap.units[i].indikator).toContain(v);
      });
    }
    expect(rekap.indikator.length).toBe(DUMAI_INDIKATOR.length + 1);
    expect(rekap.indikator.every((r) => r.values.length === rekap.units.length)).toBe(true);
  });

  it("keeps the longest report's order and puts another's extra after the indicator it follows there", () => {
    const names = rekap.indikator.map((r) => r.nama);
    expect(names.slice(0, 3)).toEqual(DUMAI_INDIKATOR.slice(0, 3).map((x) => x.nama));
    expect(names[names.indexOf('Persentase sampel Makanan yang diperiksa dan diuji sesuai standar') + 1]).toBe('Persentase sampel Kosmetik yang diperiksa dan diuji sesuai standar');
    expect(rekap.indikator.find((r) => r.nama === 'Persentase sampel Kosmetik yang diperiksa dan diuji sesuai standar')!.sasaran).toBe('Terwujudnya Obat dan Makanan yang memenuhi syarat');
  });

  it("puts another report's extras before the first indicator it shares when they come first there", () => {
    const extra = 'Persentase Realisasi Penggunaan Produk dalam Negeri';
    const other = unitReport({ unit: BATAM, npss: 90, indikator: [{ nama: extra, capaian: 100 }, { nama: MAKANAN, capaian: 95 }] });
    const rows = consolidate([unitReport({ unit: DUMAI, indikator: [{ nama: OBAT, capaian: 99.65 }, { nama: MAKANAN, capaian: 97.51 }] }), other], 'id').indikator;
    expect(rows.map((r) => r.nama)).toEqual([OBAT, extra, MAKANAN]);
  });

  it('neither merges nor flags Obat against Makanan, nor sampel Makanan against sampel Kosmetik', () => {
    expect(codes(rekap)).not.toContain('indikator-mirip');
  });
});

describe('consolidate: near-matches', () => {
  const units = [
    unitReport({ unit: DUMAI, indikator: [{ nama: OBAT, capaian: 99.65 }] }),
    unitReport({ unit: BATAM, indikator: [{ nama: OBAT, capaian: 101.2 }] }),
    unitReport({ unit: TANJUNG_PINANG, indikator: [{ nama: '% obat memenuhi syarat', capaian: 97 }] }),
  ];

  it("does not merge the issue's example and names both spellings and their units", () => {
    const rekap = consolidate(units, 'id');
    expect(rekap.indikator.map((r) => [r.nama, r.values.filter((v) => v !== null).length])).toEqual([
      [OBAT, 2],
      ['% obat memenuhi syarat', 1],
    ]);
    const f = only(rekap, 'indikator-mirip');
    expect(f.severity).toBe('warning');
    // Equal NPSS: the units are listed in the rekap's order, by name.
    expect(f.message).toContain(`"${OBAT}" (${BATAM} dan ${DUMAI})`);
    expect(f.message).toContain(`"% obat memenuhi syarat" (${TANJUNG_PINANG})`);
    expect(f.message).toContain('tidak digabung');
    expect(f.message).toContain('samakan penulisannya');
    const en = only(consolidate(units, 'en'), 'indikator-mirip');
    expect(en.message).toContain(`"${OBAT}" (${BATAM} and ${DUMAI})`);
    expect(en.message).toContain('not merged');
  });

  it('suggests for each rarer spelling the one most units use, once', () => {
    const spellings = [OBAT, OBAT, OBAT, '% obat memenuhi syarat', 'Persentase obat memenuhi syarat', 'Prosentase Obat yg memenuhi syarat'];
    const rekap = consolidate(spellings.map((nama, i) => unitReport({ unit: `Loka POM ${i + 1}`, indikator: [{ nama, capaian: 100 }] })), 'id');
    expect(rekap.indikator).toHaveLength(4);
    const found = rekap.findings.filter((f) => f.code === 'indikator-mirip');
    expect(found).toHaveLength(3);
    for (const f of found) expect(f.message).toMatch(new RegExp(`^Nama indikator "${OBAT}" \\(Loka POM 1, Loka POM 2 dan Loka POM 3\\) dan "`));
    expect(found.map((f) => f.message.split('"')[3])).toEqual(['% obat memenuhi syarat', 'Persentase obat memenuhi syarat', 'Prosentase Obat yg memenuhi syarat']);
  });

  it('flags nearly equal sasaran names too', () => {
    const rekap = consolidate(
      [
        unitReport({ unit: DUMAI, sasaran: [{ perspektif: 'Stakeholder', nama: 'Terwujudnya Obat dan Makanan yang memenuhi syarat', nps: 99, predikat: null }] }),
        unitReport({ unit: BATAM, sasaran: [{ perspektif: 'Stakeholder', nama: 'Terwujudnya Obat & Makanan yg memenuhi syarat', nps: 101, predikat: null }] }),
        unitReport({ unit: TANJUNG_PINANG, sasaran: [{ perspektif: 'Stakeholder', nama: 'TERWUJUDNYA OBAT DAN MAKANAN YANG MEMENUHI SYARAT', nps: 95, predikat: null }] }),
      ],
      'id',
    );
    // Units by name (equal NPSS): Batam, Dumai, Tanjung Pinang.
    expect(rekap.sasaran.map((r) => r.values.map((v) => v?.nps ?? null))).toEqual([
      [101, null, null],
      [null, 99, 95],
    ]);
    expect(only(rekap, 'sasaran-mirip').message).toContain('"Terwujudnya Obat & Makanan yg memenuhi syarat" (Loka POM di Kota Batam)');
  });
});

describe("consolidate: a unit's own name inside indicator names", () => {
  it('puts the same IKU of each unit in one row and says so', () => {
    const rekap = consolidate(
      [
        unitReport({ unit: DUMAI, indikator: [{ nama: 'Indeks Profesionalitas ASN Loka POM di Kota Dumai', capaian: 103.2, sasaran: 'Terwujudnya SDM Loka POM di Kota Dumai yang berkinerja optimal' }] }),
        unitReport({ unit: BATAM, npss: 99, indikator: [{ nama: 'Indeks Profesionalitas ASN Loka POM di Kota Batam', capaian: 96.4 }] }),
        unitReport({ unit: 'loka-pom-tarakan', unitFrom: 'berkas', npss: 98, indikator: [{ nama: 'Indeks Profesionalitas ASN Loka POM di Kota Tarakan', capaian: 90 }] }),
      ],
      'id',
    );
    expect(rekap.indikator.map((r) => [r.nama, ...r.values.map((v) => v?.capaian ?? null)])).toEqual([
      ['Indeks Profesionalitas ASN (nama unit)', 103.2, 96.4, null],
      // A name read from the file is never looked for: that row stays as written.
      ['Indeks Profesionalitas ASN Loka POM di Kota Tarakan', null, null, 90],
    ]);
    expect(rekap.indikator[0].sasaran).toBe('Terwujudnya SDM (nama unit) yang berkinerja optimal');
    const f = only(rekap, 'nama-unit-diganti');
    expect(f.severity).toBe('info');
    expect(f.message).toContain('2 nama indikator atau sasaran');
    expect(f.message).toContain('"Indeks Profesionalitas ASN Loka POM di Kota Dumai" dari Loka POM di Kota Dumai');
  });
});

describe('consolidate: findings', () => {
  it('names both cells and both capaian of an indicator written twice, and uses the first', () => {
    const u = unitReport({ unit: DUMAI, indikator: [{ nama: OBAT, capaian: 99.65 }, { nama: MAKANAN, capaian: 97.51 }, { nama: 'Persentase obat yang memenuhi syarat ', capaian: 88 }] });
    const rekap = consolidate([u], 'id');
    expect(rekap.indikator.find((r) => r.nama === OBAT)!.values[0]!.capaian).toBe(99.65);
    const f = only(rekap, 'indikator-ganda');
    expect([f.file, f.cell]).toEqual(['Loka POM di Kota Dumai.xlsx', 'Kinerja!E11']);
    expect(f.message).toContain('di Kinerja!E9 (capaian 99,65) dan Kinerja!E11 (capaian 88,00)');
    expect(only(consolidate([u], 'en'), 'indikator-ganda').message).toContain('at Kinerja!E9 (capaian 99.65) and Kinerja!E11 (capaian 88.00)');
  });

  it('keeps both files of one unit and period, and warns with both NPSS', () => {
    const rekap = consolidate([unitReport({ unit: DUMAI, file: 'dumai.xlsx', npss: 101.67 }), unitReport({ unit: 'Loka POM di kota Dumai', file: 'dumai-revisi.xlsx', npss: 100.5 })], 'id');
    expect(rekap.units.map((u) => u.file)).toEqual(['dumai.xlsx', 'dumai-revisi.xlsx']);
    const f = only(rekap, 'unit-ganda');
    expect(f.message).toContain('dumai.xlsx (Kinerja) (NPSS 101,67) dan dumai-revisi.xlsx (Kinerja) (NPSS 100,50)');
    expect(f.message).toContain('TW II 2024');
  });

  it('warns when units are compared at different periods, and only informs for a full units × quarters rekap', () => {
    const mixed = consolidate([unitReport({ unit: DUMAI }), unitReport({ unit: BATAM }), unitReport({ unit: TANJUNG_PINANG, periode: 'TW3' })], 'id');
    const f = only(mixed, 'periode-berbeda');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain(`TW II 2024 (2 laporan: ${BATAM} dan ${DUMAI}); TW III 2024 (1 laporan: ${TANJUNG_PINANG})`);
    expect(f.message).toContain('--periode TW2');
    const full = consolidate([DUMAI, BATAM].flatMap((unit) => (['TW1', 'TW2'] as const).map((periode) => unitReport({ unit, periode }))), 'en');
    expect(only(full, 'periode-berbeda').severity).toBe('info');
    expect(consolidate([unitReport({ unit: DUMAI }), unitReport({ unit: BATAM })], 'id').findings).toEqual([]);
  });

  it('does not count a report without a known year as another period than the same quarter with one', () => {
    const noYear = unitReport({ unit: DUMAI, tahun: null });
    expect(codes(consolidate([noYear, unitReport({ unit: BATAM }), unitReport({ unit: TANJUNG_PINANG })], 'id'))).not.toContain('periode-berbeda');
    // Another quarter is still a different period.
    const f = only(consolidate([noYear, unitReport({ unit: BATAM, periode: 'TW3' })], 'id'), 'periode-berbeda');
    expect(f.message).toContain(`TW II (1 laporan: ${DUMAI}); TW III 2024 (1 laporan: ${BATAM})`);
  });

  it('says which report has no assessed indicator and how many were read', () => {
    const rekap = consolidate([unitReport({ unit: DUMAI, npss: null, indikator: [{ nama: OBAT, capaian: null }, { nama: MAKANAN, capaian: null }] }), unitReport({ unit: BATAM })], 'id');
    const f = only(rekap, 'tidak-dinilai');
    expect(f.message).toContain(`"${DUMAI}" TW II 2024 (Loka POM di Kota Dumai.xlsx, lembar Kinerja): tidak ada indikator yang dinilai (2 indikator terbaca)`);
  });

  it('warns of a unit spelled two ways, keeps them two units, and stays quiet over 76 different units', () => {
    const rekap = consolidate([unitReport({ unit: 'Loka POM di Kota Dumai', file: 'dumai-tw1.xlsx', periode: 'TW1' }), unitReport({ unit: 'Loka POM Dumai', file: 'dumai-tw2.xlsx' }), unitReport({ unit: BATAM })], 'id');
    const f = only(rekap, 'unit-mirip');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('"Loka POM di Kota Dumai" (dumai-tw1.xlsx)');
    expect(f.message).toContain('"Loka POM Dumai" (dumai-tw2.xlsx)');
    expect(new Set(rekap.units.map((u) => u.unit)).size).toBe(3);
    expect(rekap.tren).toBeNull();
    // The generated list of 76 UPT names (Loka / Balai / Balai Besar POM di …): no two alike.
    const many = consolidate(UPT_BPOM.map((unit) => unitReport({ unit })), 'id');
    expect(codes(many)).not.toContain('unit-mirip');
  });

  it('informs when the unit name is the file name', () => {
    const fromFile = (periode: 'TW1' | 'TW2') => unitReport({ unit: 'laporan-tw2', file: 'laporan-tw2.xlsx', unitFrom: 'berkas', periode });
    // Two periods of one file: said once.
    const rekap = consolidate([fromFile('TW1'), fromFile('TW2'), unitReport({ unit: DUMAI })], 'id');
    const f = only(rekap, 'unit-dari-berkas');
    expect([f.severity, f.file]).toEqual(['info', 'laporan-tw2.xlsx']);
    expect(f.message).toContain('dipakai nama berkas "laporan-tw2"');
  });

  it('gives every finding in Indonesian and in English, each a whole sentence saying what to do', () => {
    const units = [
      unitReport({ unit: 'dumai', file: 'dumai.xlsx', unitFrom: 'berkas', npss: null, indikator: [{ nama: OBAT, capaian: null }, { nama: `${OBAT}.`, capaian: null }] }),
      unitReport({ unit: 'dumai', file: 'dumai-lama.xlsx', unitFrom: 'berkas', npss: 90, indikator: [{ nama: '% obat memenuhi syarat', capaian: 90 }] }),
      unitReport({
        unit: BATAM,
        periode: 'TW3',
        indikator: [{ nama: 'Indeks Profesionalitas ASN Loka POM di Kota Batam', capaian: 100 }, { nama: '', capaian: 95 }],
        sasaran: [
          { perspektif: 'Stakeholder', nama: 'Terwujudnya Obat dan Makanan yang memenuhi syarat', nps: 99, predikat: null },
          { perspektif: 'Stakeholder', nama: 'Terwujudnya Obat dan Makanan yang Memenuhi Syarat', nps: 98, predikat: null },
          { perspektif: 'Stakeholder', nama: 'Terwujudnya Obat & Makanan yg memenuhi syarat', nps: 97, predikat: null },
        ],
      }),
    ];
    // A unit spelled two ways.
    units.push(unitReport({ unit: 'Loka POM Kota Batam', file: 'batam-lama.xlsx', npss: 97 }));
    const id = consolidate(units, 'id');
    const en = consolidate(units, 'en');
    const tren = consolidate([unitReport({ unit: DUMAI, periode: 'TW1' }), unitReport({ unit: DUMAI }), unitReport({ unit: DUMAI, file: 'salinan.xlsx' })], 'id');
    const all = [...id.findings, ...tren.findings];
    expect(new Set(all.map((f) => f.code))).toEqual(new Set(Object.keys(REKAP_MESSAGES)));
    expect(en.findings.map((f) => f.code)).toEqual(id.findings.map((f) => f.code));
    id.findings.forEach((f, i) => {
      for (const text of [f.message, en.findings[i].message]) {
        expect(text).toMatch(/\.$/);
        expect(text).not.toMatch(/\{\w+\}/);
        expect(text.endsWith(f.advice!) || text.endsWith(en.findings[i].advice!)).toBe(true);
      }
      expect(en.findings[i].message).not.toBe(f.message);
    });
  });
});

describe('names from files that are not names', () => {
  it('a 20,000-character unit name among others: no crash, and messages quote it clipped', () => {
    const long = `Loka POM ${'sangat '.repeat(3000)}panjang`;
    const indikator = [{ nama: `Indeks ${long}`, capaian: 100 }, { nama: 'Persentase Obat yang memenuhi syarat', capaian: 98 }];
    // The same unit twice (a finding quoting its name) beside a unit whose name is a paragraph.
    const units = [unitReport({ unit: long, npss: 100, indikator }), unitReport({ unit: 'Balai POM di Batam', npss: 99, indikator, file: 'a.xlsx' }), unitReport({ unit: 'Balai POM di Batam', npss: 98, indikator, file: 'b.xlsx' })];
    const rekap = consolidate(units, 'id');
    expect(rekap.units).toHaveLength(3);
    for (const f of rekap.findings) expect(f.message.length).toBeLessThan(3000);
  });
});
