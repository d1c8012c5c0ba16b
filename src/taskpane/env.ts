/**
 * What the task pane needs from its host besides the workbook: the display language,
 * document settings, and the shared-runtime hooks of the custom functions. `index.tsx`
 * builds it from Office; tests and the preview pass their own.
 */
import { Lang } from '../core';

/** The host services the pane uses (everything Office-specific except the WorkbookPort). */
export interface TaskpaneEnv {
  /** Display language: Indonesian unless Office is in English. */
  readonly lang: Lang;
  /** A value saved in the document's settings, or null/undefined when absent. */
  loadSetting(key: string): unknown;
  /** Saves a value in the document's settings (persisted with the document). */
  saveSetting(key: string, value: string | boolean): Promise<void>;
  /** Makes the custom functions use this rule profile (shared runtime). */
  setActiveProfile(id: string): void;
  /** Asks Excel to recalculate every formula, so =SAKIP.* cells follow a new profile. */
  recalculateAll(): Promise<void>;
}

/** Keys of the pane's document settings. */
export const SETTING = {
  profile: 'sakip.profile',
  period: 'sakip.period',
  sheet: 'sakip.sheet',
  writeFormulas: 'sakip.writeFormulas',
} as const;
