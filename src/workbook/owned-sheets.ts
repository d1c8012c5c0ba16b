/**
 * The sheets the add-in owns (the Ringkasan of a run; the Rekap sheets of a consolidation) are
 * cleared before each write, so they must never be sheets the user made. A sheet named like one
 * of ours is ours only when it holds the title we write (and, for the rekap, the profile line
 * under it); otherwise ours gets a name of its own. Our own sheets are never read as tables.
 * Shared by the task pane and the CLI (nothing is lost: DESIGN.md).
 */
import { RINGKASAN_SHEET } from './ringkasan';
import type { Grid, SheetPlan, WorkbookPort, WritePlan } from './types';

/**
 * The rekap's sheet names in both languages (issue 16), once: the rekap renderer names its sheets
 * from here, and the workbook layer knows them so that it never reads them as performance tables.
 */
export const REKAP_SHEET_NAMES = {
  id: { unit: 'Rekap Unit', indikator: 'Rekap Indikator', sasaran: 'Rekap Sasaran', tren: 'Tren' },
  en: { unit: 'Unit Summary', indikator: 'Indicator Summary', sasaran: 'Sasaran Summary', tren: 'Trend' },
} as const;

/** The line under every rekap sheet's title (`Profil aturan: BPOM UPT 2024`), its label by language. */
export const REKAP_PROFILE_LABEL = { id: 'Profil aturan', en: 'Rule profile' } as const;

/** One kind of sheet the add-in writes: the names it gives them, and how to tell its own from a user's. */
interface OwnedKind {
  /** Base names (any language); a sheet is named like the kind when its name starts with one. */
  readonly names: readonly string[];
  /** Whether the first column's top cells (A1, A2…) are what the add-in writes there. */
  readonly written: (top: readonly unknown[]) => boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const rekapNames = [REKAP_SHEET_NAMES.id, REKAP_SHEET_NAMES.en];

/** A1 of a rekap sheet (`Rekap Unit: 3 unit, …`, `Tren Loka POM di Kota Dumai: …`, `Trend of …: …`). */
const REKAP_TITLE = new RegExp(
  `^(?:(?:${rekapNames.flatMap((n) => [n.unit, n.indikator, n.sasaran]).map(escape).join('|')}): |(?:${escape(REKAP_SHEET_NAMES.id.tren)} |${escape(REKAP_SHEET_NAMES.en.tren)} of ).+: )`,
);
/** A2 of a rekap sheet: the profile line. */
const REKAP_PROFILE_LINE = new RegExp(`^(?:${Object.values(REKAP_PROFILE_LABEL).map(escape).join('|')}): `);

const text = (v: unknown, re: RegExp): boolean => typeof v === 'string' && re.test(v);

/** Every kind of sheet the add-in owns. */
const OWNED_KINDS: readonly OwnedKind[] = [
  // ringkasanPlan's title line, in either language.
  { names: [RINGKASAN_SHEET], written: (top) => text(top[0], /^(?:Ringkasan Kinerja|Performance Summary) — /) },
  { names: rekapNames.flatMap((n) => Object.values(n)), written: (top) => text(top[0], REKAP_TITLE) && text(top[1], REKAP_PROFILE_LINE) },
];

/**
 * True when the grid is a sheet the add-in wrote (a Ringkasan, a Rekap sheet): its title line is
 * ours. An empty grid is not: a sheet with no cells may still hold the user's chart, picture or
 * formats, which clearing it would delete (and undo would not bring back), and an empty sheet
 * cannot be told to be ours. Ours then takes a name of its own (`Tren (2)`, `Ringkasan Kinerja`);
 * a run never leaves an owned sheet empty (it writes its title), so no sheet of ours is lost.
 */
export function isOwnSheet(grid: Grid): boolean {
  if (grid.values.length === 0) return false;
  if (grid.top !== 0 || grid.left !== 0) return false;
  const top = grid.values.slice(0, 2).map((r) => r[0]);
  return OWNED_KINDS.some((k) => k.written(top));
}

/** True when the grid is a rekap sheet the add-in wrote (its rekap title and profile line), not a Ringkasan. */
export function isOwnRekapSheet(grid: Grid): boolean {
  if (grid.values.length === 0 || grid.top !== 0 || grid.left !== 0) return false;
  return OWNED_KINDS[1].written(grid.values.slice(0, 2).map((r) => r[0]));
}

/** Whether a sheet is called like one the add-in writes (`Ringkasan…`, `Rekap Unit…`, `Tren…`; any case): ours or the user's. */
export function isOwnedNamed(name: string): boolean {
  const lower = name.toLowerCase();
  return OWNED_KINDS.some((k) => k.names.some((n) => lower.startsWith(n.toLowerCase())));
}

/**
 * Lower-cased names of sheets called like ours (`Ringkasan…`, `Rekap Unit…`) that the add-in did
 * not write: the user's own, never to be replaced. Excel compares sheet names case-insensitively.
 */
export async function foreignOwnedSheets(port: Pick<WorkbookPort, 'read'>, names: readonly string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (const name of names) {
    if (!isOwnedNamed(name)) continue;
    if (!isOwnSheet(await port.read(name))) taken.add(name.toLowerCase());
  }
  return taken;
}

/**
 * Renames owned sheets of a plan whose name is taken (the user's sheet, or another table's
 * summary in the same run): to `Ringkasan <sheet>` after the table they summarise, or, with no
 * source sheet (the rekap), to `Rekap Unit (2)`. `taken` holds lower-cased names and grows.
 */
export function claimOwnedSheets(plan: WritePlan, taken: Set<string>, sourceSheet: string | null): WritePlan {
  const sheets: SheetPlan[] = plan.sheets.map((sp) => {
    if (!sp.owned) return sp;
    let name = sp.sheet;
    for (let k = 1; taken.has(name.toLowerCase()); k++) {
      if (sourceSheet === null) name = `${sp.sheet.slice(0, 26)} (${k + 1})`;
      else name = k === 1 ? `${sp.sheet} ${sourceSheet}`.slice(0, 31) : `${`${sp.sheet} ${sourceSheet}`.slice(0, 28)} ${k}`;
    }
    taken.add(name.toLowerCase());
    return name === sp.sheet ? sp : { ...sp, sheet: name };
  });
  return { sheets };
}
