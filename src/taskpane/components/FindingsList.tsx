/** Findings grouped by severity; each finding with a cell is a link that selects that cell. */
import * as React from 'react';
import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import { Lang } from '../../core';
import type { Finding, Severity } from '../../workbook/types';
import { TextKey, t } from '../strings';

/** How many findings of one severity are listed; a long tail is counted, not rendered. */
export const MAX_LISTED = 200;

const GROUPS: readonly { severity: Severity; label: TextKey; icon: React.ReactElement; colour: string }[] = [
  { severity: 'error', label: 'severityError', icon: <ErrorCircle16Filled />, colour: tokens.colorPaletteRedForeground1 },
  { severity: 'warning', label: 'severityWarning', icon: <Warning16Filled />, colour: tokens.colorPaletteDarkOrangeForeground1 },
  { severity: 'info', label: 'severityInfo', icon: <Info16Filled />, colour: tokens.colorBrandForeground1 },
];

const useStyles = makeStyles({
  group: { marginTop: '8px' },
  heading: { display: 'flex', alignItems: 'center', gap: '6px', margin: '8px 0 4px', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: { padding: '3px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, fontSize: tokens.fontSizeBase200 },
  link: { textAlign: 'left', fontSize: tokens.fontSizeBase200 },
});

/** The findings of the last run. */
export function FindingsList(props: { findings: readonly Finding[]; lang: Lang; onSelect: (f: Finding) => void }): React.ReactElement {
  const { findings, lang, onSelect } = props;
  const s = useStyles();
  if (findings.length === 0) {
    return (
      <Text as="p" data-testid="no-findings">
        {t(lang, 'noFindings')}
      </Text>
    );
  }
  return (
    <div>
      {GROUPS.map((g) => {
        const items = findings.filter((f) => f.severity === g.severity);
        if (items.length === 0) return null;
        const headingId = `sakip-findings-${g.severity}`;
        return (
          <section key={g.severity} className={s.group} aria-labelledby={headingId} data-severity={g.severity}>
            <h3 id={headingId} className={s.heading}>
              <span style={{ color: g.colour, display: 'inline-flex' }} aria-hidden="true">
                {g.icon}
              </span>
              {`${t(lang, g.label)} (${items.length})`}
            </h3>
            <ul className={s.list}>
              {items.slice(0, MAX_LISTED).map((f, i) => (
                <li key={`${f.code}-${f.cell ?? ''}-${i}`} className={s.item}>
                  {f.cell ? (
                    <Link as="button" className={s.link} onClick={() => onSelect(f)} title={t(lang, 'goToCell', { cell: `${f.sheet}!${f.cell}` })}>
                      {f.message}
                    </Link>
                  ) : (
                    <span>{f.message}</span>
                  )}
                </li>
              ))}
              {items.length > MAX_LISTED && <li className={s.item}>{t(lang, 'moreFindings', { count: items.length - MAX_LISTED })}</li>}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
