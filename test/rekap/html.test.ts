/** @jest-environment jsdom */
/**
 * The rekap's HTML report read back as a browser parses it (jsdom's DOMParser): its structure
 * (language, captions, header scopes, named charts), every workbook name inert however hostile,
 * numbers in the language's format, nothing that reaches beyond the file, one bar per unit in its
 * predikat colour, heat-map cells in their kriteria colours with legible ink, and the trend only
 * when the rekap has one.
 */
import { contrastRatio, kriteria, predikat } from '../../src/core';
import { rekapHtml } from '../../src/rekap';
import type { Rekap } from '../../src/rekap';
import { BARS_PER_PANEL } from '../../src/rekap/html/bars';
import { HEAT_COLS, HEAT_ROWS } from '../../src/rekap/html/heatmap';
import { REKAP_CSS } from '../../src/rekap/html/style';
import { TABLE_UNIT_COLS } from '../../src/rekap/html/tables';
import { PROFILE, absentAt, dashAt, manyUnits, quarterRekap, rekapOf } from './support/html-rekap';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const THREE = rekapOf(
  [
    { unit: 'Balai Besar POM di Pekanbaru', npss: 101.666 },
    { unit: 'Loka POM di Kota Dumai', npss: 88.5 },
    { unit: 'Loka POM di Kabupaten Indragiri Hilir', npss: null },
  ],
  6,
  { findings: [{ file: 'dumai.xlsx', cell: 'Kinerja!E12', severity: 'warning', code: 'nama-mirip', message: 'Indikator "% obat memenuhi syarat" mirip dengan "Persentase Obat yang memenuhi syarat".', advice: 'Samakan namanya.' }] },
);

function hexOf(cssColour: string): string {
  // jsdom normalises style colours to rgb(r, g, b).
  const m = /rgb\((\d+), (\d+), (\d+)\)/.exec(cssColour);
  return m ? `#${m.slice(1).map((x) => Number(x).toString(16).padStart(2, '0')).join('')}`.toUpperCase() : cssColour.toUpperCase();
}

describe('structure', () => {
  it('is one document in the run language with a title, sections, captioned tables and scoped headers', () => {
    for (const lang of ['id', 'en'] as const) {
      const doc = parse(rekapHtml(THREE, lang, { title: 'Rekap TW II 2024', generated: '6 Desember 2026' }));
      expect(doc.documentElement.getAttribute('lang')).toBe(lang);
      expect(doc.title).toBe('Rekap TW II 2024');
      expect(doc.querySelector('h1')?.textContent).toBe('Rekap TW II 2024');
      expect(doc.body.textContent).toContain('6 Desember 2026');
      const captions = [...doc.querySelectorAll('table')].map((t) => t.querySelector(':scope > caption')?.textContent ?? '');
      expect(captions).toEqual(
        lang === 'id'
          ? ['Rekap Unit', 'Rekap Indikator', 'Rekap Sasaran', 'Temuan rekap']
          : ['Unit Summary', 'Indicator Summary', 'Sasaran Summary', 'Findings of the rekap'],
      );
      for (const th of doc.querySelectorAll('th')) expect(['col', 'row']).toContain(th.getAttribute('scope'));
      for (const th of doc.querySelectorAll('thead th')) expect(th.getAttribute('scope')).toBe('col');
      // Each unit is a row header of Rekap Unit, in the rekap's order.
      expect([...doc.querySelectorAll('#tbl-unit tbody th[scope=row]')].map((th) => th.textContent)).toEqual(THREE.units.map((u) => u.unit));
    }
  });

  it('names every chart by its title and describes it with the figures in words', () => {
    const doc = parse(rekapHtml(THREE, 'id'));
    const svgs = [...doc.querySelectorAll('svg')];
    expect(svgs.length).toBeGreaterThanOrEqual(2);
    for (const svg of svgs) {
      expect(svg.getAttribute('role')).toBe('img');
      const ids = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
      expect(ids.map((id) => doc.getElementById(id)?.tagName.toLowerCase())).toEqual(['title', 'desc']);
      expect(doc.getElementById(ids[1])?.textContent?.length).toBeGreaterThan(40);
    }
    // Each chart's title is printed above it too.
    for (const svg of svgs) expect(svg.closest('figure')?.querySelector('figcaption')?.textContent).toBe(svg.querySelector('title')?.textContent);
    const npssDesc = doc.getElementById('npss-1-d')?.textContent ?? '';
    expect(npssDesc).toContain('Balai Besar POM di Pekanbaru: 101,67 (Istimewa)');
    expect(npssDesc).toContain('Loka POM di Kota Dumai: 88,50 (Butuh Perbaikan)');
    expect(npssDesc).toContain('Loka POM di Kabupaten Indragiri Hilir: tidak dinilai');
  });

  it('lists the rekap findings with the severity in words, file, cell and message', () => {
    for (const [lang, word] of [['id', 'peringatan'], ['en', 'warning']] as const) {
      const row = parse(rekapHtml(THREE, lang)).querySelector('#tbl-findings tbody tr');
      expect([...row!.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
        word,
        'dumai.xlsx',
        'Kinerja!E12',
        `Indikator "% obat memenuhi syarat" mirip dengan "Persentase Obat yang memenuhi syarat".${lang === 'id' ? 'Saran' : 'Advice'}: Samakan namanya.`,
      ]);
    }
    expect(parse(rekapHtml(rekapOf([{ unit: 'A', npss: 100 }], 1), 'id')).querySelector('#h-findings + p')?.textContent).toBe('Tidak ada temuan.');
  });

  it('says so when there is nothing to summarise, still as a whole document', () => {
    const doc = parse(rekapHtml({ units: [], indikator: [], sasaran: [], tren: null, findings: [] }, 'en'));
    expect(doc.body.textContent).toContain('No unit reports to summarise.');
    expect(doc.querySelectorAll('svg')).toHaveLength(0);
  });
});

describe('names from the workbooks are inert', () => {
  const HOSTILE = ['<img src=x onerror=alert(1)>', '</style><script>alert(2)</script>', '</title><svg onload=alert(3)>', '"><a href="javascript:alert(4)">x</a>', "' onmouseover='alert(5)", '&amp; <!-- ]]> </textarea>'];

  function hostileRekap(): Rekap {
    const base = rekapOf(HOSTILE.map((unit, i) => ({ unit, npss: 90 + i, file: `${HOSTILE[(i + 1) % HOSTILE.length]}.xlsx` })), 3, {
      findings: HOSTILE.map((message, i) => ({ file: HOSTILE[i], cell: HOSTILE[(i + 2) % HOSTILE.length], severity: 'error' as const, code: 'x', message, advice: HOSTILE[(i + 3) % HOSTILE.length] })),
    });
    // Indicator, sasaran and perspective names hostile too; a trend whose unit and series are.
    const rows = base.indikator.map((r, k) => ({ ...r, nama: HOSTILE[k], sasaran: HOSTILE[k + 3] }));
    const tren = quarterRekap(2).tren!;
    return {
      ...base,
      indikator: rows,
      sasaran: base.sasaran.map((s, k) => ({ ...s, nama: HOSTILE[k], perspektif: HOSTILE[k + 1] })),
      tren: { ...tren, unit: HOSTILE[0], indikator: tren.indikator.map((s, k) => ({ ...s, nama: HOSTILE[k + 1] })) },
    };
  }

  it('comes out as text: no element, attribute or script from any name, and the names read as typed', () => {
    const html = rekapHtml(hostileRekap(), 'id', { title: HOSTILE[1], generated: HOSTILE[0] });
    const doc = parse(html);
    expect(doc.querySelectorAll('script, img, a, textarea, iframe, object, embed')).toHaveLength(0);
    expect(doc.querySelectorAll('svg svg')).toHaveLength(0);
    for (const el of doc.querySelectorAll('*')) for (const attr of el.getAttributeNames()) expect(attr).not.toMatch(/^on/i);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelector('style')?.textContent).toBe(REKAP_CSS);
    expect(doc.title).toBe(HOSTILE[1]);
    const text = doc.body.textContent ?? '';
    for (const name of HOSTILE) expect(text).toContain(name);
    expect([...doc.querySelectorAll('#tbl-unit tbody th')].map((th) => th.textContent)).toEqual(HOSTILE);
    // The raw markup never carries a name unescaped.
    for (const name of HOSTILE) expect(html).not.toContain(name);
  });
});

describe('numbers', () => {
  it('are written with 2 decimals and a comma in Indonesian, a dot in English', () => {
    const id = parse(rekapHtml(THREE, 'id'));
    const en = parse(rekapHtml(THREE, 'en'));
    const barLabels = (doc: Document) => [...doc.querySelectorAll('#npss-1-t ~ text')].map((t) => t.textContent).filter((s) => /\d[.,]\d\d$/.test(s ?? ''));
    expect(barLabels(id)).toEqual(['101,67', '88,50']);
    expect(barLabels(en)).toEqual(['101.67', '88.50']);
    const npssCell = (doc: Document) => doc.querySelector('#tbl-unit tbody tr td:nth-of-type(3)')?.textContent;
    expect(npssCell(id)).toBe('101,67');
    expect(npssCell(en)).toBe('101.67');
    const capaian = (doc: Document) => [...doc.querySelectorAll('#tbl-indikator-1 tbody th[scope=row] ~ td.num')].map((td) => td.textContent).filter((s) => s !== '-');
    expect(capaian(id).length).toBeGreaterThan(10);
    expect(capaian(id).every((s) => /^\d{1,3},\d\d$/.test(s ?? ''))).toBe(true);
    expect(capaian(en).every((s) => /^\d{1,3}\.\d\d$/.test(s ?? ''))).toBe(true);
  });
});

describe('self-contained', () => {
  it('names no URL, loads nothing and runs nothing', () => {
    for (const rekap of [THREE, rekapOf(manyUnits(76), 20), quarterRekap(5)]) {
      for (const lang of ['id', 'en'] as const) {
        const html = rekapHtml(rekap, lang);
        expect(html).not.toMatch(/https?:|\/\/|url\(|@import|<script|<link|<img|<iframe|<object|<embed|javascript:/i);
        for (const m of html.matchAll(/\b(?:src|href|xlink:href|srcset|action)\s*=\s*["']?([^"'\s>]*)/gi)) expect(m[1]).toMatch(/^data:/);
        const doc = parse(html);
        expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toMatch(/^default-src 'none'/);
      }
    }
  });
});

describe('NPSS by unit', () => {
  it('draws one bar per assessed unit in the rekap order, filled with its predikat colour', () => {
    for (const rekap of [THREE, rekapOf(manyUnits(76), 4)]) {
      const doc = parse(rekapHtml(rekap, 'id'));
      const bars = [...doc.querySelectorAll('rect.bar')];
      const assessed = rekap.units.map((u, i) => ({ u, i })).filter(({ u }) => u.npss !== null);
      expect(bars.map((b) => Number(b.getAttribute('data-unit')))).toEqual(assessed.map(({ i }) => i));
      expect(bars.map((b) => b.getAttribute('fill'))).toEqual(assessed.map(({ u }) => predikat(u.npss!, PROFILE).colour));
      // Longer bar, higher NPSS (one scale over every panel).
      const widths = bars.map((b) => Number(b.getAttribute('width')));
      const npss = assessed.map(({ u }) => u.npss!);
      for (let k = 1; k < widths.length; k++) expect(Math.sign(widths[k] - widths[k - 1])).toBe(Math.sign(npss[k] - npss[k - 1]));
      // Each panel has its reference line at 100.
      const panels = [...doc.querySelectorAll('svg[aria-labelledby^="npss-"]')];
      for (const p of panels) expect(p.querySelectorAll('line.ref')).toHaveLength(1);
    }
  });

  it('stays legible for 76 units: panels of at most 25 bars of the same height, growing with the units', () => {
    const doc = parse(rekapHtml(rekapOf(manyUnits(76), 4), 'id'));
    const panels = [...doc.querySelectorAll('svg[aria-labelledby^="npss-"]')];
    expect(panels.map((p) => p.querySelectorAll('rect.bar').length)).toEqual([19, 19, 19, 19]);
    expect(Math.max(...panels.map((p) => p.querySelectorAll('rect.bar').length))).toBeLessThanOrEqual(BARS_PER_PANEL);
    expect(new Set([...doc.querySelectorAll('rect.bar')].map((b) => b.getAttribute('height')))).toEqual(new Set(['14']));
    expect(panels[0].querySelector('title')?.textContent).toBe('NPSS per unit (1–19 dari 76)');
    expect(Number(panels[0].getAttribute('height'))).toBeGreaterThan(19 * 18);
  });

  it('keys the predikat colours present, highest first (the profile\'s order)', () => {
    const key = (rekap: Rekap) => [...parse(rekapHtml(rekap, 'id')).querySelectorAll('#h-npss ~ .legend li')].map((li) => li.textContent);
    // NPSS 125 down to 40: every band of the profile.
    expect(key(rekapOf(manyUnits(76), 4))).toEqual(PROFILE.predikat.map((b) => b.result.label));
    expect(key(THREE)).toEqual(['Istimewa', 'Butuh Perbaikan']);
  });
});

describe('capaian heat map', () => {
  it('fills each cell with its kriteria colour, writes the value in legible ink, blanks absent cells and dashes unassessed ones', () => {
    const rekap = rekapOf(manyUnits(12), 15);
    const doc = parse(rekapHtml(rekap, 'id'));
    const cells = [...doc.querySelectorAll('g.cell')];
    expect(cells).toHaveLength(12 * 15);
    let absent = 0;
    let dash = 0;
    for (const g of cells) {
      const r = Number(g.getAttribute('data-r'));
      const c = Number(g.getAttribute('data-c'));
      const v = rekap.indikator[r].values[c];
      if (absentAt(c, r)) {
        absent++;
        expect([v, g.classList.contains('absent'), g.querySelector('text')]).toEqual([null, true, null]);
        continue;
      }
      if (dashAt(c, r)) {
        dash++;
        expect([g.classList.contains('dash'), g.querySelector('text')?.textContent]).toEqual([true, '-']);
        continue;
      }
      const fill = g.querySelector('rect')!.getAttribute('fill')!;
      expect(fill).toBe(kriteria(v!.capaian!, PROFILE).colour);
      const text = g.querySelector('text')!;
      expect(text.textContent).toMatch(/^\d{2,3},\d\d$/);
      expect(contrastRatio(fill, text.getAttribute('fill')!)).toBeGreaterThanOrEqual(4.5);
    }
    expect(absent).toBeGreaterThan(0);
    expect(dash).toBeGreaterThan(0);
    const key = [...doc.querySelectorAll('#h-heat ~ .legend li')].map((li) => li.textContent);
    const present = new Set(rekap.indikator.flatMap((row) => row.values.map((v) => v?.kriteria?.label)));
    expect(key).toEqual(PROFILE.kriteria.map((b) => b.result.label).filter((l) => present.has(l)));
    expect(key.length).toBeGreaterThanOrEqual(3);
  });

  it('tiles 76 units × 30 indicators into panels that still hold the values, column heads turned', () => {
    const doc = parse(rekapHtml(rekapOf(manyUnits(76), 30), 'id'));
    const panels = [...doc.querySelectorAll('svg[aria-labelledby^="heat-"]')];
    expect(panels).toHaveLength(2 * 5);
    for (const p of panels) {
      const rs = new Set([...p.querySelectorAll('g.cell')].map((g) => g.getAttribute('data-r')));
      const cs = new Set([...p.querySelectorAll('g.cell')].map((g) => g.getAttribute('data-c')));
      expect(rs.size).toBeLessThanOrEqual(HEAT_ROWS);
      expect(cs.size).toBeLessThanOrEqual(HEAT_COLS);
      expect(p.querySelectorAll('text[transform*="rotate(-90)"]')).toHaveLength(cs.size);
    }
    // Every assessed cell shows its value.
    const assessed = [...doc.querySelectorAll('g.cell:not(.absent):not(.dash)')];
    expect(assessed.every((g) => /^\d{2,3},\d\d$/.test(g.querySelector('text')?.textContent ?? ''))).toBe(true);
    expect(doc.querySelectorAll('g.cell')).toHaveLength(76 * 30);
  });

  it("keeps the period whole in the heads and bar labels of one unit's quarters, cutting the unit name instead", () => {
    const unit = 'Balai Besar Pengawas Obat dan Makanan di Kota Pekanbaru Provinsi Riau';
    const specs = (['TW1', 'TW2', 'TW3', 'TW4'] as const).map((periode, q) => ({ unit, npss: 90 + q, periode }));
    const doc = parse(rekapHtml(rekapOf(specs, 3), 'id'));
    const heads = [...doc.querySelectorAll('svg[aria-labelledby^="heat-"] text[transform]')].map((t) => t.firstChild?.textContent ?? '');
    expect(heads.map((h) => / \((TW [IV]+)\)$/.exec(h)?.[1])).toEqual(['TW I', 'TW II', 'TW III', 'TW IV']);
    expect(heads.every((h) => h.startsWith('Balai Besar') && h.includes('…') && [...h].length <= 28)).toBe(true);
    const bars = [...doc.querySelectorAll('svg[aria-labelledby^="npss-"] text[text-anchor="end"]')].map((t) => t.firstChild?.textContent ?? '');
    expect(bars.map((h) => / \((TW [IV]+)\)$/.exec(h)?.[1])).toEqual(['TW I', 'TW II', 'TW III', 'TW IV']);
    // The whole label stays in the element's title.
    expect(doc.querySelector('svg[aria-labelledby^="heat-"] text[transform] title')?.textContent).toBe(`${unit} (TW I)`);
    // Reports and units are counted apart, and the order is said.
    expect(doc.querySelector('header')?.textContent).toContain('4 laporan dari 1 unit');
    expect(doc.querySelector('header')?.textContent).toContain('laporan satu unit berurutan menurut periode');
  });

  it('writes column heads across when there are few short unit names', () => {
    const doc = parse(rekapHtml(rekapOf([{ unit: 'Dumai', npss: 100 }, { unit: 'Batam', npss: 99 }], 3), 'en'));
    expect(doc.querySelectorAll('svg[aria-labelledby^="heat-"] text[transform]')).toHaveLength(0);
  });
});

describe('tables', () => {
  it('cut the indicator and sasaran matrices into tables of at most 10 units, each cell painted with readable ink', () => {
    const doc = parse(rekapHtml(rekapOf(manyUnits(76), 5), 'id'));
    const ind = [...doc.querySelectorAll('table[id^="tbl-indikator-"]')];
    expect(ind).toHaveLength(8);
    for (const t of ind) expect(t.querySelectorAll('thead th').length - 3).toBeLessThanOrEqual(TABLE_UNIT_COLS);
    expect(ind[0].querySelector('caption')?.textContent).toBe('Rekap Indikator (unit 1–10 dari 76)');
    expect(doc.querySelectorAll('table[id^="tbl-sasaran-"]')).toHaveLength(8);
    const graded = [...doc.querySelectorAll('td.graded')] as HTMLElement[];
    expect(graded.length).toBeGreaterThan(76 * 5);
    for (const td of graded) expect(contrastRatio(hexOf(td.style.backgroundColor), hexOf(td.style.color))).toBeGreaterThanOrEqual(4.5);
  });
});

describe('trend', () => {
  it('is drawn and tabled only when the rekap has one', () => {
    expect(parse(rekapHtml(THREE, 'id')).querySelector('#h-tren, #tbl-tren, svg[aria-labelledby^="tren-"]')).toBeNull();
    const rekap = quarterRekap(10);
    const doc = parse(rekapHtml(rekap, 'id'));
    expect(doc.querySelector('#h-tren')?.textContent).toBe('Tren Loka POM di Kota Dumai');
    const charts = [...doc.querySelectorAll('svg[aria-labelledby^="tren-"]')];
    // NPSS, then 10 indicators as 2 charts of 5 lines.
    expect(charts.map((c) => c.querySelectorAll('path.line').length)).toEqual([1, 5, 5]);
    // Axis labels: the four periods and the axis names.
    const texts = [...charts[0].querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['TW I 2024', 'TW II 2024', 'TW III 2024', 'TW IV 2024', 'Periode', 'NPSS']));
    // A missing NPSS (TW IV) breaks the line: 3 points, one moveto.
    expect(charts[0].querySelectorAll('circle')).toHaveLength(3);
    expect((charts[0].querySelector('path.line')?.getAttribute('d')?.match(/M/g) ?? []).length).toBe(1);
    // Every NPSS point carries its value; the indicator lines are numbered on across charts, as their keys are.
    expect(texts).toEqual(expect.arrayContaining(['92,50', '98,25', '101,67']));
    const ends = (c: Element) => [...c.querySelectorAll('text[font-weight="bold"]')].map((t) => t.textContent).filter((x) => /^\d+$/.test(x ?? ''));
    expect(charts.slice(1).map(ends)).toEqual([['1', '2', '3', '4', '5'], ['6', '7', '8', '9', '10']]);
    const keys = [...doc.querySelectorAll('ol.line-key')];
    expect(keys.map((k) => k.getAttribute('start'))).toEqual(['1', '6']);
    expect(keys[1].querySelector('li')?.textContent).toBe(rekap.tren!.indikator[5].nama);
    expect(doc.getElementById('tren-npss-d')?.textContent).toContain('NPSS: TW I 2024 92,50, TW II 2024 98,25, TW III 2024 101,67, TW IV 2024 tidak dinilai');
    const tren = doc.querySelector('#tbl-tren')!;
    expect([...tren.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Indikator', 'TW I 2024', 'TW II 2024', 'TW III 2024', 'TW IV 2024']);
    expect([...tren.querySelectorAll('tbody tr')[0].querySelectorAll('td')].map((td) => td.textContent)).toEqual(['92,50', '98,25+5,75', '101,67+3,42', '-']);
    expect(tren.querySelectorAll('tbody tr')).toHaveLength(11);
  });
});
