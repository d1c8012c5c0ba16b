/**
 * A 100,000-row sheet through the Office.js port on Microsoft's real client library and the wire
 * host: round trips and payloads (the real requests, the end-of-run cleanup included) stay
 * within Excel on the web's limits and the adapter's budget (DESIGN.md "Excel facts"), each
 * chunk's undo snapshot is read before the chunk is written, and undo is exact at that size.
 */
import { CellValue, recalculate } from '../../src/workbook';
import { OfficeWorkbookPort } from '../../src/excel';
import { SheetSnapshot, simBook, simSheet, snapshotSheet } from '../../excel-simulator';
import { PAYLOAD_LIMIT } from '../../excel-simulator/wire-host';
import { closingClients, overBudget, settle, writesWithoutSnapshot } from '../support/real-client';
import { DUMAI_FIRST, dumaiRows, opts } from '../workbook/support';

const ROWS = 100_000;
const FOUR_MB = 4 * 1024 * 1024;

const client = closingClients();

/** The source's table repeated down to ROWS indicators, each copy with its own sasaran names. */
function bigRows(count = ROWS): CellValue[][] {
  const all = dumaiRows(false);
  const head = all.slice(0, DUMAI_FIRST);
  const data = all.slice(DUMAI_FIRST);
  const rows: CellValue[][] = [...head];
  for (let i = 0; rows.length - head.length < count; i++) {
    for (const r of data) {
      if (rows.length - head.length >= count) break;
      const row = [...r];
      if (typeof row[2] === 'string') row[2] = `${row[2]} (${i + 1})`;
      if (typeof row[6] === 'number') row[6] = row[6] + (i % 7) / 10;
      rows.push(row);
    }
  }
  return rows;
}

/** Cells that differ between two snapshots, as `kind row,col` (a fast exact comparison at this size). */
function differences(a: SheetSnapshot, b: SheetSnapshot): string[] {
  const out: string[] = [];
  for (const kind of ['values', 'formulas', 'numberFormats', 'fills', 'bold'] as const) {
    const x = a[kind];
    const y = b[kind];
    if (x.length !== y.length) out.push(`${kind} rows ${x.length} ≠ ${y.length}`);
    for (let i = 0; i < Math.min(x.length, y.length) && out.length < 20; i++) {
      for (let j = 0; j < Math.max(x[i].length, y[i].length); j++) if (!Object.is(x[i][j], y[i][j])) out.push(`${kind} ${i},${j}: ${String(x[i][j])} ≠ ${String(y[i][j])}`);
    }
  }
  return out;
}

describe('a 100,000-row sheet', () => {
  it('is read, recalculated and applied in few round trips, no payload over 5 MB, and undone exactly', async () => {
    const rows = bigRows();
    expect(rows[DUMAI_FIRST - 1].length).toBe(12);
    const sim = client(simBook([simSheet('Kinerja', rows)]));
    const port = new OfficeWorkbookPort({ excel: sim.Excel, office: sim.Office });
    const book = sim.host.book;

    const grid = await port.read('Kinerja');
    expect(grid.values.length).toBe(rows.length);
    await settle();
    const readSyncs = sim.host.stats.syncs;
    expect(sim.host.stats.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(overBudget(sim.host.stats.requests, FOUR_MB)).toEqual([]);
    // One sync for the used range, then blocks of about 4 MB of response each.
    expect(readSyncs).toBeLessThanOrEqual(2 + Math.ceil(sim.host.stats.responseBytes / FOUR_MB));

    const { plan } = recalculate(grid, opts());
    const written = plan.sheets.flatMap((s) => s.blocks).reduce((n, b) => n + b.values.length * b.values[0].length, 0);
    expect(written).toBeGreaterThan(4 * ROWS);
    // The written columns H..L, every row: the small-sheet tests compare whole workbooks.
    const outputs = { row: 0, col: 7, rows: rows.length, cols: 5 };
    const before = snapshotSheet(book, 'Kinerja', outputs);

    sim.host.reset();
    const token = await port.apply(plan);
    await settle();
    const { requests, syncs, requestBytes, maxResponseBytes } = sim.host.stats;
    expect(requests.filter((r) => r.error)).toEqual([]);
    // The adapter's budget (4 MB by default) holds for every request, the end-of-run cleanup included.
    expect(overBudget(requests, FOUR_MB)).toEqual([]);
    expect(maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(writesWithoutSnapshot(requests, ['Ringkasan'])).toEqual([]);
    expect(syncs).toBeLessThanOrEqual(2 + Math.ceil(requestBytes / FOUR_MB));
    expect(syncs).toBeGreaterThan(2); // it really was chunked
    const after = snapshotSheet(book, 'Kinerja', outputs);
    expect(after.values[DUMAI_FIRST][0]).toEqual(expect.any(Number));
    expect(after.values[rows.length - 1][1]).not.toBeNull();

    sim.host.reset();
    await port.undo(token);
    await settle();
    expect(overBudget(sim.host.stats.requests, FOUR_MB)).toEqual([]);
    const restored = snapshotSheet(book, 'Kinerja', outputs);
    // Compared as JSON (native and fast at this size); the cell list only names a difference.
    if (JSON.stringify(restored) !== JSON.stringify(before)) expect(differences(before, restored)).toEqual([]);
    expect(JSON.stringify(restored)).toBe(JSON.stringify(before));
    expect(book.sheets.map((s) => s.name)).toEqual(['Kinerja']);
  });
});

describe('a second run over a summary larger than one response', () => {
  it('reads the earlier Ringkasan in blocks, writes, and undo brings its values and formulas back exactly', async () => {
    // 10,000 indicators make a Ringkasan of about 4,000 rows: far over a 150 kB response.
    const limit = 200_000;
    const sim = client(simBook([simSheet('Kinerja', bigRows(10_000))]), { payloadLimit: limit });
    const book = sim.host.book;
    const port = new OfficeWorkbookPort({ excel: sim.Excel, office: sim.Office, maxRequestBytes: 150_000, maxResponseBytes: 150_000 });
    await port.apply(recalculate(await port.read('Kinerja'), opts()).plan);
    const ringkasan = book.sheets.find((s) => s.name === 'Ringkasan')!;
    expect(ringkasan.rows.length).toBeGreaterThan(3_000);
    // Undo puts an owned sheet back as a plain grid (values and formulas; its formats are not kept).
    const whole = () =>
      book.sheets.map((s) => {
        const snap = snapshotSheet(book, s.name);
        return JSON.stringify(s.name === 'Ringkasan' ? { values: snap.values, formulas: snap.formulas } : snap);
      });
    const before = whole();
    expect(before[1].length).toBeGreaterThan(limit);

    // New realisasi: the second run writes other numbers over the first run's.
    const kinerja = book.sheets[0];
    for (let r = DUMAI_FIRST; r < kinerja.rows.length; r++) {
      const cell = kinerja.rows[r]?.[6];
      if (cell && typeof cell.value === 'number') cell.value = cell.value * 0.9;
    }
    const changed = whole();
    sim.host.reset();
    const token = await port.apply(recalculate(await port.read('Kinerja'), opts()).plan);
    await settle();
    // Under the host's limit, and under the adapter's own 150 kB budget, the cleanup included
    // (a read's refused first block is how the adaptive reader learns; no request was refused).
    expect(sim.host.stats.requests.filter((r) => r.error === 'RequestPayloadSizeLimitExceeded')).toEqual([]);
    expect(overBudget(sim.host.stats.requests, 150_000)).toEqual([]);
    expect(whole()).not.toEqual(changed);
    await port.undo(token);
    const restored = whole();
    // Named by sheet and first differing character, not dumped whole (megabytes).
    const firstDifference = (a: string, b: string) => [...a].findIndex((ch, i) => ch !== b[i]);
    const differing = restored.map((snap, i) => (snap === changed[i] ? null : `${book.sheets[i].name} at ${firstDifference(snap, changed[i])}: ${snap.slice(firstDifference(snap, changed[i]) - 80, firstDifference(snap, changed[i]) + 80)} ≠ ${changed[i].slice(firstDifference(snap, changed[i]) - 80, firstDifference(snap, changed[i]) + 80)}`));
    expect(differing).toEqual(changed.map(() => null));
  });
});
