/**
 * Findings grouped by severity (Kesalahan, Peringatan, Informasi), each group folding open with
 * its count in the header; the most severe group present starts open. Each finding with a cell
 * is a link that selects that cell.
 */
import * as React from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import { Lang } from '../../core';
import type { Finding, Severity } from '../../workbook/types';
import { TextKey, t } from '../strings';

/** How many findings of one severity are listed; a long tail is counted, not rendered. */
export const MAX_LISTED = 200;

/** The groups in the order they are shown: the most severe first. */
const GROUPS: readonly { severity: Severity; label: TextKey; icon: React.ReactElement; colour: string }[] = [
  { severity: 'error', label: 'severityError', icon: <ErrorCircle16Filled />, colour: tokens.colorPaletteRedForeground1 },
  { severity: 'warning', label: 'severityWarning', icon: <Warning16Filled />, colour: tokens.colorPaletteDarkOrangeForeground1 },
  { severity: 'info', label: 'severityInfo', icon: <Info16Filled />, colour: tokens.colorBrandForeground1 },
];

const useStyles = makeStyles({
  heading: { margin: 0 },
  count: { fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: { padding: '3px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, fontSize: tokens.fontSizeBase200 },
  link: { textAlign: 'left', fontSize: tokens.fontSizeBase200 },
});

/** The findings of the last run, or `emptyText` when none. Give it a new `key` per run so the groups open afresh. */
export function FindingsList(props: { findings: readonly Finding[]; lang: Lang; onSelect: (f: Finding) => void; emptyText: string }): React.ReactElement {
  const { findings, lang, onSelect, emptyText } = props;
  const s = useStyles();
  if (findings.length === 0) {
    return (
      <Text as="p" data-testid="no-findings">
        {emptyText}
      </Text>
    );
  }
  const groups = GROUPS.map((g) => ({ ...g, items: findings.filter((f) => f.severity === g.severity) })).filter((g) => g.items.length > 0);
  // Errors open; when there are none, the next group present, so the first finding is in view.
  const open = [groups[0].severity];
  return (
    <Accordion multiple collapsible defaultOpenItems={open}>
      {groups.map((g) => (
        <section key={g.severity} data-severity={g.severity} aria-label={t(lang, 'counted', { label: t(lang, g.label), count: g.items.length })}>
        <AccordionItem value={g.severity}>
          <AccordionHeader as="h3" className={s.heading} size="small" icon={<span style={{ color: g.colour, display: 'inline-flex' }}>{g.icon}</span>}>
            <span className={s.count}>{t(lang, 'counted', { label: t(lang, g.label), count: g.items.length })}</span>
          </AccordionHeader>
          <AccordionPanel>
            <ul className={s.list}>
              {g.items.slice(0, MAX_LISTED).map((f, i) => (
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
              {g.items.length > MAX_LISTED && <li className={s.item}>{t(lang, 'moreFindings', { count: g.items.length - MAX_LISTED })}</li>}
            </ul>
          </AccordionPanel>
        </AccordionItem>
        </section>
      ))}
    </Accordion>
  );
}
