/**
 * The request budget on the real client: a plan of 3,000 small blocks (one row each, separated
 * by blank rows, half of them with fills and bold) written by the adapter at a small byte budget,
 * at the add-in's minimum ExcelApi level and at 1.20. Every request the client sends counts,
 * the end-of-run cleanup included: a budget is only kept if no request exceeds it.
 */
import { OfficeWorkbookPort } from '../src/excel';
import { WriteBlock } from '../src/workbook';
import { simBook, simSheet } from '../excel-simulator/model';
import { forceGc } from './measure';
import { CLIENT, benchClient, messageOf, settle, wireOf } from './wire';

/** One `budget` line. */
export interface BudgetFigures {
  readonly case: 'budget';
  /** The ExcelApi level the host reported. */
  readonly api: string;
  readonly budgetBytes: number;
  /** Every request of the apply, the end-of-run cleanup included. */
  readonly requests: number;
  /** Largest request, the cleanup included. */
  readonly maxRequestBytes: number;
  readonly client: string;
  readonly blocks: number;
  /** Of `requests`, the round trips the adapter waited for. */
  readonly syncs: number;
  /** Requests over `budgetBytes`, the cleanup included. */
  readonly overBudget: number;
  /** Largest request the adapter waited for (not the cleanup). */
  readonly maxSyncRequestBytes: number;
  /** Bytes of each end-of-run cleanup request. */
  readonly cleanupRequestBytes: number[];
  /** When the level asked for was refused: the level asked for and what the adapter said. */
  readonly asked?: string;
  readonly refused?: string;
}

/** A budget line that could not be measured at any level. */
export interface BudgetFailure {
  readonly case: 'budget';
  readonly api: string;
  readonly budgetBytes: number;
  readonly client: string;
  readonly error: string;
}

/** 25 kB, the budget the issue asks about. */
export const BUDGET_BYTES = 25_000;
/** The add-in's ExcelApi minimum (being set to 1.9, issue 13), and the newest level. */
export const BUDGET_LEVELS = ['1.9', '1.20'] as const;

const BLOCKS = 3000;
const COLOURS = ['#00B050', '#92D050', '#FFC000', '#FF0000', null];

/** 3,000 one-row blocks in H:I, every other row, half of them with fills and bold (as test/excel's budget test). */
function smallBlocks(): WriteBlock[] {
  return Array.from({ length: BLOCKS }, (_, i) =>
    i % 2 ? { row: i * 2, col: 7, values: [[i, 'Baik']] } : { row: i * 2, col: 7, values: [[i, 'Cukup']], fills: [[null, COLOURS[i % 3]]], bold: [[true, false]] },
  );
}

/** What the blocks overwrite: 6,000 rows, most with a filled old value in H (the undo snapshot reads them). */
function oldRows(): unknown[][] {
  return Array.from({ length: 2 * BLOCKS }, (_, i) => [i, null, null, null, null, null, null, i % 5 ? { value: 'lama', fill: '#123456' } : null]);
}

/** Levels from `from` up to 1.20, to fall back on when the adapter refuses `from`. */
function levelsFrom(from: string): string[] {
  const minor = Number(from.split('.')[1]);
  return Array.from({ length: 20 - minor + 1 }, (_, i) => `1.${minor + i}`);
}

async function measure(api: string, budgetBytes: number): Promise<Omit<BudgetFigures, 'asked' | 'refused'>> {
  const bench = benchClient(simBook([simSheet('Data', oldRows() as never)]), { apiVersion: api });
  try {
    const port = new OfficeWorkbookPort({ excel: bench.client.Excel, office: bench.client.Office, maxRequestBytes: budgetBytes });
    forceGc();
    bench.client.host.reset();
    await port.apply({ sheets: [{ sheet: 'Data', owned: false, blocks: smallBlocks() }] });
    await settle();
    const requests = bench.requests();
    const wire = wireOf(requests);
    return {
      case: 'budget',
      api,
      budgetBytes,
      requests: requests.length,
      maxRequestBytes: wire.maxRequestBytes,
      client: CLIENT,
      blocks: BLOCKS,
      syncs: wire.syncs,
      overBudget: requests.filter((r) => r.requestBytes > budgetBytes).length,
      maxSyncRequestBytes: requests.reduce((n, r) => (r.cleanup ? n : Math.max(n, r.requestBytes)), 0),
      cleanupRequestBytes: requests.filter((r) => r.cleanup).map((r) => r.requestBytes),
    };
  } finally {
    bench.client.close();
  }
}

/**
 * The budget line at `api`; when the adapter refuses that level (it failed there before the
 * minimum was raised), the lowest level above it that it accepts, saying so.
 */
export async function budgetCase(api: string, budgetBytes = BUDGET_BYTES): Promise<BudgetFigures | BudgetFailure> {
  let refused: string | undefined;
  for (const level of levelsFrom(api)) {
    try {
      const figures = await measure(level, budgetBytes);
      return refused === undefined ? figures : { ...figures, asked: api, refused };
    } catch (error) {
      refused ??= messageOf(error);
    }
  }
  return { case: 'budget', api, budgetBytes, client: CLIENT, error: refused ?? 'no level ran' };
}
