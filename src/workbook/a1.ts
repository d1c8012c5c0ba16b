/** A1 addresses for 0-based absolute rows and columns (row 0 = Excel row 1, column 0 = A). */

/** The column letters of a 0-based column index: 0 → `A`, 25 → `Z`, 26 → `AA`. */
export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`columnLetter: bad column ${col}`);
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The A1 address of a 0-based cell: (11, 5) → `F12`. */
export function a1(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 0) throw new RangeError(`a1: bad row ${row}`);
  return `${columnLetter(col)}${row + 1}`;
}

/** The 0-based cell of an A1 address (`$` allowed, case-insensitive): `F12` → { row: 11, col: 5 }. */
export function parseA1(addr: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(addr.trim());
  if (!m || Number(m[2]) < 1) throw new RangeError(`parseA1: "${addr}" is not an A1 cell address`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** The A1 address of a rectangle of 0-based cells (inclusive); one cell gives `F12`, not `F12:F12`. */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const first = a1(top, left);
  return top === bottom && left === right ? first : `${first}:${a1(bottom, right)}`;
}

/**
 * A sheet name as Excel writes it in a reference: quoted when it holds anything but letters,
 * digits and `_`, with inner quotes doubled (`'Data Kinerja'`).
 */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** A cell reference with its sheet, as findings name it: `Kinerja!F12`. */
export function cellRef(sheet: string, row: number, col: number): string {
  return `${sheetRef(sheet)}!${a1(row, col)}`;
}
