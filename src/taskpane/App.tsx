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
import { ArrowClockwise16Regular, ArrowUndo20Regular, Calculator20Regular, DocumentTable20Regular, TaskListLtr20Regular } from '@fluentui/react-icons';
import { PROFILES, StrategySummary, profileById } from '../core';
import { check, claimOwnedSheets, foreignSummarySheets, recalculate, templatePlan } from '../workbook';
import { ApplyError, Finding, Period, RunOptions, UndoToken, WorkbookPort, WritePlan } from '../workbook/types';
import { SETTING, TaskpaneEnv } from './env';
import { TextKey, t } from './strings';
import { FindingsList } from './components/FindingsList';
import { SummaryCard } from './components/SummaryCard';

/** The periods in picker order (SPEC §1: TW I..IV, or the year). */
export const PERIODS: readonly Period[] = ['TW1', 'TW2', 'TW3', 'TW4', 'TAHUNAN'];

/** The sheet the add-in owns for its summary; never offered as the table to compute. */
export const SUMMARY_SHEET = 'Ringkasan';

/** The quarter that ended most recently before `date` (reports are made after the quarter). */
export function defaultPeriod(date: Date): Period {
  const q = Math.floor(date.getMonth() / 3); // 0..3: the quarter in progress
  return q === 0 ? 'TW4' : PERIODS[q - 1];
}

/** A sheet name not yet in `taken` (`Templat SAKIP`, `Templat SAKIP (2)`, …). */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((s) => s.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!lower.has(`${base} (${i})`.toLowerCase())) return `${base} (${i})`;
}

/** How many cells a plan writes. */
export function cellsIn(plan: WritePlan): number {
  let n = 0;
  for (const sheet of plan.sheets) for (const b of sheet.blocks) for (const row of b.values) n += row.length;
  return n;
}

const isPeriod = (v: unknown): v is Period => typeof v === 'string' && (PERIODS as readonly string[]).includes(v);
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

type Busy = null | { label: string; fraction?: number };
type Status = null | { intent: 'success' | 'error' | 'info' | 'warning'; text: string };

const useStyles = makeStyles({
  root: { padding: '12px 14px 24px', display: 'flex', flexDirection: 'column', gap: '10px', maxWidth: '520px', fontFamily: tokens.fontFamilyBase },
  header: { display: 'flex', flexDirection: 'column', gap: '4px' },
  row: { display: 'flex', gap: '8px', alignItems: 'flex-end' },
  grow: { flexGrow: 1, minWidth: 0 },
  buttons: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '8px' },
  options: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '0 4px 4px' },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: '0 0 4px 30px' },
  h2: { margin: '8px 0 0', fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** Props of the task pane: the workbook and the host, nothing global. */
export interface TaskPaneProps {
  readonly port: WorkbookPort;
  readonly env: TaskpaneEnv;
  /** Today, for the default period; tests pass a fixed date. */
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

/** The task pane's controls, findings and summary. */
export function App({ port, env, today }: TaskPaneProps): React.ReactElement {
  const lang = env.lang;
  const tx = (key: TextKey, params?: Readonly<Record<string, string | number>>) => t(lang, key, params);
  const s = useStyles();

  const [sheets, setSheets] = React.useState<string[] | null>(null);
  const [sheet, setSheet] = React.useState<string>('');
  const [period, setPeriod] = React.useState<Period>(() => {
    const saved = env.loadSetting(SETTING.period);
    return isPeriod(saved) ? saved : defaultPeriod(today ?? new Date());
  });
  const [profileId, setProfileId] = React.useState<string>(() => profileById(asString(env.loadSetting(SETTING.profile))).id);
  const [writeFormulas, setWriteFormulas] = React.useState<boolean>(() => env.loadSetting(SETTING.writeFormulas) === true);
  const [overwriteFormulas, setOverwriteFormulas] = React.useState(false);
  const [busy, setBusy] = React.useState<Busy>(null);
  const [status, setStatus] = React.useState<Status>(null);
  const [findings, setFindings] = React.useState<readonly Finding[] | null>(null);
  const [summary, setSummary] = React.useState<StrategySummary | null>(null);
  const [undoToken, setUndoToken] = React.useState<UndoToken | null>(null);

  const loadSheets = React.useCallback(
    async (prefer?: string) => {
      try {
        const names = await port.sheets();
        setSheets(names);
        setSheet((current) => {
          const wanted = [prefer, current, asString(env.loadSetting(SETTING.sheet))];
          for (const w of wanted) if (w && names.includes(w)) return w;
          return names.find((n) => n !== SUMMARY_SHEET) ?? names[0] ?? '';
        });
      } catch (e) {
        setSheets([]);
        setStatus({ intent: 'error', text: tx('failed', { message: messageOf(e) }) });
      }
    },
    // tx depends on lang only; env and port are fixed for the pane's life.
    [port, env],
  );

  React.useEffect(() => {
    void loadSheets();
    // The functions follow the document's profile from the start (SPEC §9: they must agree).
    try {
      env.setActiveProfile(profileId);
    } catch {
      // A broken profile is reported when it is chosen; the default stays active.
    }
    // Runs once: later profile changes go through chooseProfile.
  }, []);

  const options = async (): Promise<RunOptions> => ({
    period,
    profile: profileById(profileId),
    lang,
    decimalSeparator: await port.decimalSeparator(),
    writeFormulas,
    overwriteFormulas,
  });

  /** Runs one piece of work with the progress bar up and every error turned into a message. */
  const work = async (label: string, job: () => Promise<void>) => {
    setBusy({ label });
    setStatus(null);
    try {
      await job();
    } catch (e) {
      if (e instanceof ApplyError) {
        // What was written before the failure can still be put back (DESIGN "nothing lost").
        setUndoToken(e.token);
        setStatus({ intent: 'error', text: tx('applyFailed', { message: e.message }) });
      } else {
        setStatus({ intent: 'error', text: tx('failed', { message: messageOf(e) }) });
      }
    } finally {
      setBusy(null);
    }
  };

  const progress = (done: number, total: number) => setBusy({ label: tx('writing', { done, total }), fraction: total > 0 ? done / total : undefined });

  const onPeriksa = () =>
    work(tx('reading'), async () => {
      const grid = await port.read(sheet);
      const result = check(grid, await options());
      setFindings(result.findings);
      setSummary(result.summary);
      // Said every time, also when nothing is wrong; an efficiency table has no summary but is a table.
      const count = (severity: string): number => result.findings.filter((f) => f.severity === severity).length;
      const [errors, warnings, infos] = [count('error'), count('warning'), count('info')];
      const intent = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'success';
      setStatus(result.kind !== null ? { intent, text: tx('checked', { rows: result.rows, errors, warnings, infos }) } : { intent: 'warning', text: tx('noTable') });
    });

  const onHitungUlang = () =>
    work(tx('reading'), async () => {
      const grid = await port.read(sheet);
      const result = recalculate(grid, await options());
      setFindings(result.findings);
      setSummary(result.summary);
      if (result.plan.sheets.length === 0) {
        // A table found but not computable (a column missing) is an error to fix, not "no table".
        const errors = result.findings.filter((f) => f.severity === 'error').length;
        const noHeader = result.findings.some((f) => f.code === 'header-tidak-ditemukan');
        setStatus(noHeader || errors === 0 ? { intent: 'warning', text: tx('noTable') } : { intent: 'error', text: tx('notComputed', { errors }) });
        return;
      }
      setBusy({ label: tx('writing', { done: 0, total: result.plan.sheets.length }), fraction: 0 });
      // A user's own sheet named like the summary is never cleared: ours then gets its own name.
      const taken = await foreignSummarySheets(port, await port.sheets());
      const plan = claimOwnedSheets(result.plan, taken, sheet);
      const token = await port.apply(plan, progress);
      setUndoToken(token);
      // Excel may answer with an error after every write landed: a success, with its note.
      const done = tx('recalculated', { cells: cellsIn(plan) });
      setStatus({ intent: token.note ? 'warning' : 'success', text: token.note ? `${done} ${token.note}` : done });
      await loadSheets(sheet);
    });

  const onBatalkan = () =>
    work(tx('undoing'), async () => {
      if (!undoToken) return;
      try {
        await port.undo(undoToken);
      } catch (e) {
        // A failed undo hands back no token of its own: the one in hand still puts everything back
        // (writing the earlier contents again is harmless), so it stays for another try.
        setStatus({ intent: 'error', text: tx('undoFailed', { message: messageOf(e) }) });
        return;
      }
      setUndoToken(null);
      setStatus({ intent: 'success', text: tx('undone') });
      await loadSheets(sheet);
    });

  const onBuatTemplat = () =>
    work(tx('working'), async () => {
      const name = freeSheetName(lang === 'en' ? 'SAKIP Template' : 'Templat SAKIP', sheets ?? (await port.sheets()));
      const token = await port.apply(templatePlan(lang, name), progress);
      setUndoToken(token);
      await loadSheets(name);
      setSheet(name);
      setStatus({ intent: 'success', text: tx('templateMade', { sheet: name }) });
    });

  const chooseSheet = (name: string) => {
    setSheet(name);
    void env.saveSetting(SETTING.sheet, name).catch(() => undefined);
  };

  const choosePeriod = (p: Period) => {
    setPeriod(p);
    void env.saveSetting(SETTING.period, p).catch(() => undefined);
  };

  const chooseWriteFormulas = (on: boolean) => {
    setWriteFormulas(on);
    void env.saveSetting(SETTING.writeFormulas, on).catch(() => undefined);
  };

  const chooseProfile = (id: string) =>
    work(tx('working'), async () => {
      const profile = profileById(id);
      env.setActiveProfile(profile.id);
      setProfileId(profile.id);
      await env.saveSetting(SETTING.profile, profile.id);
      // Custom-function cells keep their old results until Excel recalculates them.
      await env.recalculateAll();
      setStatus({ intent: 'success', text: tx('profileSaved', { name: profile.name }) });
    });

  const onSelect = (f: Finding) => {
    if (!f.cell) return;
    port.select(f.sheet, f.cell).catch((e: unknown) => setStatus({ intent: 'error', text: tx('failed', { message: messageOf(e) }) }));
  };

  const idle = busy === null;
  const canRun = idle && sheet !== '';

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
          <Button icon={<ArrowClockwise16Regular />} appearance="subtle" onClick={() => void loadSheets()} disabled={!idle} />
        </Tooltip>
      </div>

      <Field label={tx('period')}>
        <Select value={period} onChange={(_e, d) => isPeriod(d.value) && choosePeriod(d.value)} disabled={!idle} data-testid="period-picker">
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {tx(`period${p}` as TextKey)}
            </option>
          ))}
        </Select>
      </Field>

      <Accordion collapsible className={s.options}>
        <AccordionItem value="options">
          <AccordionHeader size="small">{`${tx('options')}: ${profileById(profileId).name}${writeFormulas ? ` · ${tx('formulasShort')}` : ''}`}</AccordionHeader>
          <AccordionPanel>
            <Field label={tx('profile')} hint={tx('profileHint')}>
              <Select value={profileId} onChange={(_e, d) => void chooseProfile(d.value)} disabled={!idle} data-testid="profile-picker">
                {PROFILES.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Checkbox checked={writeFormulas} onChange={(_e, d) => chooseWriteFormulas(d.checked === true)} label={tx('writeFormulas')} aria-describedby="sakip-hint-formulas" disabled={!idle} />
            <p id="sakip-hint-formulas" className={s.hint}>
              {tx('writeFormulasHint')}
            </p>
            <Checkbox checked={overwriteFormulas} onChange={(_e, d) => setOverwriteFormulas(d.checked === true)} label={tx('overwriteFormulas')} aria-describedby="sakip-hint-overwrite" disabled={!idle} />
            <p id="sakip-hint-overwrite" className={s.hint}>
              {tx('overwriteFormulasHint')}
            </p>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>

      <div className={s.buttons}>
        <Button appearance="primary" icon={<TaskListLtr20Regular />} onClick={() => void onPeriksa()} disabled={!canRun} title={tx('periksaHint')}>
          {tx('periksa')}
        </Button>
        <Button appearance="primary" icon={<Calculator20Regular />} onClick={() => void onHitungUlang()} disabled={!canRun} title={tx('hitungUlangHint')}>
          {tx('hitungUlang')}
        </Button>
        <Button icon={<ArrowUndo20Regular />} onClick={() => void onBatalkan()} disabled={!idle || undoToken === null} title={tx('batalkanHint')}>
          {tx('batalkan')}
        </Button>
        <Button icon={<DocumentTable20Regular />} onClick={() => void onBuatTemplat()} disabled={!idle} title={tx('buatTemplatHint')}>
          {tx('buatTemplat')}
        </Button>
      </div>

      {busy && (
        <Field validationMessage={busy.label} validationState="none" label={tx('working')}>
          <ProgressBar value={busy.fraction} max={1} thickness="large" />
        </Field>
      )}

      <div role="status" aria-live="polite" data-testid="status">
        {status && (
          <MessageBar intent={status.intent}>
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>


      {summary && <SummaryCard summary={summary} lang={lang} />}

      {findings && (
        <section aria-labelledby="sakip-findings-title">
          <Divider />
          <h2 id="sakip-findings-title" className={s.h2}>
            {`${tx('findings')} (${findings.length})`}
          </h2>
          <FindingsList findings={findings} lang={lang} onSelect={onSelect} />
        </section>
      )}
    </main>
  );
}

function asString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
