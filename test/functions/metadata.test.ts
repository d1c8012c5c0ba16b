/**
 * dist/functions.json and its English sibling against the code: Microsoft's naming rules
 * (letters first, at least three characters, no duplicates), parameters as the signature table
 * declares them, and the English file generated from src/functions/metadata.en.json.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as F from '../../src/functions/functions';
import { FunctionSpec, SIGNATURES } from '../../src/functions/signatures';
import table from '../../src/functions/metadata.en.json';
import { DIST, ROOT, ensureDist } from './support/ensure-dist';

interface ParamMeta {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
interface FunctionMeta {
  id: string;
  name: string;
  description: string;
  parameters: ParamMeta[];
  result: { dimensionality?: string };
}
interface Metadata {
  functions: FunctionMeta[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build script shared with webpack.config.js
const { localizeMetadata } = require(path.join(ROOT, 'scripts', 'localize-functions.js')) as {
  localizeMetadata: (m: Metadata, t: unknown) => Metadata;
};

let id: Metadata;
let en: Metadata;

beforeAll(async () => {
  await ensureDist();
  id = JSON.parse(fs.readFileSync(path.join(DIST, 'functions.json'), 'utf8'));
  en = JSON.parse(fs.readFileSync(path.join(DIST, 'functions.en.json'), 'utf8'));
}, 300_000);

const specs = SIGNATURES as Record<string, FunctionSpec>;

describe('functions.json', () => {
  it('ids: A–Z, 0–9, "." and "_", start with a letter, at least three characters, unique', () => {
    const ids = id.functions.map((f) => f.id);
    for (const x of ids) expect(x).toMatch(/^[A-Z][A-Z0-9._]{2,}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names: letters, digits, "." and "_", start with a letter, at least three characters, unique', () => {
    for (const meta of [id, en]) {
      const names = meta.functions.map((f) => f.name);
      for (const n of names) expect(n).toMatch(/^\p{L}[\p{L}0-9._]{2,}$/u);
      expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(names.length);
    }
  });

  it('lists exactly the functions of the signature table, names as users type them after SAKIP.', () => {
    expect(id.functions.map((f) => f.id).sort()).toEqual(Object.keys(SIGNATURES).sort());
    for (const f of id.functions) expect(f.name).toBe(f.id);
  });

  it('parameters match the signature table and the exported functions', () => {
    for (const f of id.functions) {
      const spec = specs[f.id];
      expect(f.parameters.map((p) => p.name)).toEqual(spec.params.map((p) => p.name));
      f.parameters.forEach((p, i) => {
        const s = spec.params[i];
        // Every argument is a range of any values: Excel must not convert "89,20" or "-".
        expect(p.type).toBe('any');
        expect(p.dimensionality).toBe('matrix');
        expect(p.repeating === true).toBe(s.repeating === true);
        // A repeating parameter counts as optional in Excel (Microsoft, "Manually create JSON
        // metadata for custom functions": repeating); NPS and NPSS declare it so.
        expect(p.optional === true).toBe(s.optional === true || s.repeating === true);
        expect(p.description?.length).toBeGreaterThan(10);
      });
      expect(f.result.dimensionality === 'matrix').toBe(spec.mode === 'elementwise');
      const fn = (F as Record<string, (...a: unknown[]) => unknown>)[f.id.replace(/\./g, '_')];
      expect(typeof fn).toBe('function');
      // Excel passes one argument per declared parameter, a repeating one as ONE array of the
      // repeated arguments: a JavaScript rest parameter (which Function.length does not count)
      // would read that array as a single range.
      expect(fn.length).toBe(spec.params.length);
    }
  });

  it('describes every function in Indonesian', () => {
    for (const f of id.functions) expect(f.description.length).toBeGreaterThan(20);
  });

  it('says NPS is the plain mean whatever the profile weighs (no parameter may follow its repeating capaian)', () => {
    const nps = id.functions.find((f) => f.name === 'NPS');
    expect(nps?.description).toContain('bobot profil tidak dipakai');
    expect(table.NPS.description).toContain('profile weights are not applied');
  });
});

describe('functions.en.json', () => {
  it('is generated from functions.json and the English table (not copied by hand)', () => {
    expect(en).toEqual(localizeMetadata(id, table));
  });

  it('keeps ids, function names and parameter shapes; only the texts are English', () => {
    expect(en.functions.map((f) => [f.id, f.name])).toEqual(id.functions.map((f) => [f.id, f.name]));
    en.functions.forEach((f, i) => {
      const source = id.functions[i];
      expect(f.description).not.toBe(source.description);
      expect(f.result).toEqual(source.result);
      f.parameters.forEach((p, j) => {
        const { name: _n, description: _d, ...shape } = source.parameters[j];
        expect(p).toMatchObject(shape);
        expect(p.description).not.toBe(source.parameters[j].description);
      });
    });
    expect(en.functions.find((f) => f.id === 'PREDIKAT')!.parameters[0].name).toBe('value');
  });
});

describe('localizeMetadata', () => {
  const meta: Metadata = {
    functions: [{ id: 'KRITERIA', name: 'KRITERIA', description: 'Kriteria', parameters: [{ name: 'capaian', description: 'Capaian' }], result: {} }],
  };

  it('translates descriptions and renames parameters the table renames', () => {
    const out = localizeMetadata(meta, { KRITERIA: { description: 'Criterion', parameters: { capaian: { name: 'achievement', description: 'Achievement' } } } });
    expect(out.functions[0]).toMatchObject({ id: 'KRITERIA', name: 'KRITERIA', description: 'Criterion', parameters: [{ name: 'achievement', description: 'Achievement' }] });
  });

  it('fails on any gap or stale entry, listing them all', () => {
    expect(() => localizeMetadata(meta, {})).toThrow('KRITERIA: no English entry');
    expect(() => localizeMetadata(meta, { KRITERIA: { description: 'Criterion', parameters: {} } })).toThrow('KRITERIA(capaian): no English description');
    expect(() =>
      localizeMetadata(meta, { KRITERIA: { description: 'C', parameters: { capaian: { description: 'A' }, nilai: { description: 'V' } } }, NPS: { description: 'x' } }),
    ).toThrow(/KRITERIA: English entry for unknown parameter nilai\n {2}NPS: English entry for a function that does not exist/);
  });
});
