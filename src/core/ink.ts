/**
 * The text colour for a filled cell (the preview's grid, the rekap's HTML report): black or white, whichever contrasts
 * more with the fill by WCAG 2's relative-luminance formula. The fills are the report's own
 * traffic-light colours (src/core/profile.ts) and stay as they are; only the ink adapts, so
 * every coloured cell reads at WCAG AA (4.5:1) — a fixed luminance cut-off left white on the
 * report's red at 3.99:1.
 */

/** WCAG AA's minimum contrast for normal text. */
export const AA_CONTRAST = 4.5;

/** The ink colours the grid may use. */
export const BLACK = '#000000';
export const WHITE = '#ffffff';

/** #RRGGBB (with or without #) as [r, g, b] in 0..255, or null when it is not one. */
export function parseHex(hex: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  return m ? [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)] : null;
}

/** WCAG 2 relative luminance of an sRGB colour (0 = black, 1 = white). */
export function relativeLuminance([r, g, b]: readonly [number, number, number]): number {
  const linear = (c8: number) => {
    const c = c8 / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of two colours given as #RRGGBB (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(parseHex(a) ?? [0, 0, 0]);
  const lb = relativeLuminance(parseHex(b) ?? [0, 0, 0]);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Black or white text for a fill, whichever has the higher contrast with it (black for a fill it cannot read). */
export function inkOn(fill: string): string {
  if (!parseHex(fill)) return BLACK;
  return contrastRatio(fill, WHITE) > contrastRatio(fill, BLACK) ? WHITE : BLACK;
}
