/**
 * The tables behind the charts (Rekap Unit, Rekap Indikator, Rekap Sasaran, Tren) and the
 * rekap's findings, as real tables: a <caption>, column heads `scope="col"`, the row's name as
 * `scope="row"`. Matrices of many units are cut into tables of at most 10 unit columns so that
 * none is wider than a landscape page; each repeats its head on every printed page.
 */
import type { Lang } from '../../core';
import { inkOn } from '../../core';
import { periodLabel } from '../../workbook';
import type { Grade, Rekap, Tren } from '../model';
import { esc, safeColour } from './escape';
import { slices, unitLabels } from './labels';
import { num, severityWord, signed, t } from './texts';

/** Unit columns per matrix table. */
export const TABLE_UNIT_COLS = 10;

/** A cell painted with its grade's colour, its text in the ink that reads on it. */
function gradedCell(text: string, grade: Grade | null, kind: 'num' | 'word' = 'num'): string {
  if (!grade) return `<td class="${kind}">${esc(text)}</td>`;
  const fill = safeColour(grade.colour, '#ffffff');
  return `<td class="${kind} graded" style="background:${fill};color:${inkOn(fill)}">${esc(text)}</td>`;
}

function figure(value: number | null, lang: Lang): string {
  return value === null ? '-' : num(value, lang);
}

/** Rekap Unit: one row per report in the rekap's order. */
export function unitTable(rekap: Rekap, lang: Lang): string {
  const labels = unitLabels(rekap.units, lang);
  const perspektif: string[] = [];
  for (const u of rekap.units) for (const p of u.perspektif) if (!perspektif.includes(p.nama)) perspektif.push(p.nama);
  const head: Head[] = [t(lang, 'no'), t(lang, 'unit'), t(lang, 'periode'), t(lang, 'npss'), t(lang, 'predikat'), ...perspektif.map((p) => ({ name: t(lang, 'np', { nama: p }) })), t(lang, 'indikatorDinilai'), t(lang, 'temuan'), t(lang, 'berkas')];
  const rows = rekap.units.map((u, i) => {
    const np = perspektif.map((name) => {
      const p = u.perspektif.find((q) => q.nama === name);
      return p ? gradedCell(figure(p.np, lang), p.predikat) : '<td class="num">-</td>';
    });
    return (
      `<tr><td class="num">${i + 1}</td><th scope="row">${esc(labels[i])}</th><td class="word">${esc(periodLabel(u.periode, lang))}${u.tahun !== null ? ` ${u.tahun}` : ''}</td>` +
      `${gradedCell(figure(u.npss, lang), u.predikat)}${gradedCell(u.predikat?.label ?? '-', u.predikat, 'word')}${np.join('')}` +
      `<td class="num">${u.counts.assessed} / ${u.counts.indicators}</td><td class="num">${u.counts.errors} / ${u.counts.warnings} / ${u.counts.infos}</td>` +
      `<td class="file">${esc(u.sheet ? `${u.file} — ${u.sheet}` : u.file)}</td></tr>`
    );
  });
  return table('tbl-unit', t(lang, 'rekapUnit'), head, rows);
}

/** A column head: our own word, or a name from the workbooks (a unit, a perspective), which may break anywhere so that no column outgrows the page. */
type Head = string | { readonly name: string };

function table(id: string, caption: string, head: readonly Head[], rows: readonly string[]): string {
  const th = (h: Head) => (typeof h === 'string' ? `<th scope="col">${esc(h)}</th>` : `<th scope="col" class="name">${esc(h.name)}</th>`);
  return (
    `<table id="${id}"><caption>${esc(caption)}</caption><thead><tr>${head.map(th).join('')}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

/** A matrix (rows × unit columns) cut into tables of at most TABLE_UNIT_COLS units. */
function matrix(rekap: Rekap, lang: Lang, idBase: string, caption: string, lead: readonly string[], rows: ReadonlyArray<{ lead: readonly string[]; name: string; cells: (c: number) => string }>): string {
  const labels = unitLabels(rekap.units, lang);
  const parts = slices(rekap.units.length, TABLE_UNIT_COLS);
  return parts
    .map(([c0, c1], p) => {
      const cap = parts.length > 1 ? `${caption} ${t(lang, 'partOf', { from: c0 + 1, to: c1, n: rekap.units.length })}` : caption;
      const head: Head[] = [...lead, ...labels.slice(c0, c1).map((name) => ({ name }))];
      const body = rows.map((r) => {
        let tr = '<tr>';
        r.lead.forEach((l, k) => (tr += k === 0 ? `<td class="num">${esc(l)}</td>` : `<td class="name">${esc(l)}</td>`));
        tr += `<th scope="row">${esc(r.name)}</th>`;
        for (let c = c0; c < c1; c++) tr += r.cells(c);
        return `${tr}</tr>`;
      });
      return table(`${idBase}-${p + 1}`, cap, head, body);
    })
    .join('');
}

const ABSENT_CELL = (lang: Lang) => `<td class="absent"><span class="sr">${esc(t(lang, 'absent'))}</span></td>`;

/** Rekap Indikator: capaian of each matched indicator × unit, painted by kriteria. */
export function indikatorTables(rekap: Rekap, lang: Lang): string {
  if (!rekap.indikator.length) return '';
  return matrix(
    rekap,
    lang,
    'tbl-indikator',
    t(lang, 'rekapIndikator'),
    [t(lang, 'no'), t(lang, 'sasaran'), t(lang, 'indikator')],
    rekap.indikator.map((row, i) => ({
      lead: [String(i + 1), row.sasaran],
      name: row.nama,
      cells: (c: number) => {
        const v = row.values[c];
        return v ? gradedCell(figure(v.capaian, lang), v.capaian === null ? null : v.kriteria) : ABSENT_CELL(lang);
      },
    })),
  );
}

/** Rekap Sasaran: NPS of each sasaran × unit, painted by predikat. */
export function sasaranTables(rekap: Rekap, lang: Lang): string {
  if (!rekap.sasaran.length) return '';
  return matrix(
    rekap,
    lang,
    'tbl-sasaran',
    t(lang, 'rekapSasaran'),
    [t(lang, 'no'), t(lang, 'perspektif'), t(lang, 'sasaran')],
    rekap.sasaran.map((row, i) => ({
      lead: [String(i + 1), row.perspektif],
      name: row.nama,
      cells: (c: number) => {
        const v = row.values[c];
        return v ? gradedCell(figure(v.nps, lang), v.nps === null ? null : v.predikat) : ABSENT_CELL(lang);
      },
    })),
  );
}

/** Tren: NPSS and each indicator by period, the change under each figure. */
export function trenTable(tren: Tren | null, lang: Lang): string {
  if (!tren || !tren.periods.length) return '';
  const caption = `${t(lang, 'tren')} — ${tren.unit}. ${t(lang, tren.compare === 'tahun' ? 'trenChangeTahun' : 'trenChangePeriode')}`;
  const head = [t(lang, 'indikator'), ...tren.periods.map((p) => p.label)];
  const rows = [tren.npss, ...tren.indikator].map((s, k) => {
    const cells = s.values.map((v, i) => {
      const change = s.change[i];
      return `<td class="num">${esc(figure(v, lang))}${change !== null ? `<br><span class="change">${esc(signed(change, lang))}</span>` : ''}</td>`;
    });
    return `<tr${k === 0 ? ' class="total"' : ''}><th scope="row">${esc(k === 0 ? 'NPSS' : s.nama)}</th>${cells.join('')}</tr>`;
  });
  return table('tbl-tren', caption, head, rows);
}

/** The rekap's findings: severity in words, file, cell, message (and advice). */
export function findingsTable(rekap: Rekap, lang: Lang): string {
  if (!rekap.findings.length) return `<p>${esc(t(lang, 'noFindings'))}</p>`;
  const rows = rekap.findings.map(
    (f) =>
      `<tr class="sev-${f.severity}"><td class="word">${esc(severityWord(f.severity, lang))}</td><td class="file">${esc(f.file ?? t(lang, 'semua'))}</td><td class="name">${esc(f.cell ?? '-')}</td>` +
      `<td class="name">${esc(f.message)}${f.advice ? `<br><span class="advice">${esc(`${t(lang, 'saran')}: ${f.advice}`)}</span>` : ''}</td></tr>`,
  );
  return table('tbl-findings', t(lang, 'findingsHeading'), [t(lang, 'tingkat'), t(lang, 'berkas'), t(lang, 'sel'), t(lang, 'pesan')], rows);
}
