/** What the report's charts share: the drawing width, the ink, an accessible <svg> shell, number ticks. */
import { esc } from './escape';

/** The width every chart is drawn at (px): A4 landscape's printable width at 12 mm margins is ~1030 px. */
export const CHART_WIDTH = 1000;
/** Text and axis ink: #1a1a1a on white is 17:1. */
export const INK = '#1a1a1a';
/** Gridlines and empty-cell strokes (decoration; the figures are in text). */
export const RULE = '#8a8a8a';
/** Width of one character at 11 px in a wide system sans-serif (DejaVu Sans, capitals included; px), for fitting labels. */
export const CHAR_W = 7;

/** A chart: role="img" named by its <title> and described by its <desc> (the figures in words), drawn at `width`, shrinking with the page. */
export function svgShell(id: string, width: number, height: number, title: string, desc: string, body: string): string {
  return (
    `<svg class="chart" role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, 'Segoe UI', Arial, sans-serif" font-size="11">` +
    `<title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(desc)}</desc>${body}</svg>`
  );
}

/** A coordinate with at most one decimal, so the file stays small. */
export function px(v: number): string {
  return String(Math.round(v * 10) / 10);
}

/** Round axis bounds and a step (2, 5 or 10 × a power of ten) giving about `target` ticks over [lo, hi]. */
export function niceScale(lo: number, hi: number, target = 6): { lo: number; hi: number; step: number } {
  const span = hi - lo || Math.abs(hi) || 1;
  const raw = span / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  return { lo: Math.floor(lo / step) * step, hi: Math.ceil(hi / step) * step, step };
}

/** The chart's title shown above it (the <svg>'s own title is its accessible name; this is the printed one). */
export function figcaption(title: string): string {
  return `<figcaption>${esc(title)}</figcaption>`;
}
