/**
 * The file name "Simpan profil sebagai berkas" offers: a built-in keeps its id (what `sakip
 * profil ekspor ID` writes); a profile the user imported or edited is named after its own name,
 * with "-diubah" when it still carries a built-in's id, so the download is never mistaken for
 * the built-in it came from.
 */
import { PROFILES } from '../core';
import type { RuleProfile } from '../core';

/** Lower-case letters and digits joined by "-" (accents dropped): a name safe on every system. */
const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);

/** The .json file name for `profile`. */
export function profileFileName(profile: RuleProfile): string {
  if (PROFILES.includes(profile)) return `${profile.id}.json`;
  const base = slug(profile.name) || slug(profile.id) || 'profil';
  return PROFILES.some((p) => p.id === profile.id) ? `${base}-diubah.json` : `${base}.json`;
}
