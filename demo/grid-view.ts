/**
 * Draws a SimBook as Excel would show it: sheet tabs, column letters, row numbers, cell text
 * in the workbook's number style, fills and bold, and the selected cell highlighted. Plain DOM,
 * redrawn whole after each change (the preview's sheets are small).
 */
import { SimBook, SimCell, SimSheet, columnName, findSheet, parseAddress } from '../excel-simulator/model';
import { inkOn } from '../src/core/ink';

/** How a cell shows, as Excel with an Indonesian culture would print it. */
export function displayText(cell: SimCell | undefined, decimalSeparator: string): string {
  const v = cell?.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  const fmt = cell?.numberFormat ?? 'General';
  const m = /^0(?:\.(0+))?(%?)$/.exec(fmt);
  let text: string;
  if (m) {
    const decimals = m[1]?.length ?? 0;
    text = (m[2] ? v * 100 : v).toFixed(decimals) + m[2];
  } else {
    text = Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(10)));
  }
  return decimalSeparator === ',' ? text.replace('.', ',') : text;
}

function usedSize(sheet: SimSheet): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell && (cell.value !== undefined && cell.value !== null ? true : cell.formula !== undefined || !!cell.fill)) {
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }
    }),
  );
  return { rows, cols };
}

/** Renders `book` into `host`; `onPick` is called when the user clicks a sheet tab or a cell. */
export function renderBook(host: HTMLElement, book: SimBook, onPick: (sheet: string, address: string | null) => void): void {
  const shown = findSheet(book, book.activeSheet) ?? book.sheets[0];
  // The grid is redrawn whole after every host request: a keyboard user's focus on the sheet stays there.
  const hadFocus = document.activeElement !== null && document.activeElement === host.querySelector('.grid-scroll');
  host.replaceChildren();
  if (!shown) return;

  const selected = book.selection && book.selection.sheet.toLowerCase() === shown.name.toLowerCase() ? parseAddress(book.selection.address) : null;
  const isSelected = (r: number, c: number) => selected !== null && r >= selected.row && r < selected.row + selected.rows && c >= selected.col && c < selected.col + selected.cols;

  const bar = document.createElement('div');
  bar.className = 'formula-bar';
  const nameBox = document.createElement('span');
  nameBox.className = 'name-box';
  nameBox.textContent = selected ? book.selection!.address : '';
  nameBox.setAttribute('data-testid', 'name-box');
  const content = document.createElement('span');
  content.className = 'formula-content';
  if (selected) {
    const cell = shown.rows[selected.row]?.[selected.col];
    content.textContent = cell?.formula ?? displayText(cell, book.decimalSeparator);
  }
  bar.append(nameBox, content);

  const scroller = document.createElement('div');
  scroller.className = 'grid-scroll';
  // A scrolling region must be reachable by keyboard (axe: scrollable-region-focusable): a tab
  // stop with a name, so arrow keys scroll the sheet for someone without a mouse.
  scroller.tabIndex = 0;
  scroller.setAttribute('role', 'region');
  scroller.setAttribute('aria-label', `Lembar ${shown.name}`);
  const table = document.createElement('table');
  table.className = 'grid';
  table.setAttribute('data-sheet', shown.name);
  const caption = document.createElement('caption');
  caption.className = 'visually-hidden';
  caption.textContent = `Lembar ${shown.name}`;
  table.append(caption);
  const size = usedSize(shown);
  const rows = Math.max(size.rows + 3, 30);
  const cols = Math.max(size.cols + 1, 8);

  // A fixed-layout table honours column widths only when it has a width of its own.
  const colgroup = document.createElement('colgroup');
  const rowHead = document.createElement('col');
  rowHead.style.width = '40px';
  colgroup.append(rowHead);
  let total = 40;
  for (let c = 0; c < cols; c++) {
    const col = document.createElement('col');
    // Points to pixels (96 / 72), as Excel draws column widths.
    const px = Math.round((shown.columnWidths[c] ?? 48) * (96 / 72));
    col.style.width = `${px}px`;
    total += px;
    colgroup.append(col);
  }
  table.style.width = `${total}px`;
  table.append(colgroup);

  const thead = document.createElement('thead');
  const headRow = document.createElement('tr');
  const corner = document.createElement('td');
  corner.className = 'corner';
  headRow.append(corner);
  for (let c = 0; c < cols; c++) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = columnName(c);
    if (selected && c >= selected.col && c < selected.col + selected.cols) th.className = 'on';
    headRow.append(th);
  }
  thead.append(headRow);
  table.append(thead);

  const tbody = document.createElement('tbody');
  let selectedTd: HTMLElement | null = null;
  for (let r = 0; r < rows; r++) {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = String(r + 1);
    if (selected && r >= selected.row && r < selected.row + selected.rows) th.className = 'on';
    tr.append(th);
    for (let c = 0; c < cols; c++) {
      const cell = shown.rows[r]?.[c];
      const td = document.createElement('td');
      const address = `${columnName(c)}${r + 1}`;
      td.setAttribute('data-cell', address);
      td.textContent = displayText(cell, book.decimalSeparator);
      if (typeof cell?.value === 'number') td.classList.add('num');
      if (cell?.fill) {
        td.style.background = cell.fill;
        td.style.color = inkOn(cell.fill);
      }
      if (cell?.bold) td.style.fontWeight = '600';
      // Header cells (bold on a fill) wrap, as the reports' header rows do.
      if (cell?.bold && cell.fill) td.classList.add('wrap');
      if (cell?.formula) td.title = cell.formula;
      if (isSelected(r, c)) {
        td.classList.add('selected');
        td.setAttribute('aria-selected', 'true');
        selectedTd ??= td;
      }
      td.addEventListener('click', () => onPick(shown.name, address));
      tr.append(td);
    }
    tbody.append(tr);
  }
  table.append(tbody);
  scroller.append(table);

  const tabs = document.createElement('div');
  tabs.className = 'tabs';
  tabs.setAttribute('role', 'tablist');
  tabs.setAttribute('aria-label', 'Lembar');
  for (const s of book.sheets) {
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-selected', String(s === shown));
    tab.textContent = s.name;
    tab.addEventListener('click', () => onPick(s.name, null));
    tabs.append(tab);
  }

  host.append(bar, scroller, tabs);
  if (hadFocus) scroller.focus({ preventScroll: true });
  if (selectedTd && typeof selectedTd.scrollIntoView === 'function') selectedTd.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
