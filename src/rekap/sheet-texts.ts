/**
 * Every word the rekap sheets print (sheet names, titles, headers), in Indonesian and English,
 * once. The sheet names (kept in the workbook layer, which must never read our sheets as tables) are shared with the pane, the CLI and the HTML report (issue 16).
 */
import type { Lang } from '../core';
import { REKAP_PROFILE_LABEL, REKAP_SHEET_NAMES } from '../workbook';

/** The texts of one language. */
export interface RekapSheetTexts {
  readonly sheets: { readonly unit: string; readonly indikator: string; readonly sasaran: string; readonly tren: string };
  /** `Rekap Unit: 4 laporan dari 1 unit, TW I 2024, TW II 2024`: what the sheet shows, how many reports of how many units, which periods. */
  readonly unitTitle: (reports: number, units: number, periods: string) => string;
  /** The order of the reports, said under the title: units by the NPSS of their latest period, then each unit's periods. */
  readonly order: string;
  readonly indikatorTitle: (indicators: number, reports: number, units: number) => string;
  readonly sasaranTitle: (sasaran: number, reports: number, units: number) => string;
  readonly trenTitle: (unit: string, periods: string) => string;
  readonly profile: string;
  readonly no: string;
  readonly unit: string;
  readonly periode: string;
  readonly npss: string;
  readonly predikat: string;
  /** The header of a perspective's NP column. */
  readonly np: (perspektif: string) => string;
  readonly assessed: string;
  readonly indicators: string;
  readonly errors: string;
  readonly warnings: string;
  readonly file: string;
  readonly perspektif: string;
  readonly sasaran: string;
  readonly indikator: string;
  /** The header of a change column, naming both periods: `Δ TW II 2024 vs TW I 2024`. */
  readonly change: (period: string, against: string) => string;
  readonly chart: string;
  /** Shown for a value the engine could not assess. */
  readonly notAssessed: string;
}

/** The rekap sheets' texts by language. */
export const REKAP_SHEET_TEXTS: Readonly<Record<Lang, RekapSheetTexts>> = {
  id: {
    sheets: REKAP_SHEET_NAMES.id,
    unitTitle: (reports, units, periods) => `Rekap Unit: ${reports} laporan dari ${units} unit, ${periods}`,
    order: 'Urutan: unit menurut NPSS periode terakhirnya (tertinggi dulu), laporan satu unit berurutan menurut periode',
    indikatorTitle: (indicators, reports, units) => `Rekap Indikator: capaian ${indicators} indikator di ${reports} laporan dari ${units} unit`,
    sasaranTitle: (sasaran, reports, units) => `Rekap Sasaran: NPS ${sasaran} sasaran di ${reports} laporan dari ${units} unit`,
    trenTitle: (unit, periods) => `Tren ${unit}: ${periods}`,
    profile: REKAP_PROFILE_LABEL.id,
    no: 'No',
    unit: 'Unit',
    periode: 'Periode',
    npss: 'NPSS',
    predikat: 'Predikat',
    np: (p) => `NP ${p}`,
    assessed: 'Indikator dinilai',
    indicators: 'Jumlah indikator',
    errors: 'Kesalahan',
    warnings: 'Peringatan',
    file: 'Berkas',
    perspektif: 'Perspektif',
    sasaran: 'Sasaran',
    indikator: 'Indikator',
    change: (period, against) => `Δ ${period} vs ${against}`,
    chart: 'NPSS per unit',
    notAssessed: '-',
  },
  en: {
    sheets: REKAP_SHEET_NAMES.en,
    unitTitle: (reports, units, periods) => `Unit Summary: ${reports} ${reports === 1 ? 'report' : 'reports'} of ${units} ${units === 1 ? 'unit' : 'units'}, ${periods}`,
    order: "Order: units by the NPSS of their latest period (highest first), each unit's reports together by period",
    indikatorTitle: (indicators, reports, units) => `Indicator Summary: capaian of ${indicators} ${indicators === 1 ? 'indicator' : 'indicators'} in ${reports} ${reports === 1 ? 'report' : 'reports'} of ${units} ${units === 1 ? 'unit' : 'units'}`,
    sasaranTitle: (sasaran, reports, units) => `Sasaran Summary: NPS of ${sasaran} sasaran in ${reports} ${reports === 1 ? 'report' : 'reports'} of ${units} ${units === 1 ? 'unit' : 'units'}`,
    trenTitle: (unit, periods) => `Trend of ${unit}: ${periods}`,
    profile: REKAP_PROFILE_LABEL.en,
    no: 'No',
    unit: 'Unit',
    periode: 'Period',
    npss: 'NPSS',
    predikat: 'Predicate',
    np: (p) => `NP ${p}`,
    assessed: 'Indicators assessed',
    indicators: 'Indicators',
    errors: 'Errors',
    warnings: 'Warnings',
    file: 'File',
    perspektif: 'Perspective',
    sasaran: 'Objective (sasaran)',
    indikator: 'Indicator',
    change: (period, against) => `Δ ${period} vs ${against}`,
    chart: 'NPSS by unit',
    notAssessed: '-',
  },
};
