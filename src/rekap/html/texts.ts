/** The words of the HTML report, Indonesian and English, once. */
import type { Lang } from '../../core';
import { formatEn, formatId } from '../../core';
import type { Severity } from '../../workbook';

const TEXT = {
  title: { id: 'Rekap Kinerja Unit', en: 'Unit Performance Summary' },
  generated: { id: 'Dibuat', en: 'Generated' },
  summaryLine: { id: '{reports} laporan dari {units} unit, {indikator} indikator, {sasaran} sasaran, {findings} temuan.', en: '{reports} reports of {units} units, {indikator} indicators, {sasaran} sasaran, {findings} findings.' },
  order: {
    id: 'Urutan grafik dan tabel: unit menurut NPSS periode terakhirnya (tertinggi dulu), laporan satu unit berurutan menurut periode.',
    en: "Order of the charts and tables: units by the NPSS of their latest period (highest first), each unit's reports together by period.",
  },
  npssHeading: { id: 'NPSS per unit', en: 'NPSS by unit' },
  npssPanel: { id: 'NPSS per unit ({from}–{to} dari {n})', en: 'NPSS by unit ({from}–{to} of {n})' },
  npssDesc: { id: 'Diagram batang NPSS tiap laporan unit, garis acuan pada 100.', en: 'Bar chart of the NPSS of each unit report, reference line at 100.' },
  heatHeading: { id: 'Capaian indikator per unit', en: 'Indicator capaian by unit' },
  heatPanel: { id: 'Capaian indikator × unit (indikator {rFrom}–{rTo} dari {rN}, unit {cFrom}–{cTo} dari {cN})', en: 'Indicator capaian × unit (indicators {rFrom}–{rTo} of {rN}, units {cFrom}–{cTo} of {cN})' },
  heatDesc: { id: 'Peta warna capaian: {cells} sel dinilai, {dash} tidak dinilai, {absent} indikator tidak ada di unit itu. Per kriteria: {counts}. Angkanya ada di tabel Rekap Indikator.', en: 'Heat map of capaian: {cells} cells assessed, {dash} not assessed, {absent} indicators absent from that unit. By kriteria: {counts}. The figures are in the Indicator Summary table.' },
  legendKriteria: { id: 'Kriteria', en: 'Kriteria' },
  legendPredikat: { id: 'Predikat', en: 'Predikat' },
  absent: { id: 'tidak ada di unit ini', en: 'not in this unit' },
  notAssessed: { id: 'tidak dinilai', en: 'not assessed' },
  trenHeading: { id: 'Tren {unit}', en: 'Trend of {unit}' },
  trenNpss: { id: 'NPSS per periode', en: 'NPSS by period' },
  trenIndikator: { id: 'Capaian indikator per periode ({from}–{to} dari {n})', en: 'Indicator capaian by period ({from}–{to} of {n})' },
  trenDesc: { id: 'Diagram garis per periode ({periods}).', en: 'Line chart by period ({periods}).' },
  trenChangePeriode: { id: 'Perubahan terhadap periode sebelumnya di bawah tiap angka.', en: 'Change against the previous period below each figure.' },
  trenChangeTahun: { id: 'Perubahan terhadap periode yang sama tahun sebelumnya di bawah tiap angka.', en: 'Change against the same period a year before below each figure.' },
  periode: { id: 'Periode', en: 'Period' },
  tablesHeading: { id: 'Tabel', en: 'Tables' },
  rekapUnit: { id: 'Rekap Unit', en: 'Unit Summary' },
  rekapIndikator: { id: 'Rekap Indikator', en: 'Indicator Summary' },
  rekapSasaran: { id: 'Rekap Sasaran', en: 'Sasaran Summary' },
  tren: { id: 'Tren', en: 'Trend' },
  partOf: { id: '(unit {from}–{to} dari {n})', en: '(units {from}–{to} of {n})' },
  no: { id: 'No', en: 'No' },
  unit: { id: 'Unit', en: 'Unit' },
  berkas: { id: 'Berkas', en: 'File' },
  lembar: { id: 'Lembar', en: 'Sheet' },
  npss: { id: 'NPSS', en: 'NPSS' },
  predikat: { id: 'Predikat', en: 'Predikat' },
  np: { id: 'NP {nama}', en: 'NP {nama}' },
  indikatorDinilai: { id: 'Indikator dinilai', en: 'Indicators assessed' },
  temuan: { id: 'Temuan (kesalahan / peringatan / info)', en: 'Findings (errors / warnings / info)' },
  indikator: { id: 'Indikator', en: 'Indicator' },
  sasaran: { id: 'Sasaran', en: 'Sasaran' },
  perspektif: { id: 'Perspektif', en: 'Perspective' },
  findingsHeading: { id: 'Temuan rekap', en: 'Findings of the rekap' },
  noFindings: { id: 'Tidak ada temuan.', en: 'No findings.' },
  tingkat: { id: 'Tingkat', en: 'Severity' },
  sel: { id: 'Sel', en: 'Cell' },
  pesan: { id: 'Pesan', en: 'Message' },
  saran: { id: 'Saran', en: 'Advice' },
  semua: { id: '(seluruh rekap)', en: '(whole rekap)' },
  noUnits: { id: 'Tidak ada laporan unit untuk direkap.', en: 'No unit reports to summarise.' },
  error: { id: 'kesalahan', en: 'error' },
  warning: { id: 'peringatan', en: 'warning' },
  info: { id: 'info', en: 'info' },
} as const;

/** A key of the report's words. */
export type HtmlTextKey = keyof typeof TEXT;

/** The word or sentence in the run's language, `{name}` placeholders filled (values not escaped: escape the result). */
export function t(lang: Lang, key: HtmlTextKey, params: Readonly<Record<string, string | number>> = {}): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The severity in words: kesalahan / peringatan / info (en: error / warning / info), as the CLI prints it. */
export function severityWord(severity: Severity, lang: Lang): string {
  return t(lang, severity);
}

/** A figure with 2 decimals as the language writes it: `101,67` (id), `101.67` (en). */
export function num(value: number, lang: Lang): string {
  return lang === 'id' ? formatId(value, 2) : formatEn(value, 2);
}

/** A change with its sign: `+2,30`, `-1,05`, `0,00`. */
export function signed(value: number, lang: Lang): string {
  const text = num(value, lang);
  return value > 0 && !text.startsWith('-') && text !== num(0, lang) ? `+${text}` : text;
}
