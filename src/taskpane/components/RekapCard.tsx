/** The card shown after Rekap: every unit report in the rekap's order (highest NPSS first), with its NPSS and predikat. */
import * as React from 'react';
import { Card, CardHeader, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Lang } from '../../core';
import { unitPeriodLabel } from '../../rekap';
import type { Rekap } from '../../rekap';
import { t } from '../strings';
import { PredikatBadge, formatNumber } from './SummaryCard';

const useStyles = makeStyles({
  card: { marginTop: '12px' },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, padding: '8px 0 4px' },
  th: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: '4px 4px 4px 0' },
  td: { verticalAlign: 'top', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '4px 4px 4px 0' },
  unit: { verticalAlign: 'top', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '4px 4px 4px 0', fontWeight: 'normal', textAlign: 'left' },
  num: { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
});

/** The units of one rekap. */
export function RekapCard({ rekap, lang }: { rekap: Rekap; lang: Lang }): React.ReactElement {
  const s = useStyles();
  return (
    <Card className={s.card} aria-labelledby="sakip-rekap-title" data-testid="rekap-card">
      <CardHeader header={<Text as="h2" weight="semibold" size={400} id="sakip-rekap-title">{t(lang, 'rekapUnitsTitle')}</Text>} />
      <table className={s.table}>
        <caption className={s.caption}>{t(lang, 'rekapUnitsCaption')}</caption>
        <thead>
          <tr>
            <th className={s.th} scope="col">{t(lang, 'colUnit')}</th>
            <th className={s.th} scope="col">{t(lang, 'colPeriode')}</th>
            <th className={`${s.th} ${s.num}`} scope="col">{t(lang, 'colNpss')}</th>
            <th className={s.th} scope="col">{t(lang, 'colPredikat')}</th>
          </tr>
        </thead>
        <tbody>
          {rekap.units.map((u) => (
            <tr key={`${u.sheet}\u0000${u.periode}`} data-testid="rekap-unit">
              <th className={s.unit} scope="row" title={t(lang, 'rekapUnitOnSheet', { unit: u.unit, sheet: u.sheet })}>
                {u.unit}
              </th>
              <td className={s.td}>{unitPeriodLabel(u, lang)}</td>
              <td className={`${s.td} ${s.num}`}>{u.npss === null ? '-' : formatNumber(u.npss, lang)}</td>
              <td className={s.td}>
                <PredikatBadge category={u.predikat} lang={lang} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
