/**
 * Name matching of the rekap: spellings of one name merge, near-matches are found (and only
 * found), different indicators stay apart — on the wordings of real reports (the Dumai LAKIN,
 * the example).
 */
import { QUARTERLY_2024 } from '../../scripts/fixture-data';
import { DUMAI_TW2_2024 } from '../../src/core';
import { contentWords, nameKey, nearMatches, unitPattern } from '../../src/rekap';

const OBAT = 'Persentase Obat yang memenuhi syarat';

/** The pairs nearMatches finds, as the two names. */
const pairsOf = (names: readonly string[]): string[][] => nearMatches(names).map((p) => [names[p.a], names[p.b]]);

describe('nameKey: spellings of one name', () => {
  it.each([
    ['another case', 'Persentase Obat yang Memenuhi Syarat'],
    ['runs of spaces and a line break (a wrapped cell)', 'Persentase  Obat yang\nmemenuhi   syarat'],
    ['no-break spaces pasted from a PDF', 'Persentase\u00a0Obat yang\u202fmemenuhi syarat'],
    ['a trailing full stop', 'Persentase Obat yang memenuhi syarat.'],
    ['curly quotes around it', '\u201cPersentase Obat yang memenuhi syarat\u201d'],
    ['a list bullet and spaces around it', '  • Persentase Obat yang memenuhi syarat  '],
    ['a zero-width space from a web page', 'Persentase Obat\u200b yang memenuhi syarat'],
  ])('%s merges', (_, spelling) => {
    expect(nameKey(spelling)).toBe(nameKey(OBAT));
  });

  it('makes curly dashes and quotes plain and closes spaces inside brackets and around slashes', () => {
    expect(nameKey('Rata\u2013rata waktu penyelesaian sertifikasi ( hari )')).toBe(nameKey('Rata-rata waktu penyelesaian sertifikasi (hari)'));
    expect(nameKey('Persentase keputusan / rekomendasi hasil inspeksi')).toBe(nameKey('Persentase keputusan/rekomendasi hasil inspeksi'));
  });

  it('changes no word: abbreviations, filler words, brackets and other words keep names apart', () => {
    expect(nameKey('% obat memenuhi syarat')).not.toBe(nameKey(OBAT));
    expect(nameKey('Persentase Obat memenuhi syarat')).not.toBe(nameKey(OBAT));
    expect(nameKey('Persentase Makanan yang memenuhi syarat')).not.toBe(nameKey(OBAT));
    expect(nameKey('Rata-rata waktu penyelesaian sertifikasi (hari)')).not.toBe(nameKey('Rata-rata waktu penyelesaian sertifikasi'));
  });

  it('gives the 25 indicators of the Dumai report 25 keys', () => {
    expect(new Set(DUMAI_TW2_2024.map((r) => nameKey(r.indikator))).size).toBe(DUMAI_TW2_2024.length);
  });
});

describe('contentWords', () => {
  it('expands abbreviations and drops filler words', () => {
    expect(contentWords(OBAT)).toEqual(['persentase', 'obat', 'memenuhi', 'syarat']);
    expect(contentWords('% obat memenuhi syarat')).toEqual(['persentase', 'obat', 'memenuhi', 'syarat']);
    expect(contentWords('% Obat MS')).toEqual(['persentase', 'obat', 'memenuhi', 'syarat']);
    expect(contentWords('Jml sampel Obat & Makanan yg diuji')).toEqual(['jumlah', 'sampel', 'obat', 'makanan', 'diuji']);
  });
});

describe('nearMatches', () => {
  it("finds the issue's example", () => {
    expect(pairsOf([OBAT, '% obat memenuhi syarat'])).toEqual([[OBAT, '% obat memenuhi syarat']]);
    expect(nearMatches([OBAT, '% obat memenuhi syarat'])[0].similarity).toBe(1);
  });

  it('does not pair indicators that count different things', () => {
    expect(pairsOf([OBAT, 'Persentase Makanan yang memenuhi syarat'])).toEqual([]);
    expect(pairsOf(['Persentase sarana produksi Obat dan Makanan yang memenuhi ketentuan', 'Persentase sarana distribusi Obat dan Makanan yang memenuhi ketentuan'])).toEqual([]);
    expect(pairsOf([OBAT, 'Persentase Obat yang tidak memenuhi syarat'])).toEqual([]);
    expect(pairsOf(['Persentase sampel Obat yang diperiksa dan diuji sesuai standar', 'Persentase sampel Makanan yang diperiksa dan diuji sesuai standar'])).toEqual([]);
  });

  it('pairs a name with a typo in a commodity word (the seed report writes "Farmasai")', () => {
    const typo = 'Persentase Keterlibatan UPT dalam Program Sediaan Farmasai';
    expect(pairsOf([typo, 'Persentase Keterlibatan UPT dalam Program Sediaan Farmasi'])).toHaveLength(1);
  });

  it('pairs one word more or less, and an abbreviated conjunction', () => {
    expect(pairsOf(['Persentase keberhasilan penindakan kejahatan di bidang Obat dan Makanan', 'Persentase keberhasilan penindakan kejahatan Obat & Makanan'])).toHaveLength(1);
    expect(pairsOf(['Indeks Kepuasan Masyarakat terhadap Layanan Publik UPT', 'Indeks Kepuasan Masyarakat thd Layanan Publik'])).toHaveLength(1);
  });

  it("finds no pair among one report's own indicators (they are all different)", () => {
    expect(pairsOf(DUMAI_TW2_2024.map((r) => r.indikator))).toEqual([]);
    expect(pairsOf(QUARTERLY_2024.map((r) => r.indikator))).toEqual([]);
  });

  it('finds in a large list exactly the pairs it finds two names at a time (the prefix filter loses none)', () => {
    const base = [...DUMAI_TW2_2024.map((r) => r.indikator), ...QUARTERLY_2024.map((r) => r.indikator)];
    const variants = base.flatMap((n) => [n.replace(/Persentase/, '%'), n.replace(/ yang /g, ' '), n.replace(/ dan /g, ' & '), `${n} UPT`, n.replace(/Obat/, 'Kosmetik')]);
    const names = [...new Map([...base, ...variants].map((n) => [nameKey(n), n])).values()];
    const expected: string[][] = [];
    for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) if (nearMatches([names[i], names[j]]).length === 1) expected.push([names[i], names[j]]);
    expect(expected.length).toBeGreaterThan(base.length);
    expect(pairsOf(names)).toEqual(expected);
  });
});

describe('unitPattern', () => {
  it("finds a unit's own name inside a name, whatever its case and spacing", () => {
    const p = unitPattern('Loka POM di Kota Dumai')!;
    expect('Indeks Profesionalitas ASN Loka POM di  kota\u00a0Dumai'.replace(p, 'X')).toBe('Indeks Profesionalitas ASN X');
    expect('Indeks Profesionalitas ASN Loka POM di Kota Dumaiku'.replace(p, 'X')).toBe('Indeks Profesionalitas ASN Loka POM di Kota Dumaiku');
  });

  it('looks for no one-word name (a file name such as "dumai" could be any word)', () => {
    expect(unitPattern('dumai')).toBeNull();
  });
});

describe('nearMatches: numbers', () => {
  it('does not pair names that differ in a number', () => {
    expect(pairsOf(['Indikator Kinerja Sasaran Strategis 1 yang tercapai', 'Indikator Kinerja Sasaran Strategis 2 yang tercapai'])).toEqual([]);
  });
});
