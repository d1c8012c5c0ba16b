/**
 * What the task pane needs from its host besides the workbook: the display language,
 * document settings, and the shared-runtime hooks of the custom functions. `index.tsx`
 * builds it from Office; tests and the preview pass their own.
 */
import { PROFILE_SETTING } from '../core';
import type { Lang, RuleProfile } from '../core';

/** The host services the pane uses (everything Office-specific except the WorkbookPort). */
export interface TaskpaneEnv {
  /** Display language: Indonesian unless Office is in English. */
  readonly lang: Lang;
  /** A value saved in the document's settings, or null/undefined when absent. */
  loadSetting(key: string): unknown;
  /** Saves a value in the document's settings (persisted with the document); an object is stored as JSON. */
  saveSetting(key: string, value: string | boolean | object): Promise<void>;
  /**
   * Makes the custom functions use this rule profile (shared runtime): a built-in's id, or a
   * whole profile (imported from a file). Throws when the profile's tables are broken.
   */
  setActiveProfile(profile: string | RuleProfile): void;
  /** Asks Excel to recalculate every formula, so =SAKIP.* cells follow a new profile. */
  recalculateAll(): Promise<void>;
}

/** Keys of the pane's document settings. */
export const SETTING = {
  profile: PROFILE_SETTING,
  period: 'sakip.period',
  sheet: 'sakip.sheet',
  writeFormulas: 'sakip.writeFormulas',
} as const;
