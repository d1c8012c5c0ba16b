/* eslint-disable @typescript-eslint/no-explicit-any -- profiles edited loosely as parsed JSON */
/** rev15 review: the custom functions under a profile read from a file (profileFromJson). */
import { BPOM_UPT_2024, PERMENPAN_RB_SKP_2022, profileById } from '../../src/core/profile';
import { nilaiCapaian } from '../../src/core/grades';
import { profileFromJson, profileToJson } from '../../src/core/profile-json';
import { setActiveProfile } from '../../src/functions/active-profile';
import { excelError, installCustomFunctions } from './support/custom-functions-stub';
import { ExcelCall, sourceCaller } from './support/excel-call';

installCustomFunctions();
afterEach(() => setActiveProfile(BPOM_UPT_2024.id));
let call: ExcelCall;
beforeAll(async () => {
  call = await sourceCaller();
}, 300_000);

// The profile's JSON edited as a user would in a text editor: any field, any shape (hence `any`).
 
function fromFile(edit: (j: Record<string, any>) => void) {
  const j = JSON.parse(profileToJson(profileById("bpom-upt-2024")));
  edit(j);
  const r = profileFromJson(JSON.stringify(j));
  if (!('profile' in r) || !r.profile) throw new Error(JSON.stringify(r));
  return r.profile;
}

describe('functions under a file profile', () => {
  it('KRITERIA uses an edited label and an edited band edge', () => {
    setActiveProfile(fromFile((j) => {
      j.id = 'unit-a';
      j.kriteria[1].label = 'Sangat Baik Sekali';
      j.kriteria[3].dari.nilai = 75;
      j.kriteria[4].sampai.nilai = 75;
    }));
    expect(call('KRITERIA', [[103.52], [74.99], [75], [100]])).toEqual([['Sangat Baik Sekali'], ['Kurang'], ['Cukup'], ['Baik']]);
  });
  it('KRITERIA decides on the profile decimals (desimal 0: 99,6 shows 100 → Baik)', () => {
    setActiveProfile(fromFile((j) => { j.id = 'unit-b'; j.desimal = 0; }));
    expect(call('KRITERIA', 99.6)).toBe('Baik');
  });
  it('REALISASI is 23/36 → 63,89 under a file profile; penyebut 0 → -', () => {
    setActiveProfile(fromFile((j) => { j.id = 'unit-c'; }));
    expect(call('REALISASI', 23, 36)).toBeCloseTo(6388.888888 / 100, 5);
    expect(call('REALISASI', 5, 0)).toBe('-');
    expect(call('CAPAIAN', call('REALISASI', 23, 36), 80)).toBeCloseTo(79.8611, 3);
  });
  it('NILAI follows a file profile that adds nilaiCapaian; the exported permenpan profile round-trips', () => {
    const pr = profileFromJson(profileToJson(profileById('permenpan-rb-skp-2022')));
    if (!('profile' in pr)) throw new Error(JSON.stringify(pr.problems));
    setActiveProfile(pr.profile);
    // The file profile scores as the built-in does (PermenPAN-RB 8/2021: 80 → 70, 90 → 80, 100 → 109, > 110 → 120).
    const inputs = [80, 90, 100, 105, 115, -5, 59.99];
    const expected = inputs.map((c) => [nilaiCapaian(c, PERMENPAN_RB_SKP_2022)?.nilai]);
    expect(expected.slice(0, 3)).toEqual([[70], [80], [109]]);
    expect(call('NILAI', inputs.map((c) => [c]))).toEqual(expected);
    expect(call('CAPAIAN', 95, '80-90', 'maks')).toBeCloseTo((95 / 90) * 100, 10);
  });
  it('NILAI under a file profile without nilaiCapaian names that profile', () => {
    setActiveProfile(fromFile((j) => { j.id = 'unit-d'; j.nama = 'Unit D'; }));
    expect(call('NILAI', 90)).toEqual(excelError('#VALUE!', expect.stringContaining('Unit D')));
  });
});
