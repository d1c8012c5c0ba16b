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
  /** The index of the report `first` is of. */
  readonly firstReport: number;
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
  firstReport: number;
  firstName: string;
  values: (T | null)[];
  spellings: Map<string, number>;
  prev: string | null;
  next: string | null;
}

/** An item's row key and the spelling it contributes to the row's name. */
export interface ItemName {
  readonly key: string;
  readonly nama: string;
}

/**
 * Rows of the items of `reports` (index-aligned), matched by the key `nameOf` gives (called once
 * per item). Order: the rows of the report with the most items (the
 * first such report on a tie), in its own order — a planner reads the matrix as the report reads —
 * and each other report's extra items placed where that report has them: after the item they
 * follow there, or before its first shared item, so a sasaran's indicators stay together.
 */
export function matchRows<T>(reports: readonly (readonly T[])[], nameOf: (item: T, report: number) => ItemName): { rows: MatchedRow<T>[]; duplicates: DuplicateItem<T>[] } {
  // No report, no row (every file of a rekap may have failed): there is no base report to order by.
  if (reports.length === 0) return { rows: [], duplicates: [] };
  let base = 0;
  reports.forEach((items, i) => {
    if (items.length > reports[base].length) base = i;
  });
  // No report at all (a rekap of nothing): no row, rather than reading a report that is not there.
  const order = reports.length === 0 ? [] : [base, ...reports.map((_, i) => i).filter((i) => i !== base)];
  const rows = new Map<string, Building<T>>();
  // A doubly linked list of the row keys: inserting an extra row anywhere is O(1).
  let head: string | null = null;
  let tail: string | null = null;
  const linkAfter = (key: string, after: string | null): void => {
    const row = rows.get(key)!;
    row.prev = after;
    row.next = after === null ? head : rows.get(after)!.next;
    if (row.next === null) tail = key;
    else rows.get(row.next)!.prev = key;
    if (after === null) head = key;
    else rows.get(after)!.next = key;
  };
  const duplicates: DuplicateItem<T>[] = [];
  for (const r of order) {
    // The last row this report placed or met; extras met before any shared row wait in `pending`.
    let cursor: string | null = null;
    let pending: string[] = [];
    for (const item of reports[r]) {
      const { key, nama } = nameOf(item, r);
      let row = rows.get(key);
      if (row === undefined) {
        row = { key, first: item, firstReport: r, firstName: nama, values: new Array<T | null>(reports.length).fill(null), spellings: new Map(), prev: null, next: null };
        rows.set(key, row);
        if (cursor === null && r !== base) pending.push(key);
        else {
          linkAfter(key, cursor ?? tail);
          cursor = key;
        }
      } else {
        if (cursor === null) {
          // The report's first shared row: its extras so far go just before it.
          let after = row.prev;
          for (const k of pending) {
            linkAfter(k, after);
            after = k;
          }
          pending = [];
        }
        cursor = key;
      }
      const kept = row.values[r];
      if (kept !== null) {
        duplicates.push({ report: r, kept, extra: item });
        continue;
      }
      row.values[r] = item;
      // One count per report (a duplicate is not counted): the spelling most reports use.
      row.spellings.set(nama, (row.spellings.get(nama) ?? 0) + 1);
    }
    // A report sharing no row with those before it: its rows go after theirs.
    for (const k of pending) linkAfter(k, tail);
  }
  const out: MatchedRow<T>[] = [];
  // `head` is set inside linkAfter, which the compiler's narrowing does not follow.
  for (let k = head as string | null; k !== null; k = rows.get(k)!.next) {
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
    out.push({ key: row.key, nama, first: row.first, firstReport: row.firstReport, values: row.values });
  }
  duplicates.sort((a, b) => a.report - b.report);
  return { rows: out, duplicates };
}
