/**
 * The rule profile a workbook carries in its document settings (the pane stores it; the CLI
 * reads it from the .xlsx): a built-in's id, or a whole profile as its object (format
 * sakip-profil/1). Pure: the setting's parsed JSON value in, a verdict out; the pane and the CLI
 * each word it (a stored profile that does not load falls back to the default, never silently).
 */
import { PROFILES } from './profile';
import type { RuleProfile } from './profile';
import { profileFromJson } from './profile-json';
import type { ProfileProblem } from './profile-json';
import type { JsonValue } from './json-text';

/** The name of the document setting holding the profile (Office.context.document.settings). */
export const PROFILE_SETTING = 'sakip.profile';

/** What the stored value is. */
export type StoredProfileValue =
  | { readonly kind: 'none' }
  | { readonly kind: 'profile'; readonly profile: RuleProfile; readonly fromFile: boolean }
  | { readonly kind: 'unknown-id'; readonly id: string }
  | { readonly kind: 'broken'; readonly problems: readonly ProfileProblem[]; readonly detail: string | null };

/** Reads the setting's value: absent (undefined or null), a built-in id, or a profile object. */
export function storedProfileValue(value: unknown): StoredProfileValue {
  if (value === null || value === undefined) return { kind: 'none' };
  if (typeof value === 'string') {
    const builtIn = PROFILES.find((p) => p.id === value);
    return builtIn ? { kind: 'profile', profile: builtIn, fromFile: false } : { kind: 'unknown-id', id: value };
  }
  if (typeof value !== 'object') return { kind: 'broken', problems: [], detail: String(value) };
  // Office hands settings back as parsed JSON: an object of JSON values.
  const read = profileFromJson(value as JsonValue);
  return 'profile' in read ? { kind: 'profile', profile: read.profile, fromFile: true } : { kind: 'broken', problems: read.problems, detail: null };
}
