/** The summary card shown after a run: NPSS with its predikat, NP per perspective, NPS per sasaran. */
import * as React from 'react';
import { Card, CardHeader, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Category, Lang, Nilai, StrategySummary, formatEn, formatId } from '../../core';
import { t } from '../strings';

const useStyles = makeStyles({
  card: { marginTop: '12px' },
  headline: { display: 'flex', alignItems: 'center', gap: '12px', flexWrap: 'wrap' },
  npss: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, padding: '8px 0 4px' },
  th: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: '4px 4px 4px 0' },
  td: { verticalAlign: 'top', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '4px 4px 4px 0' },
  num: { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
});

/** A number as the pane's language prints it (`101,67` / `101.67`). */
export function formatNumber(value: number, lang: Lang): string {
  return lang === 'en' ? formatEn(value, 2) : formatId(value, 2);
}

/** Black or white, whichever reads better on `hex` (WCAG relative luminance). */
export function textColourOn(hex: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return '#000000';
  const lin = (c: string) => {
    const v = parseInt(c, 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin(m[1]) + 0.7152 * lin(m[2]) + 0.0722 * lin(m[3]);
  // Contrast with black is (l + 0.05) / 0.05, with white 1.05 / (l + 0.05): pick the larger.
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#FFFFFF';
}

/** A predikat as a pill in its traffic-light colour (the reports' "Notifikasi Warna"). */
export function PredikatBadge({ category, lang }: { category: Category | null; lang: Lang }): React.ReactElement {
  if (!category) return <span>{t(lang, 'notAssessed')}</span>;
  return (
    <span
      data-testid="predikat"
      style={{
        background: category.colour,
        color: textColourOn(category.colour),
        borderRadius: '999px',
        padding: '2px 10px',
        fontWeight: 600,
        whiteSpace: 'nowrap',
        display: 'inline-block',
      }}
    >
      {category.label}
    </span>
  );
}

function value(n: Nilai, lang: Lang): string {
  return n.status === 'ok' ? formatNumber(n.value, lang) : '-';
}

/** The summary of one run. */
export function SummaryCard({ summary, lang }: { summary: StrategySummary; lang: Lang }): React.ReactElement {
  const s = useStyles();
  return (
    <Card className={s.card} aria-labelledby="sakip-summary-title">
      <CardHeader header={<Text as="h2" weight="semibold" size={400} id="sakip-summary-title">{t(lang, 'summary')}</Text>} />
      <div className={s.headline}>
        <div>
          <Text as="p" size={200} block>
            {t(lang, 'npss')}
          </Text>
          <span className={s.npss} data-testid="npss">
            {value(summary.npss, lang)}
          </span>
        </div>
        <PredikatBadge category={summary.predikat} lang={lang} />
      </div>
      <table className={s.table}>
        <caption className={s.caption}>{t(lang, 'npPerPerspektif')}</caption>
        <thead>
          <tr>
            <th className={s.th} scope="col">{t(lang, 'colPerspektif')}</th>
            <th className={`${s.th} ${s.num}`} scope="col">{t(lang, 'colNilai')}</th>
            <th className={s.th} scope="col">{t(lang, 'colPredikat')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.perspektif.map((p) => (
            <tr key={p.nama}>
              <th className={s.td} scope="row" style={{ fontWeight: 'normal', textAlign: 'left' }}>{p.nama}</th>
              <td className={`${s.td} ${s.num}`}>{value(p.np, lang)}</td>
              <td className={s.td}><PredikatBadge category={p.predikat} lang={lang} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className={s.table}>
        <caption className={s.caption}>{t(lang, 'npsPerSasaran')}</caption>
        <thead>
          <tr>
            <th className={s.th} scope="col">{t(lang, 'colSasaran')}</th>
            <th className={`${s.th} ${s.num}`} scope="col">{t(lang, 'colNilai')}</th>
            <th className={s.th} scope="col">{t(lang, 'colPredikat')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.sasaran.map((ss) => (
            <tr key={`${ss.perspektif}\u0000${ss.nama}`}>
              <th className={s.td} scope="row" style={{ fontWeight: 'normal', textAlign: 'left' }} title={`${ss.perspektif} — ${ss.nama}`}>
                {ss.nama}
              </th>
              <td className={`${s.td} ${s.num}`}>{value(ss.nps, lang)}</td>
              <td className={s.td}><PredikatBadge category={ss.predikat} lang={lang} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
