import { DecimalSeparator, NumberReading, readNumber } from './parse-number';

/** A target: one number, or a range `bawah..atas` for stabilize indicators (SPEC §2). */
export type Target = number | { readonly bawah: number; readonly atas: number };

/** The outcome of reading a target cell: a number reading, or a range. */
export type TargetReading = NumberReading | { readonly kind: 'range'; readonly bawah: number; readonly atas: number };

// `7-8`, `7 – 8`, `7 s.d. 8`, `7 sampai 8`: a dash between two numbers makes a range.
const RANGE = /^\s*([^\s–—-][^–—]*?)\s*(?:[-–—]|s\.?\s?d\.?|sampai|to)\s*([^\s–—-].*?)\s*$/i;

/**
 * Reads a target cell: a number, blank, dash, or a range written in one cell.
 *
 * @example readTarget('7 – 8', ',') // { kind: 'range', bawah: 7, atas: 8 }
 */
export function readTarget(input: unknown, decimalSeparator: DecimalSeparator = ','): TargetReading {
  const single = readNumber(input, decimalSeparator);
  if (single.kind !== 'unreadable' || typeof input !== 'string') return single;
  const m = RANGE.exec(input);
  if (!m) return single;
  const lo = readNumber(m[1], decimalSeparator);
  const hi = readNumber(m[2], decimalSeparator);
  if (lo.kind !== 'number' || hi.kind !== 'number') return single;
  return { kind: 'range', bawah: lo.value, atas: hi.value };
}
