/**
 * The task pane's state and the one pure reducer that changes it (App.tsx dispatches, the
 * reducer decides): which sheet and period, where the period came from and what the pane says
 * about it, the options, the work in progress, the last result and the undo steps. Anything
 * that makes the shown result stale (another sheet, period or profile, a new template) clears it.
 */
import { profileById } from '../core';
import type { Lang, RuleProfile, StrategySummary } from '../core';
import type { PeriodChoice } from '../app';
import type { Rekap } from '../rekap';
import { choosePeriod } from '../app';
import { PERIODS, periodLabel } from '../workbook';
import type { Finding, Grid, Period, UndoToken } from '../workbook';
import { t } from './strings';

/** Work in progress: what the progress bar says, and how far (unknown when absent). */
export type Busy = null | { readonly label: string; readonly fraction?: number };

/** The message bar under the buttons. */
export type Status = null | { readonly intent: 'success' | 'error' | 'info' | 'warning'; readonly text: string };

/** Where the period in the picker came from. */
export type PeriodSource = 'saved' | 'headers' | 'fallback';

/** What the pane says about the period under its picker; `switchTo` offers the periods the sheet has. */
export interface PeriodNote {
  readonly tone: 'quiet' | 'warning';
  readonly text: string;
  readonly switchTo: readonly Period[];
}

/** The findings and summary of the last Periksa, Hitung ulang or Rekap. */
export interface RunResult {
  /** Counts up with every run, so lists opened for one run start fresh for the next. */
  readonly id: number;
  /** Which button made it (after Hitung ulang, "no findings" must not say the table is ready to calculate). */
  readonly command: 'periksa' | 'hitung' | 'rekap';
  readonly findings: readonly Finding[];
  readonly summary: StrategySummary | null;
  /** After Rekap: the consolidation (its units in NPSS order), else null. */
  readonly rekap: Rekap | null;
}

/** What a step of Batalkan undoes: the button that wrote, and the port's token of that write. */
export interface UndoStep {
  readonly command: 'hitung' | 'rekap' | 'templat';
  readonly token: UndoToken;
}

/** Everything the pane shows. */
export interface PaneState {
  readonly lang: Lang;
  /** The period used when neither the document nor the headers decide (the quarter just ended). */
  readonly fallback: Period;
  /** The sheets on offer; null while loading. */
  readonly sheets: readonly string[] | null;
  readonly sheet: string;
  /** The sheet whose headers the period note speaks of; another value means they are being read. */
  readonly headersFor: string | null;
  /** Those headers as read, so a chosen period is judged by the app's own rule (choosePeriod). */
  readonly headers: Grid | null;
  readonly period: Period;
  readonly periodSource: PeriodSource;
  readonly periodNote: PeriodNote | null;
  /** A built-in profile's id, or FILE_PROFILE for `fileProfile`. */
  readonly profileId: string;
  /** The profile imported from a file (or read back from the document), offered in the picker. */
  readonly fileProfile: RuleProfile | null;
  /** Why the profile the document saved was not used (shown until another profile is chosen). */
  readonly profileWarning: string | null;
  /** The problems of the file last refused by Impor profil: its name and one line per problem. */
  readonly importProblems: { readonly file: string; readonly lines: readonly string[] } | null;
  readonly writeFormulas: boolean;
  readonly overwriteFormulas: boolean;
  readonly busy: Busy;
  readonly status: Status;
  readonly result: RunResult | null;
  /**
   * Every write not yet undone, oldest first: Batalkan undoes the last, and pressing it again the
   * one before, so a Hitung ulang after a Rekap never takes away the way back from the Rekap.
   * Each token restores what its own write found, so they must be undone latest first.
   */
  readonly undoStack: readonly UndoStep[];
  /** The sheets holding a performance table, those Rekap can read; null while they are being found. */
  readonly rekapSheets: readonly string[] | null;
  /** Of those, the ones the user unticked (a sheet found later starts ticked). */
  readonly rekapLeftOut: readonly string[];
  /** Rekap every period each sheet's headers name (one unit's quarters: a Tren) instead of the chosen one. */
  readonly rekapAllPeriods: boolean;
}

/** What can happen to the pane. */
export type PaneAction =
  /**
   * The sheet list arrived. Shown: `prefer` when offered, else the sheet shown, else the one the
   * document saved, else the first. `reread` reads the shown sheet's headers again.
   */
  | { readonly type: 'sheetsLoaded'; readonly sheets: readonly string[]; readonly prefer?: string; readonly saved?: string; readonly reread: boolean }
  | { readonly type: 'sheetChosen'; readonly sheet: string }
  /** The headers of `sheet` were read (`grid`): what they say about the period (choosePeriod(grid, null)). */
  | { readonly type: 'headersRead'; readonly sheet: string; readonly grid: Grid; readonly choice: PeriodChoice }
  | { readonly type: 'headersFailed'; readonly sheet: string; readonly message: string }
  | { readonly type: 'periodChosen'; readonly period: Period }
  | { readonly type: 'profileChosen'; readonly profileId: string }
  /** A profile file was read and is now the active profile. */
  | { readonly type: 'profileImported'; readonly profile: RuleProfile }
  /** A profile file was refused: its problems, and the status saying so; nothing else changes. */
  | { readonly type: 'profileImportFailed'; readonly file: string; readonly lines: readonly string[]; readonly text: string }
  | { readonly type: 'writeFormulasChosen'; readonly on: boolean }
  | { readonly type: 'overwriteFormulasChosen'; readonly on: boolean }
  | { readonly type: 'workStarted'; readonly label: string }
  | { readonly type: 'progress'; readonly label: string; readonly fraction?: number }
  | { readonly type: 'workEnded' }
  /** A run's outcome: its findings and summary (or rekap), its status, and the undo token when it wrote. */
  | { readonly type: 'ran'; readonly command: RunResult['command']; readonly findings: readonly Finding[]; readonly summary: StrategySummary | null; readonly rekap?: Rekap; readonly status: Status; readonly token?: UndoToken }
  /** The sheets with a performance table were found (Rekap's candidates). */
  | { readonly type: 'rekapSheetsFound'; readonly sheets: readonly string[] }
  | { readonly type: 'rekapSheetToggled'; readonly sheet: string; readonly on: boolean }
  | { readonly type: 'rekapAllPeriodsChosen'; readonly on: boolean }
  /** A write (of `command`) stopped part way: what it wrote can still be put back with this token. */
  | { readonly type: 'applyFailed'; readonly command: UndoStep['command']; readonly token: UndoToken; readonly text: string }
  | { readonly type: 'failed'; readonly text: string }
  /** The latest undo step was undone (taken off the stack). */
  | { readonly type: 'undone'; readonly text: string }
  | { readonly type: 'templateMade'; readonly sheet: string; readonly token: UndoToken; readonly text: string }
  | { readonly type: 'status'; readonly status: Status };

/** The picker's value for the profile imported from a file (no built-in id has a space or brackets). */
export const FILE_PROFILE = '(berkas)';

/** The rule profile in use: the imported one, or the built-in of `profileId`. */
export function profileOf(s: Pick<PaneState, 'profileId' | 'fileProfile'>): RuleProfile {
  return s.profileId === FILE_PROFILE && s.fileProfile ? s.fileProfile : profileById(s.profileId);
}

/** The quarter that ended most recently before `date` (reports are made after the quarter). */
export function quarterBefore(date: Date): Period {
  const q = Math.floor(date.getMonth() / 3); // 0..3: the quarter in progress
  return q === 0 ? 'TW4' : PERIODS[q - 1];
}

/** The pane's first state: a saved period wins; else the headers decide once read. */
export function initialState(init: {
  lang: Lang;
  today: Date;
  savedPeriod: Period | null;
  profileId: string;
  writeFormulas: boolean;
  fileProfile?: RuleProfile | null;
  profileWarning?: string | null;
}): PaneState {
  const fallback = quarterBefore(init.today);
  return {
    lang: init.lang,
    fallback,
    sheets: null,
    sheet: '',
    headersFor: null,
    headers: null,
    period: init.savedPeriod ?? fallback,
    periodSource: init.savedPeriod ? 'saved' : 'fallback',
    periodNote: null,
    profileId: init.profileId,
    fileProfile: init.fileProfile ?? null,
    profileWarning: init.profileWarning ?? null,
    importProblems: null,
    writeFormulas: init.writeFormulas,
    overwriteFormulas: false,
    busy: null,
    status: null,
    result: null,
    undoStack: [],
    rekapSheets: null,
    rekapLeftOut: [],
    rekapAllPeriods: false,
  };
}

/** The sheets Rekap will read: those with a performance table the user left ticked, in workbook order. */
export function rekapChosen(s: Pick<PaneState, 'rekapSheets' | 'rekapLeftOut'>): readonly string[] {
  return (s.rekapSheets ?? []).filter((n) => !s.rekapLeftOut.includes(n));
}

/** The step Batalkan undoes next (the latest write), or null when there is none. */
export function nextUndo(s: Pick<PaneState, 'undoStack'>): UndoStep | null {
  return s.undoStack[s.undoStack.length - 1] ?? null;
}

/** Whether the period is settled for the sheet shown (its headers read), so a run may start. */
export function periodSettled(s: PaneState): boolean {
  return s.sheet !== '' && s.headersFor === s.sheet;
}

/** The next state after `action`. */
export function paneReducer(s: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'sheetsLoaded': {
      const sheet = [action.prefer, s.sheet, action.saved].find((w): w is string => !!w && action.sheets.includes(w)) ?? action.sheets[0] ?? '';
      const next = { ...s, sheets: action.sheets, headersFor: action.reread ? null : s.headersFor };
      // A sheet gone from the list (a template undone): its result goes, the message of what
      // happened (Isi semula sudah dikembalikan) stays.
      return sheet === s.sheet ? next : { ...sheetChanged(next, sheet), status: s.status };
    }
    case 'sheetChosen':
      return action.sheet === s.sheet ? s : sheetChanged(s, action.sheet);
    case 'headersRead':
      if (action.sheet !== s.sheet) return s; // an answer for a sheet no longer shown
      return withPeriodFromHeaders({ ...s, headersFor: action.sheet, headers: action.grid }, action.choice);
    case 'headersFailed': {
      if (action.sheet !== s.sheet) return s;
      const text = t(s.lang, 'periodHeadersUnread', { sheet: action.sheet, message: action.message });
      if (s.periodSource === 'saved') return { ...s, headersFor: action.sheet, headers: null, periodNote: { tone: 'warning', text, switchTo: [] } };
      const note = t(s.lang, 'periodNoteGuess', { why: text, guess: t(s.lang, 'periodFallbackToday', { period: periodLabel(s.fallback, s.lang) }) });
      return cleared({ ...s, headersFor: action.sheet, headers: null, period: s.fallback, periodSource: 'fallback', periodNote: { tone: 'warning', text: note, switchTo: [] } });
    }
    case 'periodChosen':
      // The same period, now the user's: kept for this document, the result still stands.
      if (action.period === s.period) return { ...s, periodSource: 'saved', periodNote: chosenNote(s, action.period) ?? (s.periodSource === 'headers' ? s.periodNote : null) };
      return cleared({ ...s, period: action.period, periodSource: 'saved', periodNote: chosenNote(s, action.period) });
    case 'profileChosen':
      return cleared({ ...s, profileId: action.profileId, profileWarning: null, importProblems: null });
    case 'profileImported':
      return cleared({ ...s, profileId: FILE_PROFILE, fileProfile: action.profile, profileWarning: null, importProblems: null });
    case 'profileImportFailed':
      // The profile, the result and the document stay as they were: only the refusal is said.
      return { ...s, importProblems: { file: action.file, lines: action.lines }, status: { intent: 'error', text: action.text } };
    case 'writeFormulasChosen':
      return { ...s, writeFormulas: action.on };
    case 'overwriteFormulasChosen':
      return { ...s, overwriteFormulas: action.on };
    case 'workStarted':
      return { ...s, busy: { label: action.label }, status: null };
    case 'progress':
      return { ...s, busy: { label: action.label, fraction: action.fraction } };
    case 'workEnded':
      return { ...s, busy: null };
    case 'ran':
      return {
        ...s,
        result: { id: (s.result?.id ?? 0) + 1, command: action.command, findings: action.findings, summary: action.summary, rekap: action.rekap ?? null },
        status: action.status,
        // A run that wrote is one more step back; a check or a run that wrote nothing adds none.
        undoStack: action.token && action.command !== 'periksa' ? [...s.undoStack, { command: action.command, token: action.token }] : s.undoStack,
      };
    case 'rekapSheetsFound':
      return { ...s, rekapSheets: action.sheets, rekapLeftOut: s.rekapLeftOut.filter((n) => action.sheets.includes(n)) };
    case 'rekapSheetToggled': {
      const others = s.rekapLeftOut.filter((n) => n !== action.sheet);
      return { ...s, rekapLeftOut: action.on ? others : [...others, action.sheet] };
    }
    case 'rekapAllPeriodsChosen':
      return { ...s, rekapAllPeriods: action.on };
    case 'applyFailed':
      // What was written before the failure can still be put back (DESIGN "nothing lost").
      return { ...s, undoStack: [...s.undoStack, { command: action.command, token: action.token }], status: { intent: 'error', text: action.text } };
    case 'failed':
      return { ...s, status: { intent: 'error', text: action.text } };
    case 'undone':
      return { ...s, undoStack: s.undoStack.slice(0, -1), status: { intent: 'success', text: action.text } };
    case 'templateMade': {
      const sheets = s.sheets?.includes(action.sheet) ? s.sheets : [...(s.sheets ?? []), action.sheet];
      const next = sheetChanged({ ...s, sheets, undoStack: [...s.undoStack, { command: 'templat', token: action.token }] }, action.sheet);
      return { ...cleared(next), status: { intent: 'success', text: action.text } };
    }
    case 'status':
      return { ...s, status: action.status };
  }
}

/** The last result and message no longer describe what is shown. */
function cleared(s: PaneState): PaneState {
  return { ...s, result: null, status: null };
}

/** Another sheet: its headers are read anew, and the period note waits for them. */
function sheetChanged(s: PaneState, sheet: string): PaneState {
  return cleared({ ...s, sheet, headersFor: null, headers: null, periodNote: null });
}

/**
 * A period the user (or the document) chose: fine, or a warning naming the periods the sheet
 * has. The rule is the app's (choosePeriod's note), so the pane and a run can never disagree.
 */
function chosenNote(s: PaneState, period: Period): PeriodNote | null {
  if (s.headers === null) return null;
  const choice = choosePeriod(s.headers, period, s.lang);
  return choice.note === null ? null : { tone: 'warning', text: choice.note, switchTo: choice.offered.named };
}

/**
 * The period once the headers are known: the document's saved one wins (checked against the
 * columns); else the headers' own, said quietly; else the quarter just ended (or the latest
 * quarter the headers name), and the pane says it guessed.
 */
function withPeriodFromHeaders(s: PaneState, choice: PeriodChoice): PaneState {
  const before = s.period;
  let next: PaneState;
  if (s.periodSource === 'saved') {
    next = { ...s, periodNote: chosenNote(s, s.period) };
  } else if (choice.period !== null) {
    const text = choice.note ?? t(s.lang, 'periodFromTable', { period: periodLabel(choice.period, s.lang) });
    next = { ...s, period: choice.period, periodSource: 'headers', periodNote: { tone: 'quiet', text, switchTo: [] } };
  } else {
    // The quarter just ended, unless the table has no columns for it: then its latest quarter.
    const named = choice.offered.named;
    const today = named.length === 0 || named.includes(s.fallback);
    const period = today ? s.fallback : named[named.length - 1];
    const why = choice.note ?? t(s.lang, 'periodNoTable', { sheet: s.sheet });
    const guess = t(s.lang, today ? 'periodFallbackToday' : 'periodFallbackLatest', { period: periodLabel(period, s.lang) });
    next = { ...s, period, periodSource: 'fallback', periodNote: { tone: 'warning', text: t(s.lang, 'periodNoteGuess', { why, guess }), switchTo: [] } };
  }
  return next.period === before ? next : cleared(next);
}
