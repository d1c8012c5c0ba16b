/**
 * What the header tells the user (issue 12, deliverable 4: never silent): a sheet that only
 * looks like a table, two columns claiming one role, a header read one way of two, a header
 * that names nothing we use, a year's target taken as the annual one, an empty table.
 */
import type { Lang } from '../core';
import { cellRef } from './a1';
import { periodLabel } from './layout';
import type { Layout } from './layout';
import type { Role } from './headers';
import { exampleHeader, roleName, roleNames } from './role-names';
import { FindingSink, short } from './values';

// Roles whose column feeds the computation: a duplicate there may change the numbers.
const OUTPUT_ROLES: ReadonlySet<Role> = new Set<Role>(['no', 'capaian', 'kriteria', 'capaianTahunan', 'status', 'capaianInput', 'ie', 'te', 'capaianTe', 'kategori']);

const TABLE: Readonly<Record<Layout['kind'], Readonly<Record<Lang, { table: string; rows: string }>>>> = {
  kinerja: { id: { table: 'kinerja', rows: 'indikator' }, en: { table: 'performance', rows: 'indicator' } },
  efisiensi: { id: { table: 'efisiensi anggaran', rows: 'kegiatan' }, en: { table: 'budget efficiency', rows: 'activity' } },
};

/** The recognised header texts, quoted, for a message. */
function seenHeaders(layout: Layout): string {
  const texts = layout.headers.map((h) => `"${short(h.text, 30)}"`);
  return texts.length > 8 ? `${texts.slice(0, 8).join(', ')}, …` : texts.join(', ');
}

/** The quoted header texts of a layout (for `kolom-tidak-ditemukan`). */
export function headersSeen(layout: Layout, lang: Lang): string {
  return layout.headers.length > 0 ? seenHeaders(layout) : lang === 'en' ? 'none' : 'tidak ada';
}

/** Findings about the header itself. Returns false when the table cannot be computed at all. */
export function reportHeader(layout: Layout, sink: FindingSink): boolean {
  const { lang } = sink;
  const firstCol = layout.headers[0]?.col ?? sink.grid.left;
  const words = TABLE[layout.kind][lang];
  if (layout.missing.length > 0) {
    sink.at(layout.headerRow, firstCol, 'error', 'tabel-tidak-lengkap', 'tabel-tidak-lengkap', {
      table: words.table,
      seen: seenHeaders(layout),
      missing: roleNames(layout.missing, lang),
      example: layout.missing.map(exampleHeader).join('", "'),
      sheet: layout.sheet,
    });
  }
  for (const d of layout.duplicates) {
    const [used, ...others] = d.columns;
    const feeds = !OUTPUT_ROLES.has(d.role) && (Object.values(layout.columns) as number[]).includes(used.col);
    const role = `${roleName(d.role, lang)}${d.quarter !== null ? ` (TW ${['I', 'II', 'III', 'IV'][d.quarter - 1]})` : ''}`;
    for (const o of others) {
      sink.at(layout.headerRow, o.col, feeds ? 'error' : 'warning', 'kolom-ganda', 'kolom-ganda', { used: cellRef(layout.sheet, layout.headerRow, used.col), usedText: short(used.text, 40), text: short(o.text, 40), role });
    }
  }
  for (const a of layout.ambiguous) {
    sink.at(a.row, a.col, 'info', 'judul-ambigu', 'judul-ambigu', { text: short(a.text, 40), role: roleName(a.role, lang), others: roleNames(a.others, lang), example: [a.role, ...a.others].map(exampleHeader).join('" / "') });
  }
  for (const y of layout.yearAnnual) sink.at(y.row, y.col, 'info', 'kolom-tahun-jadi-tahunan', 'kolom-tahun-jadi-tahunan', { text: short(y.text, 40), role: roleName(y.role, lang) });
  for (const y of layout.otherYears) sink.at(y.row, y.col, 'info', 'kolom-tahun-lain', 'kolom-tahun-lain', { text: short(y.text, 40), year: y.year, latest: y.latest });
  // A realisasi named by a year is the one doubt a year label leaves: last year's beside this
  // year's quarters ("Realisasi Tahun 2023" in an annual run beside "Realisasi TW IV").
  if (layout.kind === 'kinerja') {
    const used = layout.headers.find((h) => h.col === layout.columns.realisasi);
    if (used && typeof used.year === 'number' && layout.headers.some((h) => (h.role === 'realisasi' || h.role === 'realisasiTahunan') && h.col !== used.col && (h.year === null || h.year === undefined))) {
      sink.at(layout.headerRow, used.col, 'info', 'realisasi-bertahun', 'realisasi-bertahun', { text: short(used.text, 40), year: used.year, role: roleName(used.role, lang), period: periodLabel(layout.period, lang) });
    }
  }
  for (const u of layout.unmatched) sink.at(u.row, u.col, 'info', 'judul-tidak-dikenal', 'judul-tidak-dikenal', { text: short(u.text, 40) });
  return layout.missing.length === 0;
}

/** The warning for a table with a header and no rows below it. */
export function reportEmpty(layout: Layout, sink: FindingSink): void {
  const words = TABLE[layout.kind][sink.lang];
  sink.at(layout.headerRow, layout.headers[0]?.col ?? sink.grid.left, 'warning', 'tabel-kosong', 'tabel-kosong', { table: words.table, rows: words.rows });
}
