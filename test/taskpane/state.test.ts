/**
 * The pane's reducer on its own: each action and the state it leads to. What the headers say
 * comes from the committed fixture files (read with the CLI's exceljs port), as the pane gets it.
 */
import path from 'path';
import { choosePeriod } from '../../src/app';
import type { PeriodChoice } from '../../src/app';
import { BPOM_UPT_2024 } from '../../src/core';
import { FILE_PROFILE, PaneState, initialState, nextUndo, paneReducer, periodSettled, profileOf, quarterBefore, rekapChosen } from '../../src/taskpane/state';
import type { Finding, Grid, UndoToken } from '../../src/workbook';
import { XlsxWorkbook } from '../../src/xlsx';
import { FIXTURES } from '../../scripts/make-fixtures';

const fixture = (name: string) => path.resolve(__dirname, '..', 'fixtures', name);

/** The headers of `sheet` in a fixture and what they say, as the pane reads them. */
async function headers(file: string, sheet = 'Kinerja'): Promise<{ grid: Grid; choice: PeriodChoice }> {
  const grid = await (await XlsxWorkbook.open(fixture(file))).read(sheet);
  return { grid, choice: choosePeriod(grid, null, 'id') };
}

const IN_TW4 = new Date(2024, 10, 15);
const TOKEN: UndoToken = { id: 'u1', restore: [], ownedBefore: [] };
const FINDING: Finding = { sheet: 'Kinerja', cell: 'H9', severity: 'warning', code: 'audit-kriteria', message: 'Kinerja!H9: Kriteria tertulis "Baik", seharusnya "Sangat Baik"' };

function start(savedPeriod: PaneState['period'] | null = null): PaneState {
  return initialState({ lang: 'id', today: IN_TW4, savedPeriod, profileId: 'bpom-upt-2024', writeFormulas: false });
}

/** A pane showing Kinerja of `file` with its headers read. */
async function showing(file: string, savedPeriod: PaneState['period'] | null = null): Promise<PaneState> {
  const s = paneReducer(start(savedPeriod), { type: 'sheetsLoaded', sheets: ['Sampul', 'Kinerja'], prefer: 'Kinerja', reread: false });
  return paneReducer(s, { type: 'headersRead', sheet: 'Kinerja', ...(await headers(file)) });
}

/** `s` with a result and a message on screen. */
function withResult(s: PaneState): PaneState {
  return paneReducer(s, { type: 'ran', command: 'periksa', findings: [FINDING], summary: null, status: { intent: 'warning', text: 'Pemeriksaan selesai' } });
}

test('the quarter used when nothing decides is the one that ended last', () => {
  expect([new Date(2024, 0, 10), new Date(2024, 3, 1), new Date(2024, 6, 5), new Date(2024, 9, 31), IN_TW4].map(quarterBefore)).toEqual(['TW4', 'TW1', 'TW2', 'TW3', 'TW3']);
});

test('the first state: a saved period is the document\'s; otherwise the headers will decide', () => {
  expect(start('TW1')).toMatchObject({ period: 'TW1', periodSource: 'saved', sheets: null, sheet: '', result: null, undoStack: [] });
  expect(start()).toMatchObject({ period: 'TW3', periodSource: 'fallback', periodNote: null });
  expect(periodSettled(start())).toBe(false);
});

describe('sheetsLoaded', () => {
  const loaded = (s: PaneState, over: { prefer?: string; saved?: string; reread?: boolean } = {}) =>
    paneReducer(s, { type: 'sheetsLoaded', sheets: ['Sampul', 'Kinerja', 'Efisiensi'], reread: false, ...over });

  test('shows the preferred sheet, else the one shown, else the saved one, else the first', () => {
    expect(loaded(start(), { prefer: 'Efisiensi', saved: 'Kinerja' }).sheet).toBe('Efisiensi');
    expect(loaded(start(), { saved: 'Kinerja' }).sheet).toBe('Kinerja');
    expect(loaded(start(), { saved: 'Hilang' }).sheet).toBe('Sampul');
    const shown = loaded(start(), { prefer: 'Efisiensi' });
    expect(loaded(shown, { saved: 'Kinerja' }).sheet).toBe('Efisiensi');
  });

  test('the same sheet keeps its result (a list reloaded after a write); reread asks for its headers again', async () => {
    const s = withResult(await showing(FIXTURES.report));
    const again = paneReducer(s, { type: 'sheetsLoaded', sheets: ['Kinerja'], reread: false });
    expect(again.result).toBe(s.result);
    expect(periodSettled(again)).toBe(true);
    expect(periodSettled(paneReducer(s, { type: 'sheetsLoaded', sheets: ['Kinerja'], reread: true }))).toBe(false);
  });

  test('a sheet gone from the list takes its result along, but the message of what happened stays', async () => {
    const s = paneReducer(withResult(await showing(FIXTURES.report)), { type: 'undone', text: 'Isi semula sudah dikembalikan.' });
    const next = paneReducer(s, { type: 'sheetsLoaded', sheets: ['Sampul'], reread: false });
    expect(next).toMatchObject({ sheet: 'Sampul', result: null, status: { intent: 'success', text: 'Isi semula sudah dikembalikan.' }, periodNote: null });
  });
});

describe('headersRead', () => {
  test('one quarter named: that period, with a quiet note naming the cells', async () => {
    const s = await showing(FIXTURES.report);
    expect(s).toMatchObject({ period: 'TW2', periodSource: 'headers', periodNote: { tone: 'quiet', switchTo: [] } });
    expect(s.periodNote?.text).toBe('Periode TW II dibaca dari judul kolom (E5 "Target Triwulan II", F5 "Realisasi Triwulan II").');
    expect(periodSettled(s)).toBe(true);
  });

  test('a plain Target: the quarter just ended, and a warning that says so', async () => {
    const s = await showing(FIXTURES.canonical);
    expect(s).toMatchObject({ period: 'TW3', periodSource: 'fallback', periodNote: { tone: 'warning' } });
    expect(s.periodNote?.text).toMatch(/tidak menyebut periode .* Untuk sementara dipakai TW III, triwulan yang baru saja berakhir; ganti bila perlu\.$/);
  });

  test('four quarters named: the quarter just ended is among them; when it is not, the table\'s latest', async () => {
    const { grid, choice } = await headers(FIXTURES.quarterly);
    expect((await showing(FIXTURES.quarterly)).period).toBe('TW3');
    const early = { ...choice, offered: { ...choice.offered, named: ['TW1', 'TW2'] as const } } as PeriodChoice;
    const s = paneReducer(paneReducer(start(), { type: 'sheetsLoaded', sheets: ['Kinerja'], reread: false }), { type: 'headersRead', sheet: 'Kinerja', grid, choice: early });
    expect(s.period).toBe('TW2');
    expect(s.periodNote?.text).toMatch(/Untuk sementara dipakai TW II, triwulan terakhir di tabel; ganti bila perlu\.$/);
  });

  test('no table: the quarter just ended, and the pane says the headers could not tell', async () => {
    const s = paneReducer(paneReducer(start(), { type: 'sheetsLoaded', sheets: ['Sampul'], reread: false }), { type: 'headersRead', sheet: 'Sampul', ...(await headers(FIXTURES.report, 'Sampul')) });
    expect(s.periodNote).toEqual({ tone: 'warning', text: 'Di lembar Sampul tidak ada tabel yang dikenali, jadi periode tidak dapat dibaca dari judul kolom. Untuk sementara dipakai TW III, triwulan yang baru saja berakhir; ganti bila perlu.', switchTo: [] });
  });

  test('a saved period stays; when the sheet has no columns for it, the note names those it has and offers them', async () => {
    expect((await showing(FIXTURES.report, 'TW2')).periodNote).toBeNull();
    const s = await showing(FIXTURES.report, 'TW3');
    expect(s).toMatchObject({ period: 'TW3', periodSource: 'saved' });
    expect(s.periodNote).toEqual({ tone: 'warning', text: 'Lembar Kinerja tidak memiliki kolom TW III; yang ada hanya kolom TW II.', switchTo: ['TW2'] });
  });

  test('an answer for a sheet no longer shown is dropped', async () => {
    const s = paneReducer(start(), { type: 'sheetsLoaded', sheets: ['Sampul', 'Kinerja'], prefer: 'Sampul', reread: false });
    expect(paneReducer(s, { type: 'headersRead', sheet: 'Kinerja', ...(await headers(FIXTURES.report)) })).toBe(s);
  });

  test('headers that cannot be read: said, and the quarter just ended (or the saved period) used', () => {
    const s = paneReducer(start(), { type: 'sheetsLoaded', sheets: ['Kinerja'], reread: false });
    const failed = paneReducer(s, { type: 'headersFailed', sheet: 'Kinerja', message: 'GeneralException' });
    expect(failed).toMatchObject({ period: 'TW3', periodNote: { tone: 'warning', text: 'Judul kolom lembar Kinerja tidak dapat dibaca (GeneralException). Untuk sementara dipakai TW III, triwulan yang baru saja berakhir; ganti bila perlu.' } });
    expect(periodSettled(failed)).toBe(true);
  });

  test('a period the headers change clears a result made under the old one', async () => {
    const s = withResult(paneReducer(start(), { type: 'sheetsLoaded', sheets: ['Kinerja'], reread: true }));
    expect(s.period).toBe('TW3');
    const next = paneReducer(s, { type: 'headersRead', sheet: 'Kinerja', ...(await headers(FIXTURES.report)) });
    expect(next).toMatchObject({ period: 'TW2', result: null, status: null });
  });
});

describe('what clears a result', () => {
  test('another sheet, another period, another profile, a new template', async () => {
    const s = withResult(await showing(FIXTURES.report));
    expect(s.result?.findings).toEqual([FINDING]);
    const sheet = paneReducer(s, { type: 'sheetChosen', sheet: 'Sampul' });
    expect(sheet).toMatchObject({ sheet: 'Sampul', result: null, status: null, periodNote: null });
    expect(periodSettled(sheet)).toBe(false);
    expect(paneReducer(s, { type: 'periodChosen', period: 'TW1' })).toMatchObject({ period: 'TW1', periodSource: 'saved', result: null, status: null });
    expect(paneReducer(s, { type: 'profileChosen', profileId: 'bpom-enam-tingkat' })).toMatchObject({ profileId: 'bpom-enam-tingkat', result: null, status: null });
    // A profile imported from a file: active (profileOf), offered in the picker, the result gone.
    const own = { ...BPOM_UPT_2024, id: 'loka-uji', name: 'Profil Loka Uji' };
    const imported = paneReducer(s, { type: 'profileImported', profile: own });
    expect(imported).toMatchObject({ profileId: FILE_PROFILE, fileProfile: own, result: null, status: null });
    expect(profileOf(imported)).toBe(own);
    // Back to a built-in: the file's profile stays offered for this session, no longer used.
    const back = paneReducer(imported, { type: 'profileChosen', profileId: 'bpom-upt-2024' });
    expect([back.fileProfile, profileOf(back)]).toEqual([own, BPOM_UPT_2024]);
    const made = paneReducer(s, { type: 'templateMade', sheet: 'Templat SAKIP', token: TOKEN, text: 'Templat dibuat di lembar Templat SAKIP.' });
    expect(made).toMatchObject({ sheet: 'Templat SAKIP', sheets: ['Sampul', 'Kinerja', 'Templat SAKIP'], result: null, undoStack: [{ command: 'templat', token: TOKEN }], status: { intent: 'success', text: 'Templat dibuat di lembar Templat SAKIP.' } });
  });

  test('but not choosing the sheet already shown, the period already used, or the write options', async () => {
    const s = withResult(await showing(FIXTURES.report));
    expect(paneReducer(s, { type: 'sheetChosen', sheet: 'Kinerja' })).toBe(s);
    expect(paneReducer(s, { type: 'periodChosen', period: 'TW2' })).toMatchObject({ periodSource: 'saved', result: s.result, status: s.status });
    expect(paneReducer(s, { type: 'writeFormulasChosen', on: true })).toMatchObject({ writeFormulas: true, result: s.result });
    expect(paneReducer(s, { type: 'overwriteFormulasChosen', on: true })).toMatchObject({ overwriteFormulas: true, result: s.result });
    // A refused profile file: its problems and the error said; profile and result untouched.
    const refused = paneReducer(s, { type: 'profileImportFailed', file: 'p.json', lines: ['kriteria: …'], text: 'Berkas p.json tidak dipakai' });
    expect(refused).toMatchObject({ profileId: s.profileId, fileProfile: null, result: s.result, importProblems: { file: 'p.json', lines: ['kriteria: …'] }, status: { intent: 'error', text: 'Berkas p.json tidak dipakai' } });
  });

  test('switching to a period the sheet has removes the warning', async () => {
    const s = withResult(await showing(FIXTURES.report, 'TW3'));
    expect(paneReducer(s, { type: 'periodChosen', period: 'TW2' })).toMatchObject({ period: 'TW2', periodNote: null, result: null });
    expect(paneReducer(s, { type: 'periodChosen', period: 'TW4' }).periodNote?.text).toBe('Lembar Kinerja tidak memiliki kolom TW IV; yang ada hanya kolom TW II.');
  });
});

describe('work, results and the undo token', () => {
  test('work shows its progress and clears the message; its end hides the bar', () => {
    const s = paneReducer({ ...start(), status: { intent: 'error', text: 'lama' } }, { type: 'workStarted', label: 'Membaca lembar…' });
    expect(s).toMatchObject({ busy: { label: 'Membaca lembar…' }, status: null });
    expect(paneReducer(s, { type: 'progress', label: 'Menulis hasil… (1 dari 4)', fraction: 0.25 }).busy).toEqual({ label: 'Menulis hasil… (1 dari 4)', fraction: 0.25 });
    expect(paneReducer(s, { type: 'workEnded' }).busy).toBeNull();
  });

  test('each run a new result (its lists open afresh); a written run brings its token, a check keeps the one in hand', () => {
    const ran = paneReducer(start(), { type: 'ran', command: 'hitung', findings: [], summary: null, status: { intent: 'success', text: 'selesai' }, token: TOKEN });
    expect(ran).toMatchObject({ result: { id: 1, findings: [] }, undoStack: [{ command: 'hitung', token: TOKEN }], status: { intent: 'success', text: 'selesai' } });
    const again = paneReducer(ran, { type: 'ran', command: 'periksa', findings: [FINDING], summary: null, status: { intent: 'warning', text: 'diperiksa' } });
    expect(again).toMatchObject({ result: { id: 2, findings: [FINDING] }, undoStack: [{ command: 'hitung', token: TOKEN }] });
  });

  test('a write stopped part way keeps its token for Batalkan; a failed undo keeps the token in hand; an undo done drops it', () => {
    const torn: UndoToken = { id: 'u2', restore: [], ownedBefore: [] };
    const s = paneReducer(start(), { type: 'applyFailed', command: 'hitung', token: torn, text: 'Penulisan gagal di tengah jalan' });
    expect(s).toMatchObject({ undoStack: [{ command: 'hitung', token: torn }], status: { intent: 'error', text: 'Penulisan gagal di tengah jalan' } });
    const failed = paneReducer(s, { type: 'failed', text: 'Pembatalan belum selesai' });
    expect(failed).toMatchObject({ undoStack: [{ command: 'hitung', token: torn }], status: { intent: 'error', text: 'Pembatalan belum selesai' } });
    expect(paneReducer(failed, { type: 'undone', text: 'Isi semula sudah dikembalikan.' })).toMatchObject({ undoStack: [], status: { intent: 'success' } });
  });

  test('undo is a stack: Batalkan undoes the latest write, then the one before (Rekap, Hitung ulang, Buat templat)', () => {
    const tokens = ['rekap', 'hitung', 'templat'].map((id): UndoToken => ({ id, restore: [], ownedBefore: [] }));
    let s = paneReducer(start(), { type: 'ran', command: 'rekap', findings: [], summary: null, status: null, token: tokens[0] });
    s = paneReducer(s, { type: 'ran', command: 'hitung', findings: [], summary: null, status: null, token: tokens[1] });
    s = paneReducer(s, { type: 'templateMade', sheet: 'Templat SAKIP', token: tokens[2], text: 'dibuat' });
    const undone: string[] = [];
    for (let step = nextUndo(s); step !== null; step = nextUndo(s)) {
      undone.push(`${step.command}:${step.token.id}`);
      s = paneReducer(s, { type: 'undone', text: 'Isi semula sudah dikembalikan.' });
    }
    expect(undone).toEqual(['templat:templat', 'hitung:hitung', 'rekap:rekap']);
    expect(s.undoStack).toEqual([]);
  });
});

describe('the sheets Rekap reads', () => {
  it('starts with every performance sheet ticked; an unticked one stays out until ticked again, and leaves the list with its sheet', () => {
    let s = paneReducer(start(), { type: 'rekapSheetsFound', sheets: ['Medan', 'Batam', 'Dumai'] });
    expect(rekapChosen(s)).toEqual(['Medan', 'Batam', 'Dumai']);
    s = paneReducer(s, { type: 'rekapSheetToggled', sheet: 'Batam', on: false });
    expect(rekapChosen(s)).toEqual(['Medan', 'Dumai']);
    // A sheet found later (a new template) starts ticked; Batam stays out.
    s = paneReducer(s, { type: 'rekapSheetsFound', sheets: ['Medan', 'Batam', 'Dumai', 'Templat SAKIP'] });
    expect(rekapChosen(s)).toEqual(['Medan', 'Dumai', 'Templat SAKIP']);
    s = paneReducer(s, { type: 'rekapSheetToggled', sheet: 'Batam', on: true });
    expect(rekapChosen(s)).toEqual(['Medan', 'Batam', 'Dumai', 'Templat SAKIP']);
    s = paneReducer(paneReducer(s, { type: 'rekapSheetToggled', sheet: 'Dumai', on: false }), { type: 'rekapSheetsFound', sheets: ['Medan'] });
    expect(s.rekapLeftOut).toEqual([]);
  });

  it('a Rekap that wrote keeps its token for Batalkan and its rekap for the card; one that wrote nothing keeps the earlier token', () => {
    const rekap = { units: [], indikator: [], sasaran: [], tren: null, findings: [] };
    const s = paneReducer(start(), { type: 'ran', command: 'rekap', findings: [FINDING], summary: null, rekap, status: { intent: 'success', text: 'ok' }, token: TOKEN });
    expect([nextUndo(s)?.token, s.result?.rekap, s.result?.command]).toEqual([TOKEN, rekap, 'rekap']);
    const again = paneReducer(s, { type: 'ran', command: 'rekap', findings: [], summary: null, rekap, status: { intent: 'error', text: 'nothing' } });
    expect(again.undoStack).toEqual([{ command: 'rekap', token: TOKEN }]);
    expect(paneReducer(again, { type: 'ran', command: 'periksa', findings: [], summary: null, status: null }).result?.rekap).toBeNull();
  });
});
