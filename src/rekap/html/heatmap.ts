/**
 * Capaian as a heat map, indicator × unit: each cell filled with its kriteria colour and the
 * value written in it in black or white by WCAG contrast (when it fits), a blank crossed cell
 * where the unit has no such indicator, `-` where it has it but it was not assessed. Large
 * rekaps are tiled into panels of at most 24 indicators × 16 units, so a value still fits in
 * its cell and each panel fits a landscape page.
 */
import type { Lang } from '../../core';
import { inkOn } from '../../core';
import type { Rekap } from '../model';
import { clip, esc, safeColour } from './escape';
import { shortUnitLabels, slices, unitLabels } from './labels';
import { CHART_WIDTH, CHAR_W, INK, RULE, figcaption, px, svgShell } from './svg';
import { num, t } from './texts';

/** Indicators per panel. */
export const HEAT_ROWS = 24;
/** Units per panel: 16 cells of 43 px beside a 300 px label column hold `101,67` at 10 px. */
export const HEAT_COLS = 16;
const LABEL_W = 300;
const ROW = 22;
const MAX_CELL = 90;
/** Width of a digit at the cells' 10 px (px). */
const DIGIT_W = 5.8;
/** Longest unit label drawn in a rotated column head (characters): the unit name is cut, never the period. */
const HEAD_CHARS = 28;
/** Fill of a graded cell whose kriteria has no colour, and of a not-assessed cell. */
const NO_KRITERIA = '#f2f2f2';

/** The heat map panels (one <figure> each), or '' without indicators or units. */
export function capaianHeatMap(rekap: Rekap, lang: Lang): string {
  const { units, indikator } = rekap;
  if (!units.length || !indikator.length) return '';
  const labels = unitLabels(units, lang);
  const short = shortUnitLabels(units, lang, HEAD_CHARS);
  const rowParts = slices(indikator.length, HEAT_ROWS);
  const colParts = slices(units.length, HEAT_COLS);
  const out: string[] = [];
  for (const [r0, r1] of rowParts) {
    for (const [c0, c1] of colParts) {
      const cols = c1 - c0;
      const cell = Math.min(MAX_CELL, Math.floor((CHART_WIDTH - LABEL_W - 10) / cols));
      const heads = short.slice(c0, c1);
      // Column heads are written across when every one fits its cell, else turned to read upwards.
      const rotate = heads.some((h) => h.length * CHAR_W > cell - 4);
      const headH = rotate ? Math.ceil(Math.max(...heads.map((h) => h.length)) * CHAR_W) + 12 : 22;
      const x0 = LABEL_W + 10;
      const width = Math.min(CHART_WIDTH, x0 + cols * cell + 2);
      const height = headH + (r1 - r0) * ROW + 2;
      const counts = new Map<string, number>();
      let assessed = 0;
      let dash = 0;
      let absent = 0;
      let body = '';
      heads.forEach((h, k) => {
        const cx = x0 + k * cell + cell / 2;
        body += rotate
          ? `<text transform="translate(${px(cx + 4)},${headH - 6}) rotate(-90)" fill="${INK}">${esc(h)}<title>${esc(labels[c0 + k])}</title></text>`
          : `<text x="${px(cx)}" y="${headH - 6}" text-anchor="middle" fill="${INK}">${esc(h)}<title>${esc(labels[c0 + k])}</title></text>`;
      });
      for (let r = r0; r < r1; r++) {
        const row = indikator[r];
        const y = headH + (r - r0) * ROW;
        body += `<text x="${LABEL_W}" y="${y + ROW / 2 + 4}" text-anchor="end" fill="${INK}">${esc(clip(row.nama, Math.floor(LABEL_W / CHAR_W)))}<title>${esc(row.nama)}</title></text>`;
        for (let c = c0; c < c1; c++) {
          const x = x0 + (c - c0) * cell;
          const v = row.values[c];
          const where = `${row.nama} — ${labels[c]}`;
          if (!v) {
            absent++;
            body += `<g class="cell absent" data-r="${r}" data-c="${c}"><rect x="${px(x)}" y="${y}" width="${cell}" height="${ROW}" fill="#ffffff" stroke="${RULE}" stroke-width="0.5"/><line x1="${px(x)}" y1="${y + ROW}" x2="${px(x + cell)}" y2="${y}" stroke="${RULE}" stroke-width="0.5"/><title>${esc(`${where}: ${t(lang, 'absent')}`)}</title></g>`;
            continue;
          }
          if (v.capaian === null) {
            dash++;
            body += `<g class="cell dash" data-r="${r}" data-c="${c}"><rect x="${px(x)}" y="${y}" width="${cell}" height="${ROW}" fill="${NO_KRITERIA}" stroke="#ffffff"/><text x="${px(x + cell / 2)}" y="${y + ROW / 2 + 4}" text-anchor="middle" fill="${INK}">-</text><title>${esc(`${where}: ${t(lang, 'notAssessed')}`)}</title></g>`;
            continue;
          }
          assessed++;
          const fill = safeColour(v.kriteria?.colour, NO_KRITERIA);
          if (v.kriteria) counts.set(v.kriteria.label, (counts.get(v.kriteria.label) ?? 0) + 1);
          const value = num(v.capaian, lang);
          const fits = value.length * DIGIT_W <= cell - 4;
          body +=
            `<g class="cell" data-r="${r}" data-c="${c}"><rect x="${px(x)}" y="${y}" width="${cell}" height="${ROW}" fill="${fill}" stroke="#ffffff"/>` +
            (fits ? `<text x="${px(x + cell / 2)}" y="${y + ROW / 2 + 4}" text-anchor="middle" font-size="10" fill="${inkOn(fill)}">${esc(value)}</text>` : '') +
            `<title>${esc(`${where}: ${value}${v.kriteria ? ` (${v.kriteria.label})` : ''}`)}</title></g>`;
        }
      }
      const title = t(lang, 'heatPanel', { rFrom: r0 + 1, rTo: r1, rN: indikator.length, cFrom: c0 + 1, cTo: c1, cN: units.length });
      const desc = t(lang, 'heatDesc', { cells: assessed, dash, absent, counts: [...counts].map(([k, n]) => `${k} ${n}`).join(', ') || '-' });
      const id = `heat-${out.length + 1}`;
      out.push(`<figure class="chart-panel">${figcaption(title)}${svgShell(id, width, height, title, desc, body)}</figure>`);
    }
  }
  return out.join('');
}
