/**
 * Every word the rekap sheets print (sheet names, titles, headers), in Indonesian and English,
 * once. The sheet names (kept in the workbook layer, which must never read our sheets as tables) are shared with the pane, the CLI and the HTML report (issue 16).
 */
import type { Lang } from '../core';
import { REKAP_PROFILE_LABEL, REKAP_SHEET_NAMES } from '../workbook';

/** The texts of one language. */
export interface RekapSheetTexts {
  readonly sheets: { readonly unit: string; readonly indikator: string; readonly sasaran: string; readonly tren: string };
  /** `Rekap Unit: 3 unit, TW II 2024`: what the sheet shows, how many units, which periods. */
  readonly unitTitle: (units: number, periods: string) => string;
  readonly indikatorTitle: (indicators: number, units: number) => string;
  readonly sasaranTitle: (sasaran: number, units: number) => string;
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
  /** The header of a change column: `Δ vs TW I`. */
  readonly change: (against: string) => string;
  readonly chart: string;
  /** Shown for a value the engine could not assess. */
  readonly notAssessed: string;
}

/** The rekap sheets' texts by language. */
export const REKAP_SHEET_TEXTS: Readonly<Record<Lang, RekapSheetTexts>> = {
  id: {
    sheets: REKAP_SHEET_NAMES.id,
    unitTitle: (units, periods) => `Rekap Unit: ${units} unit, ${periods}`,
    indikatorTitle: (indicators, units) => `Rekap Indikator: capaian ${indicators} indikator di ${units} unit`,
    sasaranTitle: (sasaran, units) => `Rekap Sasaran: NPS ${sasaran} sasaran di ${units} unit`,
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
    change: (against) => `Δ vs ${against}`,
    chart: 'NPSS per unit',
    notAssessed: '-',
  },
  en: {
    sheets: REKAP_SHEET_NAMES.en,
    unitTitle: (units, periods) => `Unit Summary: ${units} ${units === 1 ? 'unit' : 'units'}, ${periods}`,
    indikatorTitle: (indicators, units) => `Indicator Summary: capaian of ${indicators} ${indicators === 1 ? 'indicator' : 'indicators'} in ${units} ${units === 1 ? 'unit' : 'units'}`,
    sasaranTitle: (sasaran, units) => `Sasaran Summary: NPS of ${sasaran} sasaran in ${units} ${units === 1 ? 'unit' : 'units'}`,
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
    change: (against) => `Δ vs ${against}`,
    chart: 'NPSS by unit',
    notAssessed: '-',
  },
};
