/**
 * Escaping for the HTML report. Every name in a rekap comes from a user's workbook (unit,
 * indicator, sasaran, file and sheet names, messages), so each one goes through `esc` before it
 * meets markup: `<img src=x onerror=…>` or `</style>` in a unit name must come out as text.
 */

const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for element content and for a quoted attribute value (HTML and inline SVG). */
export function esc(text: string): string {
  // Control characters other than tab/newline are not allowed in HTML text; drop them rather than let a parser choke.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[&<>"']/g, (c) => ENTITY[c]).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

/** A colour for a fill attribute: #RRGGBB as given, anything else (a profile typed by hand) falls back. */
export function safeColour(colour: string | null | undefined, fallback: string): string {
  return colour && /^#[0-9a-fA-F]{6}$/.test(colour) ? colour : fallback;
}

/** A name shortened to `max` characters for a chart label (the full name stays in its title and in the tables). */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
