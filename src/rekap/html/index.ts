/**
 * The rekap as one self-contained HTML file (issue 16): NPSS by unit, the capaian heat map, the
 * trend lines, the tables behind them and the findings. Pure: a Rekap in, a string out. Nothing
 * in it reaches the network (inline CSS and SVG, no script, no font, no image; a Content
 * Security Policy that forbids loading anything says so to the browser too), and every name
 * from a workbook is escaped.
 */
import type { Lang } from '../../core';
import { unitCount } from '../consolidate';
import type { Rekap } from '../model';
import { npssBars } from './bars';
import { esc } from './escape';
import { capaianHeatMap } from './heatmap';
import { gradesPresent, legendList } from './legend';
import { REKAP_CSS } from './style';
import { findingsTable, indikatorTables, sasaranTables, trenTable, unitTable } from './tables';
import { t } from './texts';
import { trenCharts } from './trend';

/** Options of the report: its title (default `Rekap Kinerja Unit`) and a "generated" line (the caller's clock: this module reads none). */
export interface RekapHtmlOptions {
  readonly title?: string;
  readonly generated?: string;
}

/** Nothing may load: no script, no style or image from anywhere; inline styles only. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The rekap as one HTML document in the run's language. */
export function rekapHtml(rekap: Rekap, lang: Lang, opts: RekapHtmlOptions = {}): string {
  const title = opts.title ?? t(lang, 'title');
  const sections: string[] = [];
  const summary = t(lang, 'summaryLine', { reports: rekap.units.length, units: unitCount(rekap.units), indikator: rekap.indikator.length, sasaran: rekap.sasaran.length, findings: rekap.findings.length });
  const order = rekap.units.length > 1 ? `<p class="meta">${esc(t(lang, 'order'))}</p>` : '';
  sections.push(`<header><h1>${esc(title)}</h1>${opts.generated ? `<p class="meta">${esc(`${t(lang, 'generated')}: ${opts.generated}`)}</p>` : ''}<p class="meta">${esc(summary)}</p>${order}</header>`);
  if (!rekap.units.length) sections.push(`<p>${esc(t(lang, 'noUnits'))}</p>`);
  else {
    const predikat = gradesPresent(rekap.units.map((u) => ({ value: u.npss, grade: u.predikat })));
    sections.push(`<section aria-labelledby="h-npss"><h2 id="h-npss">${esc(t(lang, 'npssHeading'))}</h2>${legendList(t(lang, 'legendPredikat'), predikat, '#d9d9d9')}${npssBars(rekap, lang)}</section>`);
    const heat = capaianHeatMap(rekap, lang);
    if (heat) {
      const kriteria = gradesPresent(rekap.indikator.flatMap((r) => r.values.map((v) => ({ value: v?.capaian ?? null, grade: v && v.capaian !== null ? v.kriteria : null }))));
      sections.push(`<section aria-labelledby="h-heat"><h2 id="h-heat">${esc(t(lang, 'heatHeading'))}</h2>${legendList(t(lang, 'legendKriteria'), kriteria, '#f2f2f2')}${heat}</section>`);
    }
    if (rekap.tren) sections.push(`<section aria-labelledby="h-tren"><h2 id="h-tren">${esc(t(lang, 'trenHeading', { unit: rekap.tren.unit }))}</h2>${trenCharts(rekap.tren, lang)}</section>`);
    sections.push(
      `<section aria-labelledby="h-tables"><h2 id="h-tables">${esc(t(lang, 'tablesHeading'))}</h2>${unitTable(rekap, lang)}${indikatorTables(rekap, lang)}${sasaranTables(rekap, lang)}${trenTable(rekap.tren, lang)}</section>`,
    );
  }
  sections.push(`<section aria-labelledby="h-findings"><h2 id="h-findings">${esc(t(lang, 'findingsHeading'))}</h2>${findingsTable(rekap, lang)}</section>`);
  return (
    `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${REKAP_CSS}</style></head>` +
    `<body><main>${sections.join('\n')}</main></body></html>\n`
  );
}
