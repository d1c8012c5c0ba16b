/**
 * Matching the items of many reports (indicators, sasaran) into rows by a key, in the order a
 * planner reads them. Shared by the rekap matrices and the trend.
 */

/** Items of several reports matched under one key. */
export interface MatchedRow<T> {
  readonly key: string;
  /** The spelling most reports use; the first seen on a tie. */
  readonly nama: string;
  /** The item of the first report (in matching order) that has the row: its perspektif, sasaran. */
  readonly first: T;
  /** Index-aligned with the reports given: that report's item, or null. */
  readonly values: (T | null)[];
}

/** A report with two items of one key: the first is used, the second left out. */
export interface DuplicateItem<T> {
  readonly report: number;
  readonly kept: T;
  readonly extra: T;
}

interface Building<T> {
  key: string;
  first: T;
  firstName: string;
  values: (T | null)[];
  spellings: Map<string, number>;
  next: string | null;
}

/**
 * Rows of the items of `reports` (index-aligned), matched by `keyOf`. Order: the rows of the
 * report with the most items (the first such report on a tie), in its own order — a planner reads
 * the matrix as the report reads — and each other report's extra items placed right after the
 * item they follow in that report, so a sasaran's indicators stay together.
 */
export function matchRows<T>(reports: readonly (readonly T[])[], keyOf: (item: T, report: number) => string, nameOf: (item: T, report: number) => string): { rows: MatchedRow<T>[]; duplicates: DuplicateItem<T>[] } {
  let base = 0;
  reports.forEach((items, i) => {
    if (items.length > reports[base].length) base = i;
  });
  const order = [base, ...reports.map((_, i) => i).filter((i) => i !== base)];
  const rows = new Map<string, Building<T>>();
  let head: string | null = null;
  let tail: string | null = null;
  const duplicates: DuplicateItem<T>[] = [];
  for (const r of order) {
    let cursor: string | null = null;
    for (const item of reports[r]) {
      const key = keyOf(item, r);
      const nama = nameOf(item, r);
      let row = rows.get(key);
      if (row === undefined) {
        row = { key, first: item, firstName: nama, values: new Array<T | null>(reports.length).fill(null), spellings: new Map(), next: null };
        rows.set(key, row);
        if (cursor === null && head !== null && r !== base) {
          // An extra before anything this report shares: it goes first, where the report puts it.
          row.next = head;
          head = key;
        } else if (cursor === null || cursor === tail) {
          if (tail === null) head = key;
          else rows.get(tail)!.next = key;
          tail = key;
        } else {
          const after = rows.get(cursor)!;
          row.next = after.next;
          after.next = key;
        }
      }
      cursor = key;
      const kept = row.values[r];
      if (kept !== null) {
        duplicates.push({ report: r, kept, extra: item });
        continue;
      }
      row.values[r] = item;
      // One count per report (a duplicate is not counted): the spelling most reports use.
      row.spellings.set(nama, (row.spellings.get(nama) ?? 0) + 1);
    }
  }
  const out: MatchedRow<T>[] = [];
  for (let k = head; k !== null; k = rows.get(k)!.next) {
    const row = rows.get(k)!;
    let nama = row.firstName;
    let most = 0;
    // Map order is insertion order: the first spelling seen wins a tie.
    for (const [spelling, count] of row.spellings) {
      if (count > most) {
        nama = spelling;
        most = count;
      }
    }
    out.push({ key: row.key, nama, first: row.first, values: row.values });
  }
  duplicates.sort((a, b) => a.report - b.report);
  return { rows: out, duplicates };
}
