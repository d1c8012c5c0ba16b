/**
 * One workbook read into unit reports for a rekap (issue 16): every performance sheet, checked by
 * the same engine, profile and period rule as `hitung`, becomes one UnitReport per period (a
 * TW I–IV sheet gives four), named by the unit its title or cover states. Read only: nothing is
 * written. What cannot be read into a report is a RekapFinding, never a silent gap.
 */
import type { Lang, Nilai, RuleProfile, StrategySummary } from '../core';
import { PERIOD_CHOICES, check, coverSheet, detectLayout, periodLabel, reportIdentity, sheetRef, yearInFileName } from '../workbook';
import type { CheckResult, Finding, Grid, Period, PeriodsOfSheet, ReportIdentity, RunOptions, WorkbookPort } from '../workbook';
import type { RekapFinding, UnitReport, UnitSource } from '../rekap';
import { choosePeriod } from './period';
import { UnknownSheetError } from './run';
import { offeredSheets } from './sheets';
import { countFindings } from './summary';
import { listText } from './texts';
import { UnitReportCode, unitReportText } from './unit-report-texts';

/** What to read. */
export interface UnitReportRequest {
  /** The file's name as the user gave it (CLI) or the workbook's name (pane): reports and findings carry it. */
  readonly file: string;
  /** The sheets to read; null: every sheet offered (the add-in's own Ringkasan left out). */
  readonly sheets: readonly string[] | null;
  /** The period; null: every period each sheet's headers offer. */
  readonly period: Period | null;
  readonly profile: RuleProfile;
  readonly lang: Lang;
  /** The unit's name when no title or cover states it: the file name (with an info finding) or the sheet name. */
  readonly fallback: 'file' | 'sheet';
}

/** What a workbook contributes to a rekap. */
export interface UnitReportsRead {
  readonly units: UnitReport[];
  readonly findings: RekapFinding[];
}

/** Reads the workbook behind `port` (read only) into unit reports, one per performance sheet × period. */
export async function readUnitReports(port: WorkbookPort, req: UnitReportRequest): Promise<UnitReportsRead> {
  const names = await port.sheets();
  for (const s of req.sheets ?? []) if (!names.includes(s)) throw new UnknownSheetError(s, names);
  const order = req.sheets ?? (await offeredSheets(port));
  const decimalSeparator = await port.decimalSeparator();
  const coverName = coverSheet(names);
  // The cover is read once, and only when a title leaves the unit or the year unsaid.
  let cover: Grid | null | undefined = coverName === null ? null : undefined;
  const readCover = async (): Promise<Grid | null> => (cover === undefined ? (cover = await port.read(coverName as string)) : cover);

  const units: UnitReport[] = [];
  const findings: RekapFinding[] = [];
  const efficiency: string[] = [];
  let performance = 0;
  const say = (severity: RekapFinding['severity'], code: UnitReportCode, cell: string | null, params: Readonly<Record<string, string | number>>): void => {
    findings.push({ file: req.file, cell, severity, code, message: unitReportText(req.lang, code, params) });
  };
  const baseName = fileBaseName(req.file);
  // A sheet's findings for every period read, keyed by sheet, cell, code and message: a TW I–IV
  // sheet's same finding is said once, a finding whose message differs by period once per period.
  const carried = new Set<string>();
  /**
   * The sheet's own errors and warnings, as the rekap's findings: a unit's NPSS resting on a row
   * the engine skipped must say so in the rekap too. Info findings are counted in the unit's
   * counts but not carried (a rekap of 300 files would drown in them; `sakip periksa --json` lists them).
   */
  const carry = (sheet: string, found: readonly Finding[]): void => {
    for (const f of found) {
      if (f.severity === 'info') continue;
      const cell = f.cell ? `${sheetRef(sheet)}!${f.cell}` : null;
      const message = withoutCell(f.message, cell);
      const key = JSON.stringify([sheet, cell, f.code, message]);
      if (carried.has(key)) continue;
      carried.add(key);
      // No `advice`: the engine's message already ends with it, and the HTML report would print it twice.
      findings.push({ file: req.file, cell, severity: f.severity, code: f.code, message });
    }
  };

  for (const sheet of order) {
    const grid = await port.read(sheet);
    if (sheet === coverName) cover = grid;
    // The headers decide the periods, as for hitung (choosePeriod reads the same facts).
    const choice = choosePeriod(grid, req.period, req.lang);
    const offered = choice.offered;
    if (offered.table === 'efisiensi') efficiency.push(sheet);
    if (offered.table !== 'kinerja') continue;
    const periods = periodsToRead(offered, req.period);
    if (periods.length === 0) {
      performance++;
      // The template's headers name no quarter: an untouched template is told as such, not as a period to choose.
      // Its plain Target column reads the same for any quarter, so TW I stands in for the probe.
      if (onlyTemplateExample(check(grid, { period: 'TW1', profile: req.profile, lang: req.lang, decimalSeparator, indicators: true }))) say('warning', 'rekap-hanya-contoh', null, { sheet });
      else say('error', 'rekap-periode-belum-dipilih', null, { sheet, choices: PERIOD_CHOICES });
      continue;
    }
    // A chosen period the headers do not offer (choosePeriod's note says so): the periods it has are named.
    if (req.period !== null && choice.note !== null) {
      performance++;
      say('error', 'rekap-periode-tidak-ada', null, { sheet, period: periodLabel(req.period, req.lang), periods: listText(offered.named.map((p) => periodLabel(p, req.lang)), req.lang) });
      continue;
    }
    let identity: ReportIdentity | undefined;
    let named: { unit: string; unitFrom: UnitSource; unitCell: string | null; tahun: number | null } | undefined;
    for (const period of periods) {
      const opts: RunOptions = { period, profile: req.profile, lang: req.lang, decimalSeparator, indicators: true };
      const r = check(grid, opts);
      // The add-in's own summary sheet looks like a table but is none (the engine says so).
      if (r.kind !== 'kinerja') break;
      if (period === periods[0]) performance++;
      if (r.summary === null) {
        const first = r.findings.find((f) => f.severity === 'error');
        const cell = first?.cell ? `${sheetRef(sheet)}!${first.cell}` : null;
        say('error', 'rekap-tidak-terhitung', cell, { sheet, period: periodLabel(period, req.lang), reason: first ? withoutCell(first.message, cell) : '' });
        // The first error is the reason above; the sheet's other findings still say what else to mend.
        carry(sheet, r.findings.filter((f) => f !== first));
        continue;
      }
      if (r.rows === 0) {
        say('warning', 'rekap-tanpa-indikator', null, { sheet });
        break;
      }
      // A fresh template (Buat templat) holds only its example row: no unit's data, so no unit ranked among real ones.
      if (onlyTemplateExample(r)) {
        say('warning', 'rekap-hanya-contoh', null, { sheet });
        break;
      }
      carry(sheet, r.findings);
      if (!named) {
        const layout = detectLayout(grid, period, req.lang);
        if (!layout) break; // the engine found one: unreachable, kept for the type
        identity = reportIdentity({ table: grid, layout, cover: null });
        if ((identity.unit === null || identity.year === null) && coverName !== null && coverName !== sheet) {
          identity = reportIdentity({ table: grid, layout, cover: await readCover() });
        }
        named = nameOf(identity, sheet);
      }
      units.push(unitReport(req.file, sheet, named, period, r, r.summary));
    }
  }

  if (performance === 0) {
    say('error', 'rekap-tanpa-kinerja', null, { file: req.file, sheets: listText(order, req.lang) || '-' });
    if (efficiency.length > 0) say('info', 'rekap-efisiensi-bukan-unit', null, { sheets: listText(efficiency, req.lang) });
  }
  return { units, findings };

  /** The unit's name and year for a sheet, from the identity or the fallback (said in a finding). */
  function nameOf(id: ReportIdentity, sheet: string): { unit: string; unitFrom: UnitSource; unitCell: string | null; tahun: number | null } {
    const tahun = id.year?.year ?? yearInFileName(baseName);
    if (tahun === null) say('info', 'rekap-tahun-tidak-diketahui', null, { sheet });
    if (id.unit) return { unit: id.unit.name, unitFrom: id.unit.from, unitCell: id.unit.cell, tahun };
    if (req.fallback === 'sheet') return { unit: sheet, unitFrom: 'lembar', unitCell: null, tahun };
    // Said once per file by the consolidation (unit-dari-berkas), not here per sheet: one finding, not two.
    return { unit: baseName, unitFrom: 'berkas', unitCell: null, tahun };
  }
}

/** Whether every indicator row of the table is the template's example row (the engine's `baris-contoh` finding on its Indikator cell). */
function onlyTemplateExample(r: CheckResult): boolean {
  const examples = new Set(r.findings.filter((f) => f.code === 'baris-contoh').map((f) => f.cell));
  return r.indicators.length > 0 && r.indicators.every((i) => examples.has(i.cell));
}

/** The engine's message without its opening cell (`Kinerja!A1: kolom Target…`): the rekap finding names that cell already. */
function withoutCell(message: string, cell: string | null): string {
  return cell !== null && message.startsWith(`${cell}: `) ? message.slice(cell.length + 2) : message;
}

/** The periods to read a sheet for: the one asked, else every one its headers offer. */
function periodsToRead(offered: PeriodsOfSheet, asked: Period | null): readonly Period[] {
  if (asked !== null) return [asked];
  if (offered.named.length > 0) return offered.named;
  return offered.implied !== null ? [offered.implied] : [];
}

const valueOf = (n: Nilai): number | null => (n.status === 'ok' ? n.value : null);

function unitReport(
  file: string,
  sheet: string,
  named: { unit: string; unitFrom: UnitSource; unitCell: string | null; tahun: number | null },
  periode: Period,
  r: CheckResult,
  s: StrategySummary,
): UnitReport {
  const ref = sheetRef(sheet);
  let assessed = 0;
  const indikator = r.indicators.map((i) => {
    if (i.capaian !== null) assessed++;
    return { perspektif: i.perspektif, sasaran: i.sasaran, nama: i.indikator, capaian: i.capaian, kriteria: i.kriteria, cell: `${ref}!${i.cell}` };
  });
  return {
    file,
    sheet,
    ...named,
    periode,
    npss: valueOf(s.npss),
    predikat: s.predikat,
    perspektif: s.perspektif.map((p) => ({ nama: p.nama, np: valueOf(p.np), predikat: p.predikat })),
    sasaran: s.sasaran.map((x) => ({ perspektif: x.perspektif, nama: x.nama, nps: valueOf(x.nps), predikat: x.predikat })),
    indikator,
    counts: { indicators: r.rows, assessed, ...countFindings(r.findings) },
  };
}

/** The file's name without folders and extension (`data/Loka Dumai TW2.xlsx` → `Loka Dumai TW2`). */
export function fileBaseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.[^.]+$/, '') || name;
}
