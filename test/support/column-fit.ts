/**
 * Measures whether a sheet's labels are cut off: Excel cuts a text at its cell's right edge when
 * the next cell holds something, and shows a number that does not fit as `####`. Counted here
 * on its own (not with the code under test): characters, bold ≈ 1.1×, numbers as their format shows them.
 */

/** A cell as shown: its value, whether bold, its number format. */
export interface ShownCell {
  readonly value: string | number | boolean | null | undefined;
  readonly bold?: boolean;
  readonly numFmt?: string;
}

/** What a cell's text looks like in characters. */
function shownLength(c: ShownCell): number {
  if (c.value === null || c.value === undefined || c.value === '') return 0;
  let text = String(c.value);
  if (typeof c.value === 'number') {
    const m = /^0\.(0+)$/.exec(c.numFmt ?? '');
    if (m) text = c.value.toFixed(m[1].length);
  }
  return text.length * (c.bold ? 1.1 : 1);
}

const colName = (c: number): string => (c < 26 ? String.fromCharCode(65 + c) : colName(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26)));

/** Lines of a text wrapped word by word into lines of `room` characters (a longer word breaks). */
function linesOf(text: string, room: number): number {
  const pieces = text.split(' ').flatMap((w) => (w.length <= room ? [w] : (w.match(new RegExp(`.{1,${room}}`, 'g')) ?? [])));
  let lines = 1;
  let used = 0;
  for (const p of pieces) {
    if (used === 0) used = p.length;
    else if (used + 1 + p.length <= room) used += 1 + p.length;
    else {
      lines++;
      used = p.length;
    }
  }
  return lines;
}

/** How a sheet wraps text: which columns wrap, and each row's height in points (15 = one line). */
export interface Wrapping {
  readonly wraps: (col: number) => boolean;
  readonly heightOf: (row: number) => number;
}

/**
 * Every cell cut off (as `B7 "Learning & Growth" 17 > 6`): a text whose right neighbour is not
 * empty, or a number, longer than its column's width in characters — unless the column wraps and
 * the row is high enough for the wrapped lines. `rows[i][j]` is the cell at row `top + i`, column
 * `left + j`; `only`: check these absolute columns alone.
 */
export function cutOff(rows: readonly (readonly (ShownCell | undefined)[])[], widthOf: (col: number) => number, top = 0, left = 0, only?: ReadonlySet<number>, wrapping?: Wrapping): string[] {
  const cut: string[] = [];
  rows.forEach((row, i) => {
    row.forEach((cell, j) => {
      if (!cell || only?.has(left + j) === false) return;
      const n = shownLength(cell);
      if (n === 0) return;
      const next = row[j + 1]?.value;
      const blocked = typeof cell.value === 'number' || (next !== null && next !== undefined && next !== '');
      const width = widthOf(left + j);
      if (blocked && n > width && typeof cell.value === 'string' && wrapping?.wraps(left + j)) {
        // A line holds the width less a character of padding; bold letters are wider.
        const lines = linesOf(cell.value, Math.floor((width - 1) / (cell.bold ? 1.1 : 1)));
        const height = wrapping.heightOf(top + i);
        if (height < lines * 15) cut.push(`${colName(left + j)}${top + i + 1} wraps to ${lines} lines in a row of ${height} pt`);
        return;
      }
      if (blocked && n > width) cut.push(`${colName(left + j)}${top + i + 1} ${JSON.stringify(cell.value)} ${n.toFixed(1)} > ${width}`);
    });
  });
  return cut;
}

/** Excel's column width in characters from points (`format.columnWidth`): about 7 px a character at Calibri 11, 5 px padding. */
export function charsFromPoints(points: number): number {
  return (points / 0.75 - 5) / 7;
}
