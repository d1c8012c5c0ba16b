/**
 * The efficiency table (SPEC §7): capaian output (or target and realisasi volume), pagu and
 * realisasi anggaran in; capaian input, IE, TE, capaian TE and kategori out, through core.
 */
import { Efisiensi, NumberReading, Ratio, capaian, capaianInput, classify, indeksEfisiensi, readNumber, tingkatEfisiensi } from '../core';
import { a1 } from './a1';
import { bandText } from './band-text';
import { isBlank } from './grid';
import { InputColumn, PercentPair } from './input-column';
import type { FindingReasonCode } from './messages';
import { headersSeen } from './layout-findings';
import { EfisiensiLayout, EfisiensiRole, OUTPUT_HEADERS, isHeaderLikeRow, periodLabel } from './layout';
import { OutputColumn, Slot, columnRange, contextOf, slotRows, spills } from './output';
import { FindingSink, cellText, displayRound, quoteShown, readShown, sameLabel, sameShown, short, show } from './values';
import { CellValue, Grid, RunOptions } from './types';

/** What the efficiency engine finds in a sheet. */
export interface EfisiensiAnalysis {
  readonly outputs: OutputColumn[];
  readonly computable: boolean;
  /** Activity rows read (blank, heading and repeated-header rows not counted). */
  readonly rows: number;
}

const COLUMN_NAME: Readonly<Record<EfisiensiRole, string>> = {
  no: 'No',
  kode: 'Kode',
  kegiatan: 'Kegiatan',
  capaianOutput: 'Capaian Output',
  targetVolume: 'Target Volume',
  realisasiVolume: 'Realisasi Volume',
  pagu: 'Pagu',
  realisasiAnggaran: 'Realisasi Anggaran',
  capaianInput: 'Capaian Input',
  ie: 'IE',
  te: 'TE',
  capaianTe: 'Capaian TE',
  kategori: 'Kategori',
};

/** Why an efficiency figure is "-", by the reason core gave. */
const RATIO_REASON: Readonly<Record<Exclude<Ratio, { status: 'ok' }>['reason'], FindingReasonCode>> = {
  'plan-zero': 'efisiensi-pagu-nol',
  'input-zero': 'efisiensi-input-nol',
  'negative-input': 'efisiensi-negatif',
  'negative-output': 'efisiensi-negatif',
  'se-not-positive': 'efisiensi-se',
};

/** The numeric input columns of an efficiency table. */
const INPUTS = ['capaianOutput', 'targetVolume', 'realisasiVolume', 'pagu', 'realisasiAnggaran'] as const;
type InputRole = (typeof INPUTS)[number];

/** Analyses an efficiency table; findings go to `sink`. */
export function analyseEfisiensi(grid: Grid, layout: EfisiensiLayout, opts: RunOptions, sink: FindingSink): EfisiensiAnalysis {
  const { lang, profile, decimalSeparator: sep } = opts;
  const cols = layout.columns;
  const firstCol = layout.headers[0]?.col ?? grid.left;
  const volumes = cols.targetVolume !== undefined && cols.realisasiVolume !== undefined;
  const missing: string[] = [];
  if (cols.pagu === undefined) missing.push(COLUMN_NAME.pagu);
  if (cols.realisasiAnggaran === undefined) missing.push(COLUMN_NAME.realisasiAnggaran);
  if (cols.capaianOutput === undefined && !volumes) missing.push(COLUMN_NAME.capaianOutput);
  for (const column of missing) sink.at(layout.headerRow, firstCol, 'error', 'kolom-tidak-ditemukan', 'kolom-tidak-ditemukan', { column, period: periodLabel(opts.period, lang), seen: headersSeen(layout, lang) });
  if (missing.length > 0) return { outputs: [], computable: false, rows: 0 };

  const first = layout.firstDataRow;
  const n = Math.max(0, layout.lastDataRow - first + 1);
  const appended = new Map(layout.appended.map((a) => [a.role, a.header]));
  const slots = (): Slot[] => new Array<Slot>(n).fill(undefined);
  const out = { capaianInput: slots(), ie: slots(), te: slots(), capaianTe: slots(), kategori: slots() };
  const at = (values: readonly CellValue[], col: number | undefined): CellValue => (col === undefined ? null : (values[col - grid.left] ?? null));
  // The numeric inputs, read as they show (SPEC §8: a percent-formatted 0.9519 is 95.19).
  const inputs: Partial<Record<InputRole, InputColumn>> = {};
  for (const role of INPUTS) {
    const col = cols[role];
    if (col !== undefined) inputs[role] = new InputColumn(grid, col);
  }
  // Two inputs of one row typed two ways (a percentage beside a plain fraction) are named.
  const pairs: PercentPair[] = [];
  const pairOf = (a: InputRole, b: InputRole): void => {
    const ia = inputs[a];
    const ib = inputs[b];
    if (ia && ib) pairs.push(new PercentPair(ia, COLUMN_NAME[a], ib, COLUMN_NAME[b]));
  };
  pairOf('targetVolume', 'realisasiVolume');
  pairOf('pagu', 'realisasiAnggaran');
  const read = (values: readonly CellValue[], row: number, role: InputRole): NumberReading => {
    const input = inputs[role];
    const v = at(values, input?.col);
    return input && typeof v === 'number' && Number.isFinite(v) ? { kind: 'number', value: input.number(row, v) } : readNumber(v, sep);
  };

  let rows = 0;
  for (let i = 0; i < n; i++) {
    const row = first + i;
    const values = grid.values[row - grid.top];
    if (!values) continue;
    if (INPUTS.every((role) => isBlank(at(values, cols[role])))) continue; // a heading or blank row
    if (isHeaderLikeRow(values, 'efisiensi')) continue;
    rows++;
    const kegiatan = short(cellText(at(values, cols.kegiatan)) || cellText(at(values, cols.kode)) || a1(row, firstCol));

    for (const p of pairs) p.note(sink, row, at(values, p.firstCol), at(values, p.secondCol));
    let ok = true;
    // SPEC §7 / §8: a dash in a budget cell is "nothing" (0); a dash as output means not assessed.
    const money = (role: 'pagu' | 'realisasiAnggaran'): number | null => {
      const col = cols[role] as number;
      const r = read(values, row, role);
      if (r.kind === 'number') return r.value;
      if (r.kind === 'dash') return 0;
      ok = false;
      if (r.kind === 'unreadable') sink.at(row, col, 'error', 'angka-tidak-terbaca', 'angka-tidak-terbaca', { column: COLUMN_NAME[role], text: r.text }, r.reason);
      else sink.at(row, col, 'warning', 'realisasi-kosong', 'anggaran-kosong', { column: COLUMN_NAME[role], kegiatan });
      return null;
    };
    const pagu = money('pagu');
    const spent = money('realisasiAnggaran');
    const output = readOutput(values, row);
    if (output === undefined) ok = false;

    const input: Ratio | null = pagu !== null && spent !== null ? capaianInput(spent, pagu) : null;
    if (input && input.status !== 'ok') report(row, cols.pagu as number, input, kegiatan);
    out.capaianInput[i] = input?.status === 'ok' ? input.value : '-';

    let ie: number | null = null;
    let te: number | null = null;
    let grade: { capaian: number | null; kategori: string } | null = null;
    // Budget figures without an output achievement: IE cannot be computed, and the user is told.
    const noOutput = isBlank(at(values, cols.capaianOutput)) && (!volumes || (isBlank(at(values, cols.targetVolume)) && isBlank(at(values, cols.realisasiVolume))));
    if (ok && output === null && noOutput && input?.status === 'ok') sink.at(row, cols.capaianOutput ?? (cols.realisasiVolume as number), 'info', 'efisiensi-tidak-terdefinisi', 'efisiensi-tidak-terdefinisi', { kegiatan }, 'output-kosong');
    // Why the figures of this row are "-", when they are: the first thing that stopped them.
    const inputWhy: FindingReasonCode = pagu === null || spent === null ? 'efisiensi-tanpa-anggaran' : input && input.status !== 'ok' ? RATIO_REASON[input.reason] : 'efisiensi-tanpa-anggaran';
    let effWhy: FindingReasonCode = input?.status !== 'ok' ? inputWhy : 'efisiensi-tanpa-output';
    let teValue: number | null = null;
    if (ok && output !== null && output !== undefined && input?.status === 'ok') {
      const e = efisiensiOf(output, input.value);
      if (e.ie.status === 'ok') ie = e.ie.value;
      else report(row, cols.realisasiAnggaran as number, e.ie, kegiatan);
      if (e.te.status === 'ok') te = e.te.value;
      else effWhy = RATIO_REASON[e.te.reason];
      teValue = te === null ? null : displayRound(te, profile.decimals);
      grade = e.grade;
    }
    out.ie[i] = ie ?? '-';
    out.te[i] = te ?? '-';
    out.capaianTe[i] = grade?.capaian ?? '-';
    out.kategori[i] = grade?.kategori ?? '-';

    // The band that graded TE, for the why of capaian TE and kategori: written out only for a finding.
    const g = grade;
    const basis = (): Record<string, string> => ({
      profile: profile.name,
      se: show(profile.standarEfisiensi, lang),
      ...(g && teValue !== null ? { te: show(teValue, lang), band: bandText(profile.efisiensi, teValue, lang), capaianTe: g.capaian === null ? '-' : show(g.capaian, lang), kategori: g.kategori } : {}),
    });
    // A graded TE explains capaian TE and kategori by its band (a band may give no capaian TE).
    const bandWhy: FindingReasonCode = grade ? (grade.capaian === null ? 'pita-efisiensi-tanpa-capaian' : 'pita-efisiensi') : effWhy;
    const capaianInputValue = input?.status === 'ok' ? input.value : null;
    auditNumber(values, row, 'capaianInput', capaianInputValue, capaianInputValue === null ? inputWhy : 'rumus-capaian-input', basis);
    auditNumber(values, row, 'ie', ie, ie === null ? effWhy : 'rumus-ie', basis);
    auditNumber(values, row, 'te', te, te === null ? effWhy : 'rumus-te', basis);
    auditNumber(values, row, 'capaianTe', grade ? grade.capaian : null, bandWhy, basis);
    const kcol = cols.kategori;
    if (kcol !== undefined && !appended.has('kategori') && !isBlank(at(values, kcol))) {
      const found = cellText(at(values, kcol));
      const expected = grade?.kategori ?? '-';
      if (!sameLabel(found, expected)) {
        sink.at(row, kcol, grade ? 'warning' : 'info', 'audit-efisiensi', 'audit-efisiensi', { column: COLUMN_NAME.kategori, found: `"${short(found, 40)}"`, expected: `"${expected}"`, ...basis() }, bandWhy);
      }
    }
  }

  for (const p of pairs) p.report(sink);

  const outputs: OutputColumn[] = [];
  const headerText = (role: EfisiensiRole): string => appended.get(role) ?? layout.headers.find((h) => h.col === cols[role])?.text ?? OUTPUT_HEADERS[lang][role] ?? role;
  const add = (role: keyof typeof out, numeric: boolean): OutputColumn => {
    const o: OutputColumn = { col: cols[role] as number, label: headerText(role), numeric, values: slotRows(out[role]), header: appended.get(role) };
    outputs.push(o);
    return o;
  };
  const inOut = add('capaianInput', true);
  const ieOut = add('ie', true);
  const teOut = add('te', true);
  const capTeOut = add('capaianTe', true);
  const katOut = add('kategori', false);

  const ctx = contextOf(grid, layout, opts);
  const range = (col: number): string => columnRange(col, first, layout.lastDataRow);
  const ref = (o: OutputColumn): string => (spills(o, ctx) ? `${a1(first, o.col)}#` : range(o.col));
  const outputArg = cols.capaianOutput !== undefined ? range(cols.capaianOutput) : `SAKIP.CAPAIAN(${range(cols.realisasiVolume as number)},${range(cols.targetVolume as number)})`;
  inOut.formula = `=SAKIP.CAPAIAN(${range(cols.realisasiAnggaran as number)},${range(cols.pagu as number)})`;
  ieOut.formula = `=SAKIP.EFISIENSI.IE(${outputArg},${ref(inOut)})`;
  teOut.formula = `=SAKIP.EFISIENSI.TE(${outputArg},${ref(inOut)})`;
  capTeOut.formula = `=SAKIP.EFISIENSI.CAPAIAN(${ref(teOut)})`;
  katOut.formula = `=SAKIP.EFISIENSI.KATEGORI(${ref(teOut)})`;
  return { outputs, computable: true, rows };

  /** The % capaian output: its own column, or realisasi / target volume (SPEC §7). */
  /**
   * core's `efisiensi`, graded on the guarded displayRound: core's roundAsDisplayed turns a TE
   * near Number.MAX_VALUE into NaN and the band lookup then throws (found by fuzzing).
   */
  function efisiensiOf(output: number, inputPct: number): Efisiensi {
    const ie = indeksEfisiensi(output, inputPct);
    if (ie.status !== 'ok') return { ie, te: ie, grade: null };
    const te = tingkatEfisiensi(ie.value, profile.standarEfisiensi);
    return { ie, te, grade: te.status === 'ok' ? classify(profile.efisiensi, displayRound(te.value, profile.decimals)) : null };
  }

  function readOutput(values: readonly CellValue[], row: number): number | null | undefined {
    if (cols.capaianOutput !== undefined) {
      const r = read(values, row, 'capaianOutput');
      if (r.kind === 'number') return r.value;
      if (r.kind === 'unreadable') {
        sink.at(row, cols.capaianOutput, 'error', 'angka-tidak-terbaca', 'angka-tidak-terbaca', { column: COLUMN_NAME.capaianOutput, text: r.text }, r.reason);
        return undefined;
      }
      // A blank % under KINERJA beside its target and realisasi (PRKOM's T | R | %): from the volumes.
      if (!volumes) return null;
    }
    const t = read(values, row, 'targetVolume');
    const v = read(values, row, 'realisasiVolume');
    for (const [r, role] of [[t, 'targetVolume'], [v, 'realisasiVolume']] as const) {
      if (r.kind === 'unreadable') {
        sink.at(row, cols[role] as number, 'error', 'angka-tidak-terbaca', 'angka-tidak-terbaca', { column: COLUMN_NAME[role], text: r.text }, r.reason);
        return undefined;
      }
    }
    const c = capaian({ realisasi: v.kind === 'number' ? v.value : null, target: t.kind === 'number' ? t.value : null });
    return c.status === 'ok' ? c.value : null;
  }

  function report(row: number, col: number, r: Ratio, kegiatan: string): void {
    if (r.status === 'ok') return;
    const invalid = r.status === 'invalid';
    sink.at(row, col, invalid ? 'error' : 'info', invalid ? 'efisiensi-tidak-valid' : 'efisiensi-tidak-terdefinisi', invalid ? 'efisiensi-tidak-valid' : 'efisiensi-tidak-terdefinisi', { kegiatan }, r.reason);
  }

  function auditNumber(values: readonly CellValue[], row: number, role: 'capaianInput' | 'ie' | 'te' | 'capaianTe', expected: number | null, why: FindingReasonCode, basis: () => Readonly<Record<string, string>>): void {
    const col = cols[role];
    if (col === undefined || appended.has(role)) return;
    const shown = readShown(at(values, col), sep);
    if (shown === null) return;
    // IE and TE are ratios, never percent-formatted: compare them only as they are.
    const same = role === 'ie' || role === 'te' ? (expected === null ? shown.kind === 'dash' : shown.kind === 'number' && displayRound(shown.value, profile.decimals) === displayRound(expected, profile.decimals)) : sameShown(shown, expected, profile.decimals);
    if (same) return;
    sink.at(
      row,
      col,
      expected === null ? 'info' : 'warning',
      'audit-efisiensi',
      'audit-efisiensi',
      { column: COLUMN_NAME[role], found: quoteShown(shown, lang), expected: expected === null ? '"-"' : show(expected, lang), ...basis() },
      why,
    );
  }
}
