/**
 * Properties of the pure scheduler over random plans: no request's modelled cost passes the
 * budget (but for a single row that cannot be split further, which is scheduled alone, not
 * refused), and every chunk's undo snapshot is read in an earlier request than its write.
 */
import fc from 'fast-check';
import { Schedule, Unit, scheduleApply, scheduleUndo } from '../../src/excel/schedule';
import type { PlannedValue, SheetPlan, UndoToken, WriteBlock, WritePlan } from '../../src/workbook/types';

/** A cell: what a SAKIP run writes, and some arbitrary text. */
const cell: fc.Arbitrary<PlannedValue> = fc.oneof(
  { weight: 6, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 4, arbitrary: fc.constantFrom('Sangat Baik', 'Baik', 'Tercapai', '-', '', 'Ringkasan — "NPS"', '=teks') },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant({ formula: '=A1*2' }) },
);

type Shape = { rows: [number, number]; cols: [number, number] };
/** Many small blocks (split by blank rows), long blocks, wide rows. */
const SHAPES: Record<string, Shape> = { small: { rows: [1, 3], cols: [1, 4] }, long: { rows: [200, 4_000], cols: [1, 6] }, wide: { rows: [1, 40], cols: [20, 80] } };

/**
 * A block of `shape` at `row`: rows repeat a few templates (plans share rows), formats optional;
 * now and then one template holds a text long enough to pass a small budget on its own.
 */
function blockArb(shape: Shape): fc.Arbitrary<(row: number) => WriteBlock> {
  return fc.integer({ min: shape.cols[0], max: shape.cols[1] }).chain((cols) =>
    fc
      .record({
        rows: fc.integer({ min: shape.rows[0], max: shape.rows[1] }),
        col: fc.integer({ min: 0, max: 30 }),
        templates: fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 4 }),
        formats: fc.option(fc.array(fc.constantFrom('0.00', '@', '0%', 'General'), { minLength: cols, maxLength: cols }), { nil: undefined }),
        fills: fc.option(fc.array(fc.constantFrom(null, '#92D050', '#00B050', '#FFC000'), { minLength: cols, maxLength: cols }), { nil: undefined }),
        bold: fc.option(fc.array(fc.boolean(), { minLength: cols, maxLength: cols }), { nil: undefined }),
        stride: fc.integer({ min: 1, max: 7 }),
        huge: fc.option(fc.integer({ min: 5_000, max: 60_000 }), { freq: 10, nil: undefined }),
      })
      .map((b) => (row: number) => {
        if (b.huge !== undefined) b.templates[0] = ['x'.repeat(b.huge), ...b.templates[0].slice(1)];
        const pick = <T>(i: number, xs: readonly T[]) => xs[(i * b.stride) % xs.length];
        const values = Array.from({ length: b.rows }, (_, i) => pick(i, b.templates));
        // Formats vary down the rows too (a run of one value per template row), so rectangles split.
        const shifted = <T>(grid: readonly T[] | undefined) => grid && values.map((_, i) => (i % 3 === 0 ? grid : [...grid].reverse()));
        return { row, col: b.col, values, numberFormats: shifted(b.formats), fills: shifted(b.fills), bold: shifted(b.bold) };
      }),
  );
}

/** The blocks of one sheet, placed one under another with gaps (blocks of a sheet do not overlap). */
const sheetBlocks = fc
  .oneof(
    fc.array(blockArb(SHAPES.small), { minLength: 1, maxLength: 300 }),
    fc.array(blockArb(SHAPES.long), { minLength: 1, maxLength: 3 }),
    fc.array(blockArb(SHAPES.wide), { minLength: 1, maxLength: 30 }),
    fc.array(fc.oneof(blockArb(SHAPES.small), blockArb(SHAPES.long), blockArb(SHAPES.wide)), { minLength: 1, maxLength: 40 }),
  )
  .chain((makers) =>
    fc.array(fc.integer({ min: 0, max: 3 }), { minLength: makers.length, maxLength: makers.length }).map((gaps) => {
      let row = 4;
      return makers.map((make, i) => {
        const block = make(row);
        row += block.values.length + gaps[i];
        return block;
      });
    }),
  );

/**
 * A plan: one or two of the user's sheets, up to four owned ones (each owned sheet's preparation
 * is charged UNIT_OVERHEAD on top of a full chunk; the budget keeps four such margins free).
 */
const planArb: fc.Arbitrary<WritePlan> = fc
  .record({
    user: fc.array(sheetBlocks, { minLength: 1, maxLength: 2 }),
    owned: fc.array(fc.option(sheetBlocks, { nil: undefined }), { maxLength: 4 }),
  })
  .map(({ user, owned }) => ({
    sheets: [
      ...user.map((blocks, i): SheetPlan => ({ sheet: `Kinerja${i}`, owned: false, blocks })),
      ...owned.map((blocks, i): SheetPlan => ({ sheet: `Ringkasan${i}`, owned: true, blocks: blocks ?? [], columnWidths: { 0: 12 }, chart: { title: 'NPS', dataRange: 'A1:B3', anchor: 'D2' } })),
    ],
  }));

/** Budgets from 20 kB to 4 MB, small ones often (where packing has work to do). */
const budgetArb = fc.oneof(fc.integer({ min: 20 * 1024, max: 200 * 1024 }), fc.integer({ min: 20 * 1024, max: 4 * 1024 * 1024 }));

const RUNS = { numRuns: 40 };

/** Invariant 1: a request over the budget writes one row of one block and nothing else. */
function expectWithinBudget(schedule: Schedule, budget: number): void {
  // Collected, then asserted once: an expect per request would cost more than the schedule.
  const wrong = schedule.requests.filter((request) => {
    if (request.bytes <= budget) return false;
    if (request.write === undefined) return true;
    const chunk = schedule.job.chunks[request.write];
    const pieces = [...chunk.units, ...chunk.ownedUnits];
    return pieces.length !== 1 || pieces[0].to - pieces[0].from !== 1;
  });
  expect(wrong.map((r) => ({ write: r.write, bytes: r.bytes }))).toEqual([]);
}

/** Every row of every block is written exactly once, by contiguous pieces. */
function expectEveryRowOnce(schedule: Schedule, blocks: readonly WriteBlock[]): void {
  const pieces = new Map<WriteBlock, Unit[]>();
  for (const chunk of schedule.job.chunks) {
    for (const u of [...chunk.units, ...chunk.ownedUnits]) {
      const list = pieces.get(u.block);
      if (list) list.push(u);
      else pieces.set(u.block, [u]);
    }
  }
  const wrong = blocks.filter((block) => {
    const list = (pieces.get(block) ?? []).sort((a, b) => a.from - b.from);
    let next = 0;
    for (const u of list) {
      if (u.from !== next) return true;
      next = u.to;
    }
    return next !== block.values.length;
  });
  expect(wrong.map((b) => `row ${b.row}`)).toEqual([]);
}

describe('scheduleApply', () => {
  it('keeps every request within the budget, but for a single row that cannot be split further', () => {
    fc.assert(
      fc.property(planArb, budgetArb, (plan, budget) => {
        const schedule = scheduleApply(plan, budget);
        expectWithinBudget(schedule, budget);
        expect(schedule.cleanupBytes).toBeLessThanOrEqual(budget);
        expectEveryRowOnce(
          schedule,
          plan.sheets.flatMap((s) => s.blocks),
        );
      }),
      RUNS,
    );
  });

  it("reads every chunk's undo snapshot in an earlier request than its write", () => {
    fc.assert(
      fc.property(planArb, budgetArb, (plan, budget) => {
        const schedule = scheduleApply(plan, budget);
        const { requests, job } = schedule;
        // Request 0 is read-only: it writes nothing, and reads chunk 0's snapshot.
        expect(requests[0].write).toBeUndefined();
        const inHand = new Set<Unit>();
        const unread: string[] = [];
        for (const request of requests) {
          if (request.write !== undefined) for (const u of job.chunks[request.write].units) if (!inHand.has(u)) unread.push(`${u.sheet}!${u.block.row + u.from}`);
          for (const u of request.snapshot) inHand.add(u);
        }
        expect(unread).toEqual([]);
        // Owned sheets are read whole before any write (by the executor), not unit by unit, and
        // prepared no earlier than chunk 1: chunk 0's request lists their charts.
        const owned = new Set(job.chunks.flatMap((c) => c.ownedUnits));
        expect(requests.flatMap((r) => r.snapshot).filter((u) => owned.has(u))).toEqual([]);
        expect(job.chunks[0].prepare).toEqual([]);
      }),
      RUNS,
    );
  });

  it('schedules a single row heavier than the budget alone in a request of its own, without refusing', () => {
    const heavy: WriteBlock = { row: 5, col: 2, values: [['x'.repeat(40_000), 1]] };
    const light = (row: number): WriteBlock => ({ row, col: 2, values: [['Baik', 2]] });
    const plan: WritePlan = { sheets: [{ sheet: 'Kinerja', owned: false, blocks: [light(3), heavy, light(7)] }] };
    const schedule = scheduleApply(plan, 20 * 1024);
    const over = schedule.requests.filter((r) => r.bytes > 20 * 1024);
    expect(over).toHaveLength(1);
    expect(schedule.job.chunks[over[0].write as number].units.map((u) => u.block)).toEqual([heavy]);
  });
});

describe('scheduleUndo', () => {
  it('keeps every request within the budget and reads nothing ahead', () => {
    fc.assert(
      fc.property(planArb, budgetArb, (plan, budget) => {
        const token: UndoToken = {
          id: 't',
          restore: plan.sheets.filter((s) => !s.owned).map((s) => ({ sheet: s.sheet, blocks: s.blocks })),
          ownedBefore: plan.sheets.filter((s) => s.owned).map((s) => ({ sheet: s.sheet, grid: null })),
        };
        const schedule = scheduleUndo(token, budget);
        expectWithinBudget(schedule, budget);
        expect(schedule.requests.flatMap((r) => [...r.snapshot, ...r.readAhead])).toEqual([]);
      }),
      RUNS,
    );
  });
});
