/**
 * One unit's periods as line charts (when the rekap has a `tren`): the NPSS by period, then the
 * indicators' capaian by period, at most 8 lines a chart so each line can be told apart (colour,
 * dash and a number at its end that the key under the chart names).
 */
import type { Lang } from '../../core';
import type { Tren, TrenSeries } from '../model';
import { esc } from './escape';
import { slices } from './labels';
import { CHART_WIDTH, INK, RULE, figcaption, niceScale, px, svgShell } from './svg';
import { num, t } from './texts';

/** Lines per indicator chart. */
export const LINES_PER_CHART = 8;
/** Line colours, each ≥ 4.5:1 on white so a line reads as well as text does. */
const PALETTE = ['#1f4e79', '#c00000', '#38761d', '#7030a0', '#8a5a00', '#0b5394', '#833c0b', '#404040'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3'];
const HEIGHT = 300;
const LEFT = 64;
const RIGHT = 40;
const TOP = 20;
const BOTTOM = 48;

/**
 * One line chart. `first`: the number of the chart's first line in the whole list (1-based), so
 * the numbers at the line ends and in the key run on across charts; null for the NPSS chart,
 * whose one line carries its value at every point instead.
 */
function lineChart(id: string, title: string, axis: string, tren: Tren, series: readonly TrenSeries[], first: number | null, lang: Lang): string {
  const numbered = first !== null;
  const all = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const scale = niceScale(Math.min(100, ...all), Math.max(100, ...all));
  const x0 = LEFT;
  const x1 = CHART_WIDTH - RIGHT;
  const n = tren.periods.length;
  const xOf = (i: number) => (n === 1 ? (x0 + x1) / 2 : x0 + 20 + (i * (x1 - x0 - 40)) / (n - 1));
  const yOf = (v: number) => HEIGHT - BOTTOM - ((v - scale.lo) / (scale.hi - scale.lo || 1)) * (HEIGHT - TOP - BOTTOM);
  let body = '';
  for (let v = scale.lo; v <= scale.hi + 1e-9; v += scale.step) {
    body += `<line x1="${x0}" x2="${x1}" y1="${px(yOf(v))}" y2="${px(yOf(v))}" stroke="#e0e0e0"/>`;
    body += `<text x="${x0 - 6}" y="${px(yOf(v) + 4)}" text-anchor="end" fill="${INK}">${esc(num(v, lang).replace(/[.,]00$/, ''))}</text>`;
  }
  tren.periods.forEach((p, i) => {
    body += `<text x="${px(xOf(i))}" y="${HEIGHT - BOTTOM + 18}" text-anchor="middle" fill="${INK}">${esc(p.label)}</text>`;
  });
  body += `<text x="${px((x0 + x1) / 2)}" y="${HEIGHT - 8}" text-anchor="middle" fill="${INK}" font-weight="bold">${esc(t(lang, 'periode'))}</text>`;
  body += `<text transform="translate(14,${px((TOP + HEIGHT - BOTTOM) / 2)}) rotate(-90)" text-anchor="middle" fill="${INK}" font-weight="bold">${esc(axis)}</text>`;
  body += `<line x1="${x0}" x2="${x1}" y1="${px(yOf(100))}" y2="${px(yOf(100))}" stroke="${INK}" stroke-dasharray="5 3" class="ref"/>`;
  body += `<line x1="${x0}" x2="${x0}" y1="${TOP}" y2="${HEIGHT - BOTTOM}" stroke="${RULE}"/>`;
  const words: string[] = [];
  series.forEach((s, k) => {
    const colour = PALETTE[k % PALETTE.length];
    // Dashes as well as colours, so the lines stay apart on a black-and-white print.
    const dash = numbered ? DASHES[k % DASHES.length] : '';
    // A missing period breaks the line rather than bridging it: nothing was measured there.
    let d = '';
    let pen = false;
    s.values.forEach((v, i) => {
      if (v === null) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${px(xOf(i))} ${px(yOf(v))}`;
      pen = true;
    });
    body += `<path class="line" d="${d}" fill="none" stroke="${colour}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
    s.values.forEach((v, i) => {
      if (v !== null) body += `<circle cx="${px(xOf(i))}" cy="${px(yOf(v))}" r="3" fill="${colour}"><title>${esc(`${s.nama}, ${tren.periods[i].label}: ${num(v, lang)}`)}</title></circle>`;
    });
    const last = s.values.reduce<number>((at, v, i) => (v !== null ? i : at), -1);
    if (first !== null && last >= 0) body += `<text x="${px(xOf(last) + 8)}" y="${px(yOf(s.values[last] as number) + 4)}" fill="${colour}" font-weight="bold">${first + k}</text>`;
    if (first === null) {
      s.values.forEach((v, i) => {
        if (v !== null) body += `<text x="${px(xOf(i))}" y="${px(yOf(v) - 8)}" text-anchor="middle" fill="${INK}">${esc(num(v, lang))}</text>`;
      });
    }
    words.push(`${first !== null ? `${first + k}. ` : ''}${s.nama}: ${s.values.map((v, i) => `${tren.periods[i].label} ${v === null ? t(lang, 'notAssessed') : num(v, lang)}`).join(', ')}`);
  });
  const desc = `${t(lang, 'trenDesc', { periods: tren.periods.map((p) => p.label).join(', ') })} ${words.join('; ')}.`;
  const key = numbered
    ? `<ol class="line-key" start="${first}">${series.map((s, k) => `<li><span class="swatch" style="background:${PALETTE[k % PALETTE.length]}"></span>${esc(s.nama)}</li>`).join('')}</ol>`
    : '';
  return `<figure class="chart-panel">${figcaption(title)}${svgShell(id, CHART_WIDTH, HEIGHT, title, desc, body)}${key}</figure>`;
}

/** The trend charts, or '' when the rekap has no trend. */
export function trenCharts(tren: Tren | null, lang: Lang): string {
  if (!tren || !tren.periods.length) return '';
  let html = lineChart('tren-npss', `${t(lang, 'trenNpss')} — ${tren.unit}`, 'NPSS', tren, [tren.npss], null, lang);
  const parts = slices(tren.indikator.length, LINES_PER_CHART);
  parts.forEach(([from, to], p) => {
    const title = `${t(lang, 'trenIndikator', { from: from + 1, to, n: tren.indikator.length })} — ${tren.unit}`;
    html += lineChart(`tren-ind-${p + 1}`, title, 'Capaian (%)', tren, tren.indikator.slice(from, to), from + 1, lang);
  });
  return html;
}
