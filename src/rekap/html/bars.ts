/**
 * NPSS by unit: one horizontal bar per unit report in the rekap's order, coloured by its
 * predikat, the value written beside each bar and a reference line at 100. Many units are drawn
 * as several panels of at most 25 bars on one scale, so each panel fits a printed page and none
 * is cut across two.
 */
import type { Lang } from '../../core';
import type { Rekap } from '../model';
import { esc, safeColour } from './escape';
import { shortUnitLabels, unitLabels, slices } from './labels';
import { CHART_WIDTH, CHAR_W, INK, RULE, figcaption, niceScale, px, svgShell } from './svg';
import { num, t } from './texts';

/** Bars per panel (a landscape page holds 25 rows of 20 px with the heading). */
export const BARS_PER_PANEL = 25;
/** The fill of a bar whose unit has no predikat. */
const NO_PREDIKAT = '#d9d9d9';
const ROW = 20;
const BAR = 14;
const LABEL_W = 320;
const VALUE_W = 70;
const TOP = 24;
const BOTTOM = 26;

/** The NPSS charts (one <figure> per panel), or '' when there are no units. */
export function npssBars(rekap: Rekap, lang: Lang): string {
  const units = rekap.units;
  const labels = unitLabels(units, lang);
  // Cut to the label column, the period kept whole (a unit's quarters must stay told apart).
  const short = shortUnitLabels(units, lang, Math.floor(LABEL_W / CHAR_W));
  const values = units.map((u) => u.npss).filter((v): v is number => v !== null);
  const scale = niceScale(0, Math.max(100, ...values) * 1.02);
  const x0 = LABEL_W + 10;
  const x1 = CHART_WIDTH - VALUE_W;
  const xOf = (v: number) => x0 + ((Math.max(0, Math.min(v, scale.hi)) - 0) / scale.hi) * (x1 - x0);
  const parts = slices(units.length, BARS_PER_PANEL);
  return parts
    .map(([from, to], p) => {
      const id = `npss-${p + 1}`;
      const height = TOP + (to - from) * ROW + BOTTOM;
      const title = parts.length > 1 ? t(lang, 'npssPanel', { from: from + 1, to, n: units.length }) : t(lang, 'npssHeading');
      const words: string[] = [];
      let body = '';
      for (let v = 0; v <= scale.hi + 1e-9; v += scale.step) {
        body += `<line x1="${px(xOf(v))}" x2="${px(xOf(v))}" y1="${TOP}" y2="${height - BOTTOM}" stroke="#e0e0e0"/>`;
        body += `<text x="${px(xOf(v))}" y="${height - BOTTOM + 16}" text-anchor="middle" fill="${INK}">${esc(num(v, lang).replace(/[.,]00$/, ''))}</text>`;
      }
      for (let i = from; i < to; i++) {
        const u = units[i];
        const y = TOP + (i - from) * ROW;
        const name = labels[i];
        body += `<text x="${LABEL_W}" y="${y + ROW / 2 + 4}" text-anchor="end" fill="${INK}">${esc(short[i])}<title>${esc(name)}</title></text>`;
        if (u.npss === null) {
          body += `<text x="${x0 + 4}" y="${y + ROW / 2 + 4}" fill="${INK}" font-style="italic">${esc(t(lang, 'notAssessed'))}</text>`;
          words.push(`${name}: ${t(lang, 'notAssessed')}`);
          continue;
        }
        const fill = safeColour(u.predikat?.colour, NO_PREDIKAT);
        const w = Math.max(1, xOf(u.npss) - x0);
        const value = num(u.npss, lang);
        body +=
          `<rect class="bar" data-unit="${i}" x="${x0}" y="${y + (ROW - BAR) / 2}" width="${px(w)}" height="${BAR}" fill="${fill}" stroke="${INK}" stroke-width="0.5">` +
          `<title>${esc(`${name}: ${value}${u.predikat ? ` (${u.predikat.label})` : ''}`)}</title></rect>`;
        body += `<text x="${px(x0 + w + 4)}" y="${y + ROW / 2 + 4}" fill="${INK}">${esc(value)}</text>`;
        words.push(`${name}: ${value}${u.predikat ? ` (${u.predikat.label})` : ''}`);
      }
      // The reference line on top of the bars: 100 is where a unit meets its targets on average.
      body += `<line class="ref" x1="${px(xOf(100))}" x2="${px(xOf(100))}" y1="${TOP - 6}" y2="${height - BOTTOM}" stroke="${INK}" stroke-width="1.5" stroke-dasharray="5 3"/>`;
      body += `<text x="${px(xOf(100))}" y="${TOP - 10}" text-anchor="middle" fill="${INK}" font-weight="bold">100</text>`;
      body += `<line x1="${x0}" x2="${x0}" y1="${TOP}" y2="${height - BOTTOM}" stroke="${RULE}"/>`;
      const desc = `${t(lang, 'npssDesc')} ${words.join('; ')}.`;
      return `<figure class="chart-panel">${figcaption(title)}${svgShell(id, CHART_WIDTH, height, title, desc, body)}</figure>`;
    })
    .join('');
}
