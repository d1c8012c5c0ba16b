/**
 * The shipped bundle, not the sources: dist/functions.js runs in a fresh Node `vm` context
 * whose only globals are a stub `CustomFunctions` and a minimal `Office`, then every id that
 * dist/functions.json promises is called with real arguments, shaped as Excel shapes them from
 * that same metadata (`support/excel-call.ts`). Proof that what Excel loads registers what the
 * metadata says, and computes the source report's numbers (issues 3 and 12).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { roundAsDisplayed } from '../../src/core/round';
import { DIST, ensureDist } from './support/ensure-dist';
import { StubError, excelError, makeCustomFunctions } from './support/custom-functions-stub';
import { ExcelCall, Fn, Metadata, excelCaller, readMetadata } from './support/excel-call';

let metadata: Metadata;
let bundle: string;

beforeAll(async () => {
  await ensureDist();
  metadata = readMetadata();
  bundle = fs.readFileSync(path.join(DIST, 'functions.js'), 'utf8');
}, 300_000);

/** Loads the bundle into a new context and returns what it associated. */
function register(displayLanguage: string): Map<string, Fn> {
  const registry = new Map<string, Fn>();
  const context = vm.createContext({ CustomFunctions: makeCustomFunctions(registry), Office: { context: { displayLanguage } } });
  vm.runInContext(bundle, context, { filename: 'dist/functions.js' });
  return registry;
}

/** Loads the bundle and calls its functions as Excel does. */
function load(displayLanguage = 'id-ID'): ExcelCall {
  const registry = register(displayLanguage);
  return excelCaller(metadata, (id) => registry.get(id));
}

const col = (...vs: unknown[]) => vs.map((v) => [v]);
const shown = (v: unknown) => roundAsDisplayed(v as number, 2);

// SS2's seven indicators in Triwulan II 2024 (SPEC §4).
const SS2 = [95.12, 53.94, 100, 146.82, 128.44, 133.33, 186.64];

/** A real call for every function, with what it must return. */
const CALLS: Record<string, { args: unknown[]; check: (result: unknown) => void }> = {
  CAPAIAN: { args: [88.89, 89.2], check: (r) => expect(r).toBeCloseTo(99.6524663677, 9) },
  // Balai POM Pangkalpinang TW I 2021, Tabel 3.5: 23 of 36 → 63,89.
  REALISASI: { args: [23, 36], check: (r) => expect(shown(r)).toBe(63.89) },
  KRITERIA: { args: [103.52], check: (r) => expect(r).toBe('Sangat Baik') },
  NPS: { args: [col(...SS2)], check: (r) => expect(shown(r)).toBe(104.15) },
  NPSS: { args: [99.94, 105.06, 100], check: (r) => expect(shown(r)).toBe(101.67) },
  PREDIKAT: { args: [101.67], check: (r) => expect(r).toBe('Istimewa') },
  STATUS: { args: [95.12], check: (r) => expect(r).toBe('Akan Tercapai') },
  // The default profile has no conversion, and says so.
  NILAI: { args: [90], check: (r) => expect((r as StubError).message).toMatch(/tidak punya konversi nilai capaian/) },
  'EFISIENSI.IE': { args: [222, 100], check: (r) => expect(r).toBeCloseTo(2.22, 12) },
  'EFISIENSI.TE': { args: [2.22, 1], check: (r) => expect(shown(r)).toBe(1.22) },
  'EFISIENSI.CAPAIAN': { args: [1.22], check: (r) => expect(r).toBe(84) },
  'EFISIENSI.KATEGORI': { args: [1.22], check: (r) => expect(r).toBe('Tidak Efisien') },
};

describe('dist/functions.js in a bare vm context', () => {
  it('registers exactly the ids dist/functions.json lists', () => {
    const registry = register('id-ID');
    expect([...registry.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    for (const fn of registry.values()) expect(typeof fn).toBe('function');
  });

  it('every id of the metadata answers a real call', () => {
    const call = load();
    for (const { id } of metadata.functions) {
      const sample = CALLS[id];
      if (!sample) throw new Error(`no sample call for ${id}: add one to CALLS`);
      sample.check(call(id, ...sample.args));
    }
  });

  it('the source report, Triwulan II 2024: the issue\'s "done when" figures', () => {
    const call = load();
    expect(call('CAPAIAN', '88,89', '89,2')).toBeCloseTo(99.6524663677, 9);
    expect(call('KRITERIA', 103.52)).toBe('Sangat Baik');
    expect(shown(call('NPS', col(...SS2)))).toBe(104.15);
    expect(call('PREDIKAT', 101.67)).toBe('Istimewa');
    const te = call('EFISIENSI.TE', '2,22', 1);
    expect(shown(te)).toBe(1.22);
    expect(call('EFISIENSI.CAPAIAN', te)).toBe(84);
    expect(call('EFISIENSI.KATEGORI', te)).toBe('Tidak Efisien');
  });

  it('=SAKIP.NPS and =SAKIP.NPSS over one range and over several (issue 12: repeating parameters)', () => {
    const call = load();
    // SS2's capaian, each capped at 120 (SPEC §4): one range G5:G11, then G5:G7; G8:G11.
    expect(shown(call('NPS', col(...SS2)))).toBe(104.15);
    expect(shown(call('NPS', col(...SS2.slice(0, 3)), col(...SS2.slice(3))))).toBe(104.15);
    expect(shown(call('NPS', col(95.12, null, 53.94), col('', 100, '-'), col(146.82, 128.44, 133.33, 186.64)))).toBe(104.15);
    // The three perspectives' NP of the report (SPEC §4): cells, one range, two ranges.
    expect(shown(call('NPSS', 99.94, 105.06, 100))).toBe(101.67);
    expect(shown(call('NPSS', col(99.94, 105.06, 100)))).toBe(101.67);
    expect(shown(call('NPSS', col(99.94, 105.06), col(100)))).toBe(101.67);
    // An error cell in one of the ranges is passed on.
    expect(call('NPS', col(...SS2), col(excelError('#N/A')))).toEqual(new StubError('#N/A'));
  });

  it('an omitted optional argument arrives as null: polaritas maximize, SE the profile\'s', () => {
    const call = load();
    expect(call('CAPAIAN', 8, 10)).toBe(80);
    expect(call('CAPAIAN', 6.5, 7, 'minimal')).toBeCloseTo(107.142857142857, 10);
    expect(shown(call('EFISIENSI.TE', 2.22, 1))).toBe(1.22);
    expect(call('EFISIENSI.TE', 2.22, 1, 2)).toBeCloseTo(0.11, 12);
  });

  it('spills, and explains errors in the cell tooltip in the language of Office', () => {
    const id = load('id-ID');
    const out = id('CAPAIAN', col(50, 'abc', null), col(100, 100, 100)) as unknown[][];
    expect(out[0]).toEqual([50]);
    expect(out[1][0]).toBeInstanceOf(StubError);
    expect(out[1][0]).toEqual(new StubError('#VALUE!', 'realisasi: Nilai "abc" tidak dapat dibaca sebagai angka'));
    expect(out[2][0]).toEqual(new StubError('#N/A', 'Realisasi belum diisi padahal target ada'));
    const en = load('en-US');
    expect(en('CAPAIAN', 'abc', 1)).toEqual(new StubError('#VALUE!', 'realisasi: The value "abc" cannot be read as a number'));
    expect(en('KRITERIA', col(1, 2))).toEqual([['Kurang'], ['Kurang']]);
    expect(en('EFISIENSI.IE', col(1, 2), col(1, 2, 3))).toEqual(
      new StubError('#VALUE!', 'The size of capaian_output (2 rows × 1 column) differs from the size of capaian_input (3 rows × 1 column); use ranges of the same size or a single cell'),
    );
  });

  it('stays within the 40 KB budget (core only, no React)', () => {
    expect(Buffer.byteLength(bundle)).toBeLessThanOrEqual(40 * 1024);
  });
});
