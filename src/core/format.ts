import { roundAsDisplayed } from './round';

/**
 * A number as Indonesian reports print it: `101,67`, thousands with dots.
 *
 * @example formatId(6517731000, 0) // '6.517.731.000'
 */
export function formatId(value: number, decimals = 2): string {
  const rounded = roundAsDisplayed(value, decimals);
  const [int, frac] = Math.abs(rounded).toFixed(decimals).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${rounded < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** A number as English text prints it: `101.67`, thousands with commas. */
export function formatEn(value: number, decimals = 2): string {
  const rounded = roundAsDisplayed(value, decimals);
  const [int, frac] = Math.abs(rounded).toFixed(decimals).split('.');
  return `${rounded < 0 ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}
