/**
 * Text copied from a user's cells is never written as a formula (issue 7 §4, DESIGN "Excel
 * facts"): a string sent to `range.values` that starts with `=`, `+`, `-` or `@` becomes a
 * formula in Excel, so a sasaran or indicator named `=HYPERLINK("http://x")` would turn into a
 * live link on the summary sheet. Through the engine and the Office adapter on the simulated
 * wire host behind Microsoft's real client library (the host turns such text into formulas as
 * Excel does): every copy must be literal text.
 */
import { BPOM_UPT_2024 } from '../../src/core';
import { OfficeWorkbookPort } from '../../src/excel/office-workbook';
import { recalculate } from '../../src/workbook';
import { CellValue } from '../../src/workbook/types';
import { simBook, simSheet, snapshotSheet } from '../../excel-simulator';
import { closingClients } from '../support/real-client';
import { DUMAI_FIRST, dumaiRows } from '../workbook/support';

const client = closingClients();

/** Names that Excel would take for formulas if written as they are. */
const HOSTILE = ['=HYPERLINK("http://x")', '+1', '-1', '@SUM(A1)', '=1+1', "=cmd|' /C calc'!A0", '-2+3', '+SAKIP.NPSS(1)'];

const PERSPEKTIF = 1;
const SASARAN = 2;
const INDIKATOR = 3;

/** The TW II table with hostile perspektif, sasaran and indicator names (each still unique). */
function hostileRows(): { rows: CellValue[][]; names: string[] } {
  const rows = dumaiRows(false).map((r) => [...r]);
  const names: string[] = [];
  const give = (col: number, i: number, r: number) => {
    const name = i < HOSTILE.length ? HOSTILE[i] : `${HOSTILE[i % HOSTILE.length]} ${i}`;
    rows[r][col] = name;
    names.push(name);
  };
  let p = 0;
  let s = 0;
  for (let r = DUMAI_FIRST; r < rows.length; r++) {
    if (rows[r][PERSPEKTIF] !== null) {
      rows[r][PERSPEKTIF] = `${HOSTILE[p % HOSTILE.length]} P${p}`;
      names.push(rows[r][PERSPEKTIF] as string);
      p++;
    }
    if (rows[r][SASARAN] !== null) give(SASARAN, s++, r);
    give(INDIKATOR, r - DUMAI_FIRST, r);
  }
  return { rows, names };
}

describe.each([false, true])('writeFormulas %s', (writeFormulas) => {
  it('copies hostile names to Kinerja and Ringkasan as literal text, never as formulas', async () => {
    const { rows, names } = hostileRows();
    // As the user's cells hold them: literal text (SimCell values, not typed input).
    const sheet = simSheet('Kinerja', rows.map((r) => r.map((v) => (typeof v === 'string' ? { value: v } : v))) as never);
    const sim = client(simBook([sheet]));
    const port = new OfficeWorkbookPort({ excel: sim.Excel, office: sim.Office });
    const grid = await port.read('Kinerja');
    // The adapter reads the names back as text, not as formulas.
    for (const name of HOSTILE) expect(grid.formulas.flat()).not.toContain(name);
    const result = recalculate(grid, { period: 'TW2', profile: BPOM_UPT_2024, lang: 'id', decimalSeparator: ',', writeFormulas });
    expect(result.plan.sheets.map((s) => s.sheet)).toEqual(expect.arrayContaining(['Kinerja', 'Ringkasan']));
    await port.apply(result.plan);

    const seen = new Map<string, number>();
    for (const name of ['Kinerja', 'Ringkasan']) {
      const snap = snapshotSheet(sim.host.book, name);
      snap.values.forEach((row, i) =>
        row.forEach((v, j) => {
          const f = snap.formulas[i][j];
          // A formula anywhere must be one the add-in means to write: its own SAKIP functions, or arithmetic on cells.
          if (f !== null) expect({ cell: `${name}!${i},${j}`, f }).toEqual({ cell: `${name}!${i},${j}`, f: expect.stringMatching(/^=(SAKIP\.|[A-Z]+\d+[/*]|ROUND\(|IFERROR\()/) });
          if (typeof v === 'string' && names.includes(v)) {
            expect({ cell: `${name}!${i},${j}`, formula: f }).toEqual({ cell: `${name}!${i},${j}`, formula: null });
            seen.set(`${name}:${v}`, (seen.get(`${name}:${v}`) ?? 0) + 1);
          }
        }),
      );
    }
    // Every name is still on Kinerja, and the sasaran names reached the summary, all as text.
    for (const name of names) expect(seen.has(`Kinerja:${name}`)).toBe(true);
    const onSummary = [...seen.keys()].filter((k) => k.startsWith('Ringkasan:')).map((k) => k.slice('Ringkasan:'.length));
    expect(onSummary).toEqual(expect.arrayContaining(HOSTILE.slice(0, 4)));
  });
});
