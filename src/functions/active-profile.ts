/**
 * The rule profile the custom functions apply (SPEC §9: the functions and the task pane must
 * agree). The task pane and the functions are separate webpack bundles loaded into one shared
 * runtime page, so a module-level variable would exist twice; the choice lives on `globalThis`
 * under a registry symbol that both bundles resolve to the same key.
 */
import { BPOM_UPT_2024, RuleProfile, checkProfile, profileById } from '../core/profile';

const KEY = Symbol.for('sakip.activeProfile');

type Holder = { [KEY]?: RuleProfile };

/** The profile the functions use right now: the one last set, else the default BPOM UPT 2024. */
export function activeProfile(): RuleProfile {
  return (globalThis as Holder)[KEY] ?? BPOM_UPT_2024;
}

/**
 * Makes a profile the active one for every later function call. Takes a built-in profile id
 * (an unknown id falls back to the default, as `profileById` does) or a whole profile, e.g. one
 * read from a workbook's rules sheet. The caller recalculates Excel afterwards.
 * A profile with broken tables is misuse and throws, so no cell is graded by a gap.
 */
export function setActiveProfile(profile: string | RuleProfile): RuleProfile {
  const chosen = typeof profile === 'string' ? profileById(profile) : profile;
  const problems = checkProfile(chosen);
  if (problems.length > 0) throw new Error(`Profil aturan "${chosen.id}" tidak sah: ${problems.join('; ')}`);
  (globalThis as Holder)[KEY] = chosen;
  return chosen;
}
