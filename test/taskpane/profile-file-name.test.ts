/** The download name of "Simpan profil sebagai berkas": a built-in's id, an edited profile's own name. */
import { BPOM_UPT_2024, PROFILES, profileFromJson, profileToJson } from '../../src/core';
import { profileFileName } from '../../src/taskpane/profile-file-name';

const edited = (edit: (text: string) => string) => {
  const read = profileFromJson(edit(profileToJson(BPOM_UPT_2024)));
  if (!('profile' in read)) throw new Error(JSON.stringify(read.problems));
  return read.profile;
};

test('a built-in is saved under its id, as sakip profil ekspor writes it', () => {
  expect(PROFILES.map(profileFileName)).toEqual(PROFILES.map((p) => `${p.id}.json`));
});

test('an edited profile that kept the built-in id is named after its own name with -diubah', () => {
  expect(profileFileName(edited((t) => t.replace('"nama": "BPOM UPT 2024"', '"nama": "Profil Loka Uji Ternate"')))).toBe('profil-loka-uji-ternate-diubah.json');
  // Its name unchanged too: still not the built-in's file name.
  expect(profileFileName(edited((t) => t.replace('"label": "Sangat Baik"', '"label": "Sangat Baik Sekali"')))).toBe('bpom-upt-2024-diubah.json');
});

test('a profile with its own id is named after its name (accents dropped)', () => {
  expect(profileFileName(edited((t) => t.replace('"id": "bpom-upt-2024"', '"id": "unit-a"').replace('"nama": "BPOM UPT 2024"', '"nama": "Unit Pengujian Kosmétik"')))).toBe('unit-pengujian-kosmetik.json');
});
