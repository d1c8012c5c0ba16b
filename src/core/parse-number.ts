/**
 * Reading numbers as people type them in Indonesian reports (SPEC §8): `89,20`,
 * `6.517.731.000`, `Rp2.685.831.890,00`, `41,21%`, ` 97,33 `, `-`.
 */

/** The decimal separator of the workbook's culture; it decides ambiguous text such as `1.500`. */
export type DecimalSeparator = ',' | '.';

/** Why a value could not be read as a number. */
export type UnreadableReason = 'not-a-number' | 'excel-error' | 'boolean' | 'date' | 'bad-grouping' | 'not-finite';

/** The outcome of reading one cell value. */
export type NumberReading =
  | { readonly kind: 'number'; readonly value: number }
  /** Empty cell or whitespace only. */
  | { readonly kind: 'blank' }
  /** A dash: the reports' "nothing here this period". */
  | { readonly kind: 'dash' }
  | { readonly kind: 'unreadable'; readonly text: string; readonly reason: UnreadableReason };

const SPACES = /[\s\u00a0\u2007\u202f]/g;
const DASHES = new Set(['-', '–', '—', '−']);
const EXCEL_ERRORS = new Set(['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA', '#BUSY!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#UNKNOWN!']);

/**
 * Reads a cell value as a number.
 *
 * @example readNumber('Rp2.685.831.890,00', ',') // { kind: 'number', value: 2685831890 }
 * @example readNumber('1.500', '.') // { kind: 'number', value: 1.5 }
 */
export function readNumber(input: unknown, decimalSeparator: DecimalSeparator = ','): NumberReading {
  if (input === null || input === undefined) return { kind: 'blank' };
  if (typeof input === 'number') {
    return Number.isFinite(input) ? { kind: 'number', value: input } : unreadable(String(input), 'not-finite');
  }
  if (typeof input === 'boolean') return unreadable(input ? 'TRUE' : 'FALSE', 'boolean');
  if (input instanceof Date) return unreadable(input.toISOString().slice(0, 10), 'date');
  if (typeof input !== 'string') return unreadable(String(input), 'not-a-number');
  return readText(input, decimalSeparator);
}

function unreadable(text: string, reason: UnreadableReason): NumberReading {
  return { kind: 'unreadable', text, reason };
}

function readText(raw: string, sep: DecimalSeparator): NumberReading {
  const trimmed = raw.replace(SPACES, ' ').trim();
  if (trimmed === '') return { kind: 'blank' };
  if (DASHES.has(trimmed)) return { kind: 'dash' };
  if (EXCEL_ERRORS.has(trimmed.toUpperCase())) return unreadable(raw, 'excel-error');
  let s = trimmed.replace(SPACES, '');
  s = s.replace(/^rp\.?/i, '').replace(/%$/, '');
  let sign = 1;
  if (/^[-−–+]/.test(s)) {
    sign = s[0] === '+' ? 1 : -1;
    s = s.slice(1);
  }
  s = s.replace(/^rp\.?/i, '');
  if (!/^[0-9.,]+$/.test(s) || !/[0-9]/.test(s)) return unreadable(raw, 'not-a-number');
  const normalised = normalise(s, sep);
  if (normalised === null) return unreadable(raw, 'bad-grouping');
  const value = sign * Number(normalised);
  return Number.isFinite(value) ? { kind: 'number', value } : unreadable(raw, 'not-a-number');
}

/** Turns digits with `.`/`,` into a plain JavaScript number string, or null when malformed. */
function normalise(s: string, sep: DecimalSeparator): string | null {
  const dots = count(s, '.');
  const commas = count(s, ',');
  if (dots > 0 && commas > 0) {
    // Both present: the last one is the decimal mark, the other groups thousands.
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if (count(s, decimal) > 1) return null;
    const [intPart, frac] = s.split(decimal);
    return grouped(intPart, group) ? `${intPart.split(group).join('')}.${frac}` : null;
  }
  const mark = dots > 0 ? '.' : commas > 0 ? ',' : null;
  if (mark === null) return s;
  if (count(s, mark) > 1) return grouped(s, mark) ? s.split(mark).join('') : null;
  const [intPart, frac] = s.split(mark);
  // One mark with exactly three digits after it and a non-zero integer part of 1–3 digits
  // reads both ways (`1.500`): the workbook's culture decides (SPEC §8).
  const couldGroup = frac.length === 3 && intPart.length >= 1 && intPart.length <= 3 && intPart !== '0';
  if (couldGroup && mark !== sep) return intPart + frac;
  if (intPart === '' && frac === '') return null;
  return `${intPart || '0'}.${frac || '0'}`;
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

/** True when `s` is digits in groups of three after a first group of 1–3 digits. */
function grouped(s: string, group: string): boolean {
  const parts = s.split(group);
  return /^[0-9]{1,3}$/.test(parts[0]) && parts.slice(1).every((p) => /^[0-9]{3}$/.test(p));
}
