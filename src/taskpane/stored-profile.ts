/**
 * The rule profile a workbook carries in its document settings: a built-in's id, or a whole
 * profile imported from a file (stored as the file's object, format sakip-profil/1, so the
 * workbook keeps its rules wherever it goes). Reading it back checks it again; a value that
 * does not read falls back to the default with a warning the pane shows, never silently.
 * Office.Settings takes "a string, number, boolean, null, object, or array" as a value
 * (https://learn.microsoft.com/javascript/api/office/office.settings); its documentation names no
 * size limit (asked, unanswered: Microsoft Q&A 340861), and a built-in's object is about 3 kB.
 */
import { BPOM_UPT_2024, Lang, RuleProfile, profileProblemText, storedProfileValue } from '../core';
import { t } from './strings';

/** The profile the document's setting names, whether it came from a file, and why it was not used (null when it was). */
export interface StoredProfile {
  readonly profile: RuleProfile;
  readonly fromFile: boolean;
  readonly warning: string | null;
}

/** How many problems of a broken stored profile the warning quotes (the rest are counted). */
const QUOTED = 3;

/** Reads the setting's value (absent, a built-in id, or a profile object) in `lang`. */
export function readStoredProfile(value: unknown, lang: Lang): StoredProfile {
  const fallback = (warning: string): StoredProfile => ({ profile: BPOM_UPT_2024, fromFile: false, warning });
  const stored = storedProfileValue(value);
  if (stored.kind === 'none') return { profile: BPOM_UPT_2024, fromFile: false, warning: null };
  if (stored.kind === 'profile') return { profile: stored.profile, fromFile: stored.fromFile, warning: null };
  if (stored.kind === 'unknown-id') return fallback(t(lang, 'storedProfileUnknown', { id: stored.id, name: BPOM_UPT_2024.name }));
  if (stored.detail !== null) return fallback(t(lang, 'storedProfileBroken', { name: BPOM_UPT_2024.name, problems: stored.detail }));
  const quoted = stored.problems.slice(0, QUOTED).map((p) => profileProblemText(p, lang));
  const more = stored.problems.length - quoted.length;
  const problems = more > 0 ? `${quoted.join('; ')}; ${t(lang, 'moreProblems', { count: more })}` : quoted.join('; ');
  return fallback(t(lang, 'storedProfileBroken', { name: BPOM_UPT_2024.name, problems }));
}
