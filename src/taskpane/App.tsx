/**
 * The SAKIP task pane. Everything Office-specific arrives as props (a WorkbookPort and a
 * TaskpaneEnv), as in Microsoft's task-pane template, so the same component runs in Excel,
 * in the browser preview over the simulated host, and in jsdom tests over a fake port.
 */
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  Divider,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
  Tooltip,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { ArrowClockwise16Regular, ArrowUndo20Regular, DataBarVertical20Regular, DocumentArrowDown20Regular, DocumentArrowUp20Regular, Calculator20Regular, DocumentTable20Regular, TaskListLtr20Regular } from '@fluentui/react-icons';
import { Lang, MAX_PROFILE_BYTES, PROFILES, RuleProfile, decodeProfileBytes, profileBytesProblemText, profileById, profileFromJson, profileProblemText, profileToJson, profileToObject } from '../core';
import { RekapWorkbookOutcome, RunRequest, WorkbookRun, cellsIn, choosePeriod, findingOfRekap, listText, makeTemplate, offeredSheets, performanceSheets, rekapWorkbook, runWorkbook } from '../app';
import { ApplyError, PERIODS, isPeriod, periodLabel, periodLongLabel } from '../workbook';
import type { Finding, Period, WorkbookPort } from '../workbook';
import { SETTING, TaskpaneEnv } from './env';
import { firstTableSheet } from './first-table-sheet';
import { profileFileName } from './profile-file-name';
import { TextKey, t } from './strings';
import { FILE_PROFILE, PaneAction, Status, UndoStep, initialState, nextUndo, paneReducer, periodSettled, profileOf, rekapChosen } from './state';
import { readStoredProfile } from './stored-profile';
import { FindingsList } from './components/FindingsList';
import { RekapCard } from './components/RekapCard';
import { SummaryCard } from './components/SummaryCard';

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

const useStyles = makeStyles({
  root: { padding: '12px 12px 24px', display: 'flex', flexDirection: 'column', gap: '10px', maxWidth: '520px', fontFamily: tokens.fontFamilyBase },
  header: { display: 'flex', flexDirection: 'column', gap: '4px' },
  row: { display: 'flex', gap: '8px', alignItems: 'flex-end' },
  grow: { flexGrow: 1, minWidth: 0 },
  buttons: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '8px' },
  // At Excel's 330 px pane width a label longer than its half of the row ("Create template")
  // wraps onto a second line inside its button rather than running out of it.
  action: { paddingLeft: '6px', paddingRight: '6px', whiteSpace: 'normal', minWidth: 0, overflowWrap: 'anywhere' },
  switches: { display: 'flex', flexWrap: 'wrap', gap: '6px', marginTop: '4px' },
  options: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '0 4px 4px' },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: '0 0 4px 30px' },
  importRow: { marginTop: '8px', display: 'flex', flexWrap: 'wrap', gap: '6px' },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: '4px 0 8px' },
  problems: { margin: '4px 0 0', paddingLeft: '18px' },
  // A sheet name has no spaces to break at (`LokaPOMKabupatenKepulauanMeran`, 31 characters): at
  // 330 px it wraps anywhere rather than being cut off at the pane's edge.
  sheetCheck: { display: 'flex', maxWidth: '100%' },
  sheetLabel: { minWidth: 0, overflowWrap: 'anywhere' },
  h2: { margin: '8px 0 0', fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** The button whose write a Batalkan step undoes, as the undo note names it. */
const UNDO_WHAT: Readonly<Record<UndoStep['command'], TextKey>> = { hitung: 'hitungUlang', rekap: 'rekap', templat: 'buatTemplat' };

/** Props of the task pane: the workbook and the host, nothing global. */
export interface TaskPaneProps {
  readonly port: WorkbookPort;
  readonly env: TaskpaneEnv;
  /** Today, for the period used when neither the document nor the headers decide; tests pass a fixed date. */
  readonly today?: Date;
}

/** The task pane inside its Fluent UI theme. */
export function TaskPane(props: TaskPaneProps): React.ReactElement {
  return (
    <FluentProvider theme={webLightTheme} lang={props.env.lang}>
      <App {...props} />
    </FluentProvider>
  );
}

type Tx = (key: TextKey, params?: Readonly<Record<string, string | number>>) => string;

/**
 * The status after Periksa: errors are errors, warnings warnings, a sheet without a table a
 * warning; a chosen period the sheet has no columns for names the periods it has (as after Hitung
 * ulang), not "0 rows checked".
 */
function checkedStatus(run: WorkbookRun, tx: Tx): Status {
  const o = run.sheets[0];
  if (!o || o.kind === null) return { intent: 'warning', text: tx('noTable') };
  const missing = missingPeriodNote(run);
  if (missing !== null) return { intent: 'error', text: tx('periodMissingChecked', { note: missing }) };
  const { errors, warnings, infos, indicators, activities } = run.counts;
  const intent = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'success';
  return { intent, text: tx('checked', { rows: indicators + activities, errors, warnings, infos }) };
}

/**
 * The status after a Hitung ulang that wrote: its colour follows the findings. Rows with an error
 * were written "-" and left out of the NPS, so the bar says how many and is a warning, not a
 * success (cells were written and Batalkan can put them back, so not an error either).
 */
function recalculatedStatus(run: WorkbookRun, cells: number, note: string | undefined, tx: Tx): Status {
  const errors = run.findings.filter((f) => f.severity === 'error');
  const rows = new Set(errors.flatMap((f) => (f.cell ? [`${f.sheet}!${f.cell.replace(/^[A-Z$]+/, '')}`] : []))).size;
  const { warnings } = run.counts;
  const done =
    errors.length > 0
      ? rows > 0
        ? tx('recalculatedErrors', { cells, rows })
        : tx('recalculatedErrorsNoRow', { cells, errors: errors.length })
      : warnings > 0
        ? tx('recalculatedWarnings', { cells, warnings })
        : tx('recalculated', { cells });
  // Excel may answer with an error after every write landed: still written, with its note.
  const text = note ? tx('withNote', { text: done, note }) : done;
  return { intent: errors.length > 0 || warnings > 0 || note ? 'warning' : 'success', text };
}

/**
 * The status after Rekap: written (its colour follows the findings: errors or warnings make it a
 * warning, for the rekap stands and Batalkan removes it), or nothing written, an error.
 */
function rekappedStatus(done: RekapWorkbookOutcome, sheets: readonly string[], lang: Lang, tx: Tx): Status {
  const { rekap, plan } = done;
  if (plan === null) return { intent: 'error', text: tx('rekapNothing', { sheets: listText(sheets, lang) }) };
  const errors = rekap.findings.filter((f) => f.severity === 'error').length;
  const warnings = rekap.findings.filter((f) => f.severity === 'warning').length;
  const params = { units: rekap.units.length, sheets: new Set(rekap.units.map((u) => u.sheet)).size, written: listText(plan.sheets.map((sp) => sp.sheet), lang), errors, warnings };
  const text = tx(errors + warnings === 0 ? 'rekapDone' : 'rekapDoneFindings', params);
  // Over an earlier rekap, Batalkan cannot promise it back whole: said in the same bar.
  const full = done.replaced.length > 0 ? tx('withNote', { text, note: tx('rekapReplacedUndo', { sheets: listText(done.replaced, lang), count: done.replaced.length }) }) : text;
  return { intent: errors + warnings === 0 ? 'success' : 'warning', text: full };
}

/** The note of a chosen period the sheet has no columns for (it names the periods it has), or null. */
function missingPeriodNote(run: WorkbookRun): string | null {
  const o = run.sheets[0];
  if (!o || o.period.source !== 'chosen' || o.period.note === null) return null;
  return o.findings.some((f) => f.code === 'kolom-tidak-ditemukan') ? o.period.note : null;
}

/** The task pane's controls, findings and summary. */
export function App({ port, env, today }: TaskPaneProps): React.ReactElement {
  const lang = env.lang;
  const s = useStyles();
  const [state, dispatch] = React.useReducer(paneReducer, env, (e: TaskpaneEnv) => {
    const saved = e.loadSetting(SETTING.period);
    const stored = readStoredProfile(e.loadSetting(SETTING.profile), e.lang);
    return initialState({
      lang: e.lang,
      today: today ?? new Date(),
      savedPeriod: isPeriod(saved) ? saved : null,
      profileId: stored.fromFile ? FILE_PROFILE : stored.profile.id,
      fileProfile: stored.fromFile ? stored.profile : null,
      profileWarning: stored.warning,
      writeFormulas: e.loadSetting(SETTING.writeFormulas) === true,
    });
  });
  const tx = React.useCallback((key: TextKey, params?: Readonly<Record<string, string | number>>) => t(lang, key, params), [lang]);

  /**
   * Lists the sheets on offer (the add-in's own summary left out); `prefer` is selected when
   * there. On opening, a document that saved no sheet opens on its first sheet with a table.
   */
  const loadSheets = React.useCallback(
    async (prefer?: string, reread = false, opening = false) => {
      try {
        const names = await offeredSheets(port);
        const saved = asString(env.loadSetting(SETTING.sheet));
        const found = opening && prefer === undefined && !(saved && names.includes(saved)) ? await firstTableSheet(port, names, lang) : null;
        dispatch({ type: 'sheetsLoaded', sheets: names, prefer: found?.sheet ?? prefer, saved, reread });
        // Its headers are in hand already: no second read.
        if (found) dispatch({ type: 'headersRead', sheet: found.sheet, grid: found.grid, choice: found.choice });
        // The sheets Rekap would read, listed before it runs.
        dispatch({ type: 'rekapSheetsFound', sheets: await performanceSheets(port, lang) });
      } catch (e) {
        dispatch({ type: 'sheetsLoaded', sheets: [], reread });
        dispatch({ type: 'failed', text: tx('failed', { message: messageOf(e) }) });
      }
    },
    [port, env, lang, tx],
  );

  React.useEffect(() => {
    void loadSheets(undefined, false, true);
  }, [loadSheets]);

  // The functions follow the document's profile from the start (SPEC §9: they must agree); later
  // changes go through chooseProfile, so only the profile the pane opened with is set here.
  const startProfile = React.useRef(state.profileId === FILE_PROFILE ? profileOf(state) : state.profileId);
  React.useEffect(() => {
    try {
      env.setActiveProfile(startProfile.current);
    } catch {
      // Not reached: a stored profile was checked as it was read (readStoredProfile), and a
      // broken one replaced by the default with the warning shown above Pengaturan.
    }
  }, [env]);

  // The chosen sheet's headers decide the period (unless the document saved one): read them
  // whenever another sheet is shown, or the list was reloaded on request.
  const { sheet, headersFor } = state;
  React.useEffect(() => {
    if (sheet === '' || headersFor === sheet) return;
    let live = true;
    port.read(sheet).then(
      (grid) => live && dispatch({ type: 'headersRead', sheet, grid, choice: choosePeriod(grid, null, lang) }),
      (e: unknown) => live && dispatch({ type: 'headersFailed', sheet, message: messageOf(e) }),
    );
    return () => {
      live = false;
    };
  }, [port, lang, sheet, headersFor]);

  /**
   * Runs one piece of work with the progress bar up and every error turned into a message; a
   * write of `command` stopped part way becomes an undo step of its own.
   */
  const work = async (label: string, job: () => Promise<void>, command: UndoStep['command'] = 'hitung') => {
    dispatch({ type: 'workStarted', label });
    try {
      await job();
    } catch (e) {
      if (e instanceof ApplyError) dispatch({ type: 'applyFailed', command, token: e.token, text: tx('applyFailed', { message: e.message }) });
      else dispatch({ type: 'failed', text: tx('failed', { message: messageOf(e) }) });
    } finally {
      dispatch({ type: 'workEnded' });
    }
  };

  const progress = (done: number, total: number) => dispatch({ type: 'progress', label: tx('writing', { done, total }), fraction: total > 0 ? done / total : undefined });

  const request = (command: RunRequest['command']): RunRequest => ({
    command,
    sheets: [state.sheet],
    period: state.period,
    profile: profileOf(state),
    lang,
    writeFormulas: state.writeFormulas,
    overwriteFormulas: state.overwriteFormulas,
    onWrite: (_sheet, done, total) => progress(done, total),
  });

  const onPeriksa = () =>
    work(tx('reading'), async () => {
      const run = await runWorkbook(port, request('periksa'));
      dispatch({ type: 'ran', command: 'periksa', findings: run.findings, summary: run.summary, status: checkedStatus(run, tx) });
    });

  const onHitungUlang = () =>
    work(tx('reading'), async () => {
      const run = await runWorkbook(port, request('hitung'));
      const o = run.sheets[0];
      const write = o?.write ?? null;
      if (write?.state === 'written') {
        const status = recalculatedStatus(run, cellsIn(write.plan), write.token.note, tx);
        // The sheets on offer are unchanged: the summary written is the add-in's own, never offered.
        dispatch({ type: 'ran', command: 'hitung', findings: run.findings, summary: run.summary, status, token: write.token });
        return;
      }
      // Not computed: no table; a period the sheet has no columns for; or a table to fix first.
      const missing = missingPeriodNote(run);
      const errors = run.counts.errors;
      const status: Status =
        o?.kind == null
          ? { intent: 'warning', text: tx('noTable') }
          : missing !== null
            ? { intent: 'error', text: tx('periodMissing', { note: missing }) }
            : errors > 0
              ? { intent: 'error', text: tx('notComputed', { errors }) }
              : { intent: 'warning', text: tx('notComputedEmpty') };
      dispatch({ type: 'ran', command: 'hitung', findings: run.findings, summary: run.summary, status });
    });

  const onRekap = () =>
    work(tx('rekapReading'), async () => {
      const sheets = rekapChosen(state);
      const done = await rekapWorkbook(port, {
        workbook: tx('rekapWorkbook'),
        sheets,
        period: state.rekapAllPeriods ? null : state.period,
        profile: profileOf(state),
        lang,
        onWrite: progress,
      });
      const findings = done.rekap.findings.map(findingOfRekap);
      dispatch({ type: 'ran', command: 'rekap', findings, summary: null, rekap: done.rekap, status: rekappedStatus(done, sheets, lang, tx), ...(done.token ? { token: done.token } : {}) });
    }, 'rekap');

  const onBatalkan = () =>
    work(tx('undoing'), async () => {
      // The latest write first: each token puts back what its own write found.
      const token = nextUndo(state)?.token;
      if (!token) return;
      try {
        await port.undo(token);
      } catch (e) {
        // A failed undo hands back no token of its own: the one in hand still puts everything back
        // (writing the earlier contents again is harmless), so it stays for another try.
        dispatch({ type: 'failed', text: tx('undoFailed', { message: messageOf(e) }) });
        return;
      }
      dispatch({ type: 'undone', text: tx('undone') });
      // An undone template takes its sheet along; nothing else on offer comes or goes.
      const names = await port.sheets();
      dispatch({ type: 'sheetsLoaded', sheets: (state.sheets ?? []).filter((n) => names.includes(n)), reread: false });
      if (state.rekapSheets) dispatch({ type: 'rekapSheetsFound', sheets: state.rekapSheets.filter((n) => names.includes(n)) });
    });

  const onBuatTemplat = () =>
    work(tx('working'), async () => {
      const made = await makeTemplate(port, lang, progress);
      dispatch({ type: 'templateMade', sheet: made.sheet, token: made.token, text: tx('templateMade', { sheet: made.sheet }) });
      await loadSheets(made.sheet);
    }, 'templat');

  /** A change the user made: applied, and saved in the document (a failed save is not worth a message). */
  const choose = (action: PaneAction, key: string, value: string | boolean) => {
    dispatch(action);
    void env.saveSetting(key, value).catch(() => undefined);
  };
  const chooseSheet = (name: string) => choose({ type: 'sheetChosen', sheet: name }, SETTING.sheet, name);
  const pickPeriod = (p: Period) => choose({ type: 'periodChosen', period: p }, SETTING.period, p);
  const chooseWriteFormulas = (on: boolean) => choose({ type: 'writeFormulasChosen', on }, SETTING.writeFormulas, on);

  const chooseProfile = (id: string) =>
    work(tx('working'), async () => {
      if (id === FILE_PROFILE && state.fileProfile) {
        // Back to the file's profile imported earlier in this session: stored whole again.
        const own = state.fileProfile;
        env.setActiveProfile(own);
        dispatch({ type: 'profileChosen', profileId: FILE_PROFILE });
        await env.saveSetting(SETTING.profile, profileToObject(own));
        await env.recalculateAll();
        dispatch({ type: 'status', status: { intent: 'success', text: tx('profileSaved', { name: tx('profileFromFile', { name: own.name }) }) } });
        return;
      }
      const profile = profileById(id);
      env.setActiveProfile(profile.id);
      dispatch({ type: 'profileChosen', profileId: profile.id });
      await env.saveSetting(SETTING.profile, profile.id);
      // Custom-function cells keep their old results until Excel recalculates them.
      await env.recalculateAll();
      dispatch({ type: 'status', status: { intent: 'success', text: tx('profileSaved', { name: profile.name }) } });
    });

  /**
   * Impor profil: the file is read and checked (profileFromJson names every problem); a refused
   * file changes nothing. A sound one becomes the functions' profile, is stored in the document
   * as its object (the workbook carries its rules), and Excel recalculates the =SAKIP.* cells.
   */
  const fileInput = React.useRef<HTMLInputElement>(null);
  const importProfile = (file: File) =>
    work(tx('reading'), async () => {
      let text: string;
      // The size is refused before reading, and the bytes decoded, by the CLI's own rule (core's decodeProfileBytes).
      const tooLarge = file.size > MAX_PROFILE_BYTES ? ({ kind: 'too-large', size: file.size, max: MAX_PROFILE_BYTES } as const) : null;
      try {
        const decoded = tooLarge !== null ? { problem: tooLarge } : decodeProfileBytes(new Uint8Array(await file.arrayBuffer()));
        if ('problem' in decoded) {
          dispatch({ type: 'profileImportFailed', file: file.name, lines: [], text: profileBytesProblemText(decoded.problem, file.name, lang) });
          return;
        }
        text = decoded.text;
      } catch (e) {
        dispatch({ type: 'profileImportFailed', file: file.name, lines: [], text: tx('profileUnreadable', { file: file.name, message: messageOf(e) }) });
        return;
      }
      const read = profileFromJson(text);
      if ('problems' in read) {
        const lines = read.problems.map((p) => profileProblemText(p, lang));
        dispatch({ type: 'profileImportFailed', file: file.name, lines, text: tx('profileImportFailed', { file: file.name, count: lines.length }) });
        return;
      }
      const profile: RuleProfile = read.profile;
      // Stored first: a document that refuses the setting leaves the pane and the functions as they were.
      await env.saveSetting(SETTING.profile, profileToObject(profile));
      env.setActiveProfile(profile);
      dispatch({ type: 'profileImported', profile });
      await env.recalculateAll();
      dispatch({ type: 'status', status: { intent: 'success', text: tx('profileImported', { name: profile.name, file: file.name }) } });
    });
  /**
   * Simpan profil sebagai berkas: the profile in use as a .json file (the same text as `sakip
   * profil ekspor`), handed to the browser as a download of a Blob URL.
   */
  const onSaveProfile = () => {
    const profile = profileOf(state);
    const file = profileFileName(profile);
    const url = URL.createObjectURL(new Blob([profileToJson(profile)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file;
    document.body.append(a);
    a.click();
    a.remove();
    // Revoked once the browser has taken the download over.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    dispatch({ type: 'status', status: { intent: 'success', text: tx('profileExported', { file, name: profile.name }) } });
  };
  const onFileChosen = (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) fires a change again.
    e.target.value = '';
    if (file) void importProfile(file);
  };

  const onSelect = (f: Finding) => {
    if (!f.cell) return;
    port.select(f.sheet, f.cell).catch((e: unknown) => dispatch({ type: 'failed', text: tx('failed', { message: messageOf(e) }) }));
  };

  const { sheets, period, periodNote, profileId, fileProfile, profileWarning, importProblems, writeFormulas, overwriteFormulas, busy, status, result } = state;
  const undoNext = nextUndo(state);
  const undoEarlier = state.undoStack.length - 1;
  const idle = busy === null;
  const profileLabel = profileId === FILE_PROFILE && fileProfile ? tx('profileFromFile', { name: fileProfile.name }) : profileById(profileId).name;
  const canRun = idle && periodSettled(state);
  const rekapSheets = state.rekapSheets;
  const rekapping = rekapChosen(state);
  // The chosen period must be settled unless every sheet's own periods are read.
  const canRekap = idle && rekapping.length > 0 && (state.rekapAllPeriods || periodSettled(state));

  // After each run the result must be seen: with Pengaturan open it starts below the pane's first
  // screen, and the button pressed is disabled while working, so the browser drops its focus.
  // The message bar is scrolled to the top (the findings follow it) and focus moves to the
  // findings heading (tabIndex -1: focusable by script, not a tab stop), so a keyboard user
  // carries on from the result and a screen reader reads its heading; the bar itself is a live
  // region, announced as it changes. Focus without scrolling, so the bar stays in view.
  const statusRef = React.useRef<HTMLDivElement>(null);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const resultId = result?.id ?? null;
  React.useEffect(() => {
    if (resultId === null) return;
    statusRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, [resultId]);

  return (
    <main className={s.root} aria-busy={!idle}>
      <header className={s.header}>
        <Text as="h1" size={500} weight="semibold">
          {tx('title')}
        </Text>
        <Text size={200}>{tx('intro')}</Text>
      </header>

      <div className={s.row}>
        <Field label={tx('sheet')} className={s.grow}>
          <Select value={sheet} onChange={(_e, d) => chooseSheet(d.value)} disabled={!idle || !sheets || sheets.length === 0} data-testid="sheet-picker">
            {sheets === null && <option value="">{tx('loading')}</option>}
            {sheets?.length === 0 && <option value="">{tx('noSheets')}</option>}
            {sheets?.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
        <Tooltip content={tx('refreshSheets')} relationship="label">
          <Button icon={<ArrowClockwise16Regular />} appearance="subtle" onClick={() => void loadSheets(undefined, true)} disabled={!idle} />
        </Tooltip>
      </div>

      <div>
        <Field
          label={tx('period')}
          hint={periodNote?.tone === 'quiet' ? <span data-testid="period-note">{periodNote.text}</span> : sheet !== '' && headersFor !== sheet ? tx('periodReading') : undefined}
          validationState={periodNote?.tone === 'warning' ? 'warning' : 'none'}
          validationMessage={periodNote?.tone === 'warning' ? <span data-testid="period-note">{periodNote.text}</span> : undefined}
        >
          <Select value={period} onChange={(_e, d) => isPeriod(d.value) && pickPeriod(d.value)} disabled={!idle} data-testid="period-picker">
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {periodLongLabel(p, lang)}
              </option>
            ))}
          </Select>
        </Field>
        {periodNote && periodNote.switchTo.length > 0 && (
          <div className={s.switches}>
            {periodNote.switchTo.map((p) => (
              <Button key={p} size="small" appearance="primary" onClick={() => pickPeriod(p)} disabled={!idle}>
                {tx('switchPeriod', { period: periodLabel(p, lang) })}
              </Button>
            ))}
          </div>
        )}
      </div>

      {profileWarning && (
        <MessageBar intent="warning" data-testid="profile-warning">
          <MessageBarBody>{profileWarning}</MessageBarBody>
        </MessageBar>
      )}

      <Accordion collapsible className={s.options}>
        <AccordionItem value="options">
          <AccordionHeader size="small">{tx(writeFormulas ? 'optionsHeaderFormulas' : 'optionsHeader', { options: tx('options'), profile: profileLabel, formulas: tx('formulasShort') })}</AccordionHeader>
          <AccordionPanel>
            <Field label={tx('profile')} hint={tx('profileHint')}>
              <Select value={profileId} onChange={(_e, d) => void chooseProfile(d.value)} disabled={!idle} data-testid="profile-picker">
                {PROFILES.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
                {fileProfile && <option value={FILE_PROFILE}>{tx('profileFromFile', { name: fileProfile.name })}</option>}
              </Select>
            </Field>
            <div className={s.importRow}>
              <Button size="small" icon={<DocumentArrowUp20Regular />} onClick={() => fileInput.current?.click()} disabled={!idle} aria-describedby="sakip-hint-import">
                {tx('importProfile')}
              </Button>
              <Button size="small" appearance="subtle" icon={<DocumentArrowDown20Regular />} onClick={onSaveProfile} disabled={!idle}>
                {tx('exportProfile')}
              </Button>
              <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={onFileChosen} data-testid="profile-file" />
            </div>
            <p id="sakip-hint-import" className={s.note}>
              {tx('importProfileHint')}
            </p>
            {importProblems && (
              <MessageBar intent="error" data-testid="profile-problems">
                <MessageBarBody>
                  {tx('profileProblemsTitle', { file: importProblems.file })}
                  <ul className={s.problems}>
                    {importProblems.lines.map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            )}
            <Checkbox checked={writeFormulas} onChange={(_e, d) => chooseWriteFormulas(d.checked === true)} label={tx('writeFormulas')} aria-describedby="sakip-hint-formulas" disabled={!idle} />
            <p id="sakip-hint-formulas" className={s.hint}>
              {tx('writeFormulasHint')}
            </p>
            <Checkbox checked={overwriteFormulas} onChange={(_e, d) => dispatch({ type: 'overwriteFormulasChosen', on: d.checked === true })} label={tx('overwriteFormulas')} aria-describedby="sakip-hint-overwrite" disabled={!idle} />
            <p id="sakip-hint-overwrite" className={s.hint}>
              {tx('overwriteFormulasHint')}
            </p>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>

      <Accordion collapsible className={s.options}>
        <AccordionItem value="rekap">
          <AccordionHeader size="small" data-testid="rekap-header">
            {rekapSheets === null
              ? tx('rekapHeaderLoading')
              : rekapping.length === 0
                ? tx('rekapHeaderNone')
                : tx('rekapHeader', { count: rekapping.length, sheets: listText(rekapping, lang) })}
          </AccordionHeader>
          <AccordionPanel>
            {rekapSheets?.length === 0 ? (
              <p className={s.note}>{tx('rekapNoSheets')}</p>
            ) : (
              <div role="group" aria-labelledby="sakip-rekap-sheets" data-testid="rekap-sheets">
                <p id="sakip-rekap-sheets" className={s.note}>
                  {tx('rekapSheetsLabel')}
                </p>
                {rekapSheets?.map((n) => (
                  <Checkbox
                    key={n}
                    className={s.sheetCheck}
                    checked={rekapping.includes(n)}
                    onChange={(_e, d) => dispatch({ type: 'rekapSheetToggled', sheet: n, on: d.checked === true })}
                    label={{ children: n, className: s.sheetLabel }}
                    disabled={!idle}
                  />
                ))}
              </div>
            )}
            <Checkbox checked={state.rekapAllPeriods} onChange={(_e, d) => dispatch({ type: 'rekapAllPeriodsChosen', on: d.checked === true })} label={tx('rekapAllPeriods')} aria-describedby="sakip-hint-rekap-periods" disabled={!idle} />
            <p id="sakip-hint-rekap-periods" className={s.hint}>
              {tx('rekapAllPeriodsHint', { period: periodLabel(period, lang) })}
            </p>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>

      <div className={s.buttons}>
        <Button className={s.action} appearance="primary" icon={<TaskListLtr20Regular />} onClick={() => void onPeriksa()} disabled={!canRun} title={tx('periksaHint')}>
          {tx('periksa')}
        </Button>
        <Button className={s.action} appearance="primary" icon={<Calculator20Regular />} onClick={() => void onHitungUlang()} disabled={!canRun} title={tx('hitungUlangHint')}>
          {tx('hitungUlang')}
        </Button>
        <Button className={s.action} appearance="primary" icon={<DataBarVertical20Regular />} onClick={() => void onRekap()} disabled={!canRekap} title={tx('rekapHint')}>
          {tx('rekap')}
        </Button>
        <Button className={s.action} icon={<ArrowUndo20Regular />} onClick={() => void onBatalkan()} disabled={!idle || undoNext === null} title={tx('batalkanHint')} aria-describedby={undoNext ? 'sakip-undo-next' : undefined}>
          {tx('batalkan')}
        </Button>
        <Button className={s.action} icon={<DocumentTable20Regular />} onClick={() => void onBuatTemplat()} disabled={!idle} title={tx('buatTemplatHint')}>
          {tx('buatTemplat')}
        </Button>
      </div>

      {undoNext && (
        <p id="sakip-undo-next" className={s.note} data-testid="undo-next">
          {tx(undoEarlier > 0 ? 'undoNextMore' : 'undoNext', { what: tx(UNDO_WHAT[undoNext.command]), count: undoEarlier })}
        </p>
      )}

      {busy && (
        <Field validationMessage={busy.label} validationState="none" label={tx('working')}>
          <ProgressBar value={busy.fraction} max={1} thickness="large" />
        </Field>
      )}

      <div role="status" aria-live="polite" data-testid="status" ref={statusRef}>
        {status && (
          <MessageBar intent={status.intent} data-intent={status.intent}>
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      {result && (
        <section aria-labelledby="sakip-findings-title" data-testid="findings">
          <Divider />
          <h2 id="sakip-findings-title" className={s.h2} tabIndex={-1} ref={headingRef}>
            {tx('counted', { label: tx('findings'), count: result.findings.length })}
          </h2>
          <FindingsList key={result.id} findings={result.findings} lang={lang} onSelect={onSelect} emptyText={tx(result.command === 'periksa' ? 'noFindings' : 'noFindingsAfterRun')} />
        </section>
      )}

      {result?.summary && <SummaryCard summary={result.summary} lang={lang} />}
      {result?.rekap && result.rekap.units.length > 0 && <RekapCard rekap={result.rekap} lang={lang} />}
    </main>
  );
}

function asString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
