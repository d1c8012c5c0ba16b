/**
 * The rule profile reaches the functions through the shared runtime (SPEC §9): the task pane
 * and the functions are two bundles, so the choice lives on globalThis, read at call time.
 * The functions are called as Excel calls them (`support/excel-call.ts`).
 */
import { BPOM_ENAM_TINGKAT, BPOM_UPT_2024, RuleProfile } from '../../src/core/profile';
import { excl } from '../../src/core/bands';
import { activeProfile, setActiveProfile } from '../../src/functions/active-profile';
import { excelError, installCustomFunctions } from './support/custom-functions-stub';
import { ExcelCall, sourceCaller } from './support/excel-call';

installCustomFunctions();
afterEach(() => setActiveProfile(BPOM_UPT_2024.id));

let call: ExcelCall;
beforeAll(async () => {
  call = await sourceCaller();
}, 300_000);

describe('active profile', () => {
  it('is BPOM UPT 2024 until the task pane chooses another', () => {
    expect(activeProfile().id).toBe('bpom-upt-2024');
    expect(call('KRITERIA', 95)).toBe('Cukup');
  });

  it('a profile chosen by id changes the next call (the six-grade criteria: 90–110 is Baik)', () => {
    expect(setActiveProfile('bpom-enam-tingkat')).toBe(BPOM_ENAM_TINGKAT);
    expect(call('KRITERIA', [[95], [45]])).toEqual([['Baik'], ['Sangat Kurang']]);
    setActiveProfile('bpom-upt-2024');
    expect(call('KRITERIA', [[95], [45]])).toEqual([['Cukup'], ['Kurang']]);
  });

  it("CAPAIAN scores a range target by the active profile's range rule", () => {
    // Default (stabil): a range means stabilize, so naming maximize with it is a contradiction.
    expect(call('CAPAIAN', 95, '80-90')).toBeCloseTo((2 - 95 / 90) * 100, 10);
    expect(call('CAPAIAN', 95, '80-90', 'maks')).toEqual(excelError('#VALUE!', 'Rentang target 80–90 hanya untuk polaritas stabil'));
    setActiveProfile('permenpan-rb-skp-2022');
    expect(call('CAPAIAN', 95, '80-90')).toBeCloseTo((95 / 90) * 100, 10);
    expect(call('CAPAIAN', 95, '80-90', 'maks')).toBeCloseTo((95 / 90) * 100, 10);
    expect(call('CAPAIAN', 70, '80-90', 'minimal')).toBeCloseTo((1 + (1 - 70 / 80)) * 100, 10);
    expect(call('CAPAIAN', 95, '80-90', 'stabil')).toBeCloseTo((2 - 95 / 90) * 100, 10);
  });

  it('NILAI converts capaian by the active profile, and says when the profile has no conversion', () => {
    expect(call('NILAI', 90)).toEqual(excelError('#VALUE!', 'Profil aturan "BPOM UPT 2024" tidak punya konversi nilai capaian; pilih profil yang memilikinya (mis. PermenPAN-RB 8/2021 SKP) di panel SAKIP'));
    setActiveProfile('permenpan-rb-skp-2022');
    expect(call('NILAI', [[80], [90], [115], ['-']])).toEqual([[70], [80], [120], ['-']]);
    // The Lampiran's worked SKP (PermenPAN-RB 8/2021 p. 243): 100 % Baik 109, 98 % Cukup 88.
    expect(call('NILAI', [[100], [98]])).toEqual([[109], [88]]);
  });

  it('an unknown id falls back to the default profile', () => {
    expect(setActiveProfile('tidak-ada').id).toBe('bpom-upt-2024');
  });

  it('takes a whole profile, e.g. one read from a workbook, and uses its cap', () => {
    const own: RuleProfile = { ...BPOM_UPT_2024, id: 'unit-sendiri', name: 'Unit sendiri', cap: { min: 0, max: 110 } };
    setActiveProfile(own);
    expect(call('NPS', [[150], [100]])).toBe(105);
    expect(call('NPS', 150, 100)).toBe(105);
  });

  it('refuses a profile whose table has a gap, keeping the one before', () => {
    const broken: RuleProfile = { ...BPOM_UPT_2024, id: 'rusak', kriteria: [{ from: excl(100), result: { label: 'Baik', colour: '#00FF00' } }] };
    expect(() => setActiveProfile(broken)).toThrow(/Profil aturan "rusak" tidak sah: kriteria: /);
    expect(activeProfile().id).toBe('bpom-upt-2024');
  });

  it('is shared by two separately loaded copies of the module (two bundles, one page)', () => {
    let other: typeof import('../../src/functions/active-profile') | undefined;
    jest.isolateModules(() => {
      // A second module registry stands for the task pane's bundle; only require() loads into it.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      other = require('../../src/functions/active-profile');
    });
    expect(other!.setActiveProfile).not.toBe(setActiveProfile);
    other!.setActiveProfile('bpom-enam-tingkat');
    expect(activeProfile().id).toBe('bpom-enam-tingkat');
    expect(call('KRITERIA', 95)).toBe('Baik');
  });
});
