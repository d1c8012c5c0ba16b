/**
 * The shipped bundle, not the sources: dist/functions.js runs in a fresh Node `vm` context
 * whose only globals are a stub `CustomFunctions` and a minimal `Office`, then every id that
 * dist/functions.json promises is called with real arguments. Proof that what Excel loads
 * registers what the metadata says, and computes the source report's numbers (issue 3).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { roundAsDisplayed } from '../../src/core/round';
import { DIST, ensureDist } from './support/ensure-dist';
import { StubError, makeCustomFunctions } from './support/custom-functions-stub';

type Fn = (...args: unknown[]) => unknown;

interface Metadata {
  functions: { id: string; name: string }[];
}

let metadata: Metadata;
let bundle: string;

beforeAll(async () => {
  await ensureDist();
  metadata = JSON.parse(fs.readFileSync(path.join(DIST, 'functions.json'), 'utf8'));
  bundle = fs.readFileSync(path.join(DIST, 'functions.js'), 'utf8');
}, 300_000);

/** Loads the bundle into a new context and returns what it associated. */
function load(displayLanguage = 'id-ID'): Map<string, Fn> {
  const registry = new Map<string, Fn>();
  const context = vm.createContext({ CustomFunctions: makeCustomFunctions(registry), Office: { context: { displayLanguage } } });
  vm.runInContext(bundle, context, { filename: 'dist/functions.js' });
  return registry;
}

const one = (v: unknown) => [[v]];
const col = (...vs: unknown[]) => vs.map((v) => [v]);
const only = (m: unknown) => (Array.isArray(m) ? (m as unknown[][])[0][0] : m);
const shown = (v: unknown) => roundAsDisplayed(v as number, 2);

// SS2's seven indicators in Triwulan II 2024 (SPEC §4).
const SS2 = [95.12, 53.94, 100, 146.82, 128.44, 133.33, 186.64];

/** A real call for every function, with what it must return. */
const CALLS: Record<string, { args: unknown[]; check: (result: unknown) => void }> = {
  CAPAIAN: { args: [one(88.89), one(89.2)], check: (r) => expect(only(r)).toBeCloseTo(99.6524663677, 9) },
  KRITERIA: { args: [one(103.52)], check: (r) => expect(only(r)).toBe('Sangat Baik') },
  NPS: { args: [col(...SS2)], check: (r) => expect(shown(r)).toBe(104.15) },
  NPSS: { args: [one(99.94), one(105.06), one(100)], check: (r) => expect(shown(r)).toBe(101.67) },
  PREDIKAT: { args: [one(101.67)], check: (r) => expect(only(r)).toBe('Istimewa') },
  STATUS: { args: [one(95.12)], check: (r) => expect(only(r)).toBe('Akan Tercapai') },
  'EFISIENSI.IE': { args: [one(222), one(100)], check: (r) => expect(only(r)).toBeCloseTo(2.22, 12) },
  'EFISIENSI.TE': { args: [one(2.22), one(1)], check: (r) => expect(shown(only(r))).toBe(1.22) },
  'EFISIENSI.CAPAIAN': { args: [one(1.22)], check: (r) => expect(only(r)).toBe(84) },
  'EFISIENSI.KATEGORI': { args: [one(1.22)], check: (r) => expect(only(r)).toBe('Tidak Efisien') },
};

describe('dist/functions.js in a bare vm context', () => {
  it('registers exactly the ids dist/functions.json lists', () => {
    const registry = load();
    expect([...registry.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    for (const fn of registry.values()) expect(typeof fn).toBe('function');
  });

  it('every id of the metadata answers a real call', () => {
    const registry = load();
    for (const { id } of metadata.functions) {
      const call = CALLS[id];
      if (!call) throw new Error(`no sample call for ${id}: add one to CALLS`);
      call.check(registry.get(id)!(...call.args));
    }
  });

  it('the source report, Triwulan II 2024: the issue\'s "done when" figures', () => {
    const f = load();
    expect(only(f.get('CAPAIAN')!(one('88,89'), one('89,2')))).toBeCloseTo(99.6524663677, 9);
    expect(only(f.get('KRITERIA')!(one(103.52)))).toBe('Sangat Baik');
    expect(shown(f.get('NPS')!(col(...SS2)))).toBe(104.15);
    expect(only(f.get('PREDIKAT')!(one(101.67)))).toBe('Istimewa');
    const te = f.get('EFISIENSI.TE')!(one('2,22'), one(1)) as unknown[][];
    expect(shown(only(te))).toBe(1.22);
    expect(f.get('EFISIENSI.CAPAIAN')!(te)).toEqual([[84]]);
    expect(f.get('EFISIENSI.KATEGORI')!(te)).toEqual([['Tidak Efisien']]);
  });

  it('spills, and explains errors in the cell tooltip in the language of Office', () => {
    const id = load('id-ID');
    const out = id.get('CAPAIAN')!(col(50, 'abc', null), col(100, 100, 100)) as unknown[][];
    expect(out[0]).toEqual([50]);
    expect(out[1][0]).toBeInstanceOf(StubError);
    expect(out[1][0]).toEqual(new StubError('#VALUE!', 'realisasi: Nilai "abc" tidak dapat dibaca sebagai angka'));
    expect(out[2][0]).toEqual(new StubError('#N/A', 'Realisasi belum diisi padahal target ada'));
    const en = load('en-US');
    expect(only(en.get('CAPAIAN')!(one('abc'), one(1)))).toEqual(new StubError('#VALUE!', 'realisasi: The value "abc" cannot be read as a number'));
    expect(() => en.get('KRITERIA')!(col(1, 2))).not.toThrow();
    let thrown: unknown;
    try {
      en.get('EFISIENSI.IE')!(col(1, 2), col(1, 2, 3));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toEqual(
      new StubError('#VALUE!', 'The size of capaian_output (2 rows × 1 column) differs from the size of capaian_input (3 rows × 1 column); use ranges of the same size or a single cell'),
    );
  });

  it('stays within the 40 KB budget (core only, no React)', () => {
    expect(Buffer.byteLength(bundle)).toBeLessThanOrEqual(40 * 1024);
  });
});
