/**
 * The pane's TaskpaneEnv over Office: settings in the document, the custom functions' active
 * profile on the shared runtime's globalThis, and Excel's full recalculation. Built by index.tsx
 * in Excel; tests build it over the real client library (excel-simulator) the same way.
 */
import { Lang } from '../core';
import type { OfficeEnv } from '../excel/office-env';
import { setActiveProfile } from '../functions/active-profile';
import type { TaskpaneEnv } from './env';

/** The env of a pane shown in `lang`, over `office`. */
export function taskpaneEnvOf(office: OfficeEnv, lang: Lang): TaskpaneEnv {
  return {
    lang,
    loadSetting: (key) => office.loadSetting(key),
    saveSetting: (key, value) => office.saveSetting(key, value),
    setActiveProfile: (profile) => void setActiveProfile(profile),
    recalculateAll: () => office.recalculateAll(),
  };
}
