/**
 * A rule profile as a JSON file the user owns (format `sakip-profil/1`, schema in
 * schemas/sakip-profil.schema.json): writing one, and reading one back with every problem named.
 * Pure: text or a parsed object in, a profile or problems out; reading files is the caller's job.
 * The hand-written checks mirror the schema (test/core/profile-json.test.ts keeps them in step),
 * and the band tables are checked by the one band checker, `tableIssues` in bands.ts.
 */
import { Band, BandTable, Edge, TableIssue, tableIssues } from './bands';
import { Bilingual, Lang, formatMessage } from './messages';
import { JsonValue, readJsonText } from './json-text';
import { PROFILE_MESSAGES, PROFILE_WORDS, ProfileProblemCode } from './profile-messages';
import type { BobotRule, Category, EfisiensiGrade, NilaiGrade, RuleProfile } from './profile';
import { RANGE_RULES, RangeRule } from './capaian';

/** The format tag every profile file starts with; a later incompatible format gets a new number. */
export const PROFILE_FORMAT = 'sakip-profil/1';

/** One edge of a band as written in the file: the value and whether it belongs to the band. */
export interface EdgeJson {
  readonly nilai: number;
  readonly termasuk: boolean;
}

/** A graded band (kriteria, predikat, status) as written in the file. */
export interface CategoryBandJson {
  readonly dari?: EdgeJson;
  readonly sampai?: EdgeJson;
  readonly label: string;
  readonly warna: string;
}

/** A band of the efficiency table as written in the file. */
export interface EfisiensiBandJson {
  readonly dari?: EdgeJson;
  readonly sampai?: EdgeJson;
  readonly capaianEfisiensi: number | null;
  readonly kategori: EfisiensiGrade['kategori'];
}

/** A band of the capaian → nilai capaian conversion as written in the file. */
export interface NilaiBandJson {
  readonly dari?: EdgeJson;
  readonly sampai?: EdgeJson;
  readonly label: string;
  readonly nilaiDari: number;
  readonly nilaiSampai: number;
}

/** A whole profile file (format sakip-profil/1). */
export interface ProfileJson {
  readonly $schema?: string;
  readonly format: typeof PROFILE_FORMAT;
  readonly id: string;
  readonly nama: string;
  readonly sumber?: string;
  readonly desimal: number;
  readonly batasCapaian: { readonly min: number; readonly maks: number };
  readonly standarEfisiensi: number;
  readonly kriteria: readonly CategoryBandJson[];
  readonly predikat: readonly CategoryBandJson[];
  readonly status: readonly CategoryBandJson[];
  readonly efisiensi: readonly EfisiensiBandJson[];
  /** NPS as a weighted mean (issue 15); absent: the plain mean. */
  readonly bobot?: { readonly mode: 'kolom' } | { readonly mode: 'jenis'; readonly jenis: Readonly<Record<string, number>> };
  readonly aturanRentang?: RangeRule;
  readonly nilaiCapaian?: readonly NilaiBandJson[];
}

/** The fields each object of the file may hold (the schema's `properties`, kept in step by a test). */
export const PROFILE_FIELDS = {
  profile: ['$schema', 'format', 'id', 'nama', 'sumber', 'desimal', 'batasCapaian', 'standarEfisiensi', 'kriteria', 'predikat', 'status', 'efisiensi', 'bobot', 'aturanRentang', 'nilaiCapaian'],
  required: ['format', 'id', 'nama', 'desimal', 'batasCapaian', 'standarEfisiensi', 'kriteria', 'predikat', 'status', 'efisiensi'],
  cap: ['min', 'maks'],
  edge: ['nilai', 'termasuk'],
  categoryBand: ['dari', 'sampai', 'label', 'warna'],
  efisiensiBand: ['dari', 'sampai', 'capaianEfisiensi', 'kategori'],
  bobotKolom: ['mode'],
  bobotJenis: ['mode', 'jenis'],
  nilaiBand: ['dari', 'sampai', 'label', 'nilaiDari', 'nilaiSampai'],
  /** Fields named for a later version and refused until built; every field of issue 15 is built now. */
  reserved: [] as readonly string[],
} as const;

/** A parameter of a problem text: plain, or a phrase that differs by language. */
export type ProfileParam = string | number | Bilingual;

/** One problem of a profile file: where (a JSON path such as `kriteria[2].warna`), what, and its details. */
export interface ProfileProblem {
  readonly path: string;
  readonly code: ProfileProblemCode;
  readonly params: Readonly<Record<string, ProfileParam>>;
}

/** The problem as one line, `path: text`, in `lang`. */
export function profileProblemText(problem: ProfileProblem, lang: Lang): string {
  const params = Object.fromEntries(Object.entries(problem.params).map(([k, v]) => [k, typeof v === 'object' ? v[lang] : v]));
  const text = formatMessage(PROFILE_MESSAGES[problem.code], lang, params);
  return problem.path === '' ? text : `${problem.path}: ${text}`;
}

const edgeJson = (e: Edge): EdgeJson => ({ nilai: e.value, termasuk: e.inclusive });

function bandEdges<T>(b: Band<T>): { dari?: EdgeJson; sampai?: EdgeJson } {
  return { ...(b.from ? { dari: edgeJson(b.from) } : {}), ...(b.to ? { sampai: edgeJson(b.to) } : {}) };
}

const categoryBands = (t: BandTable<Category>): CategoryBandJson[] => t.map((b) => ({ ...bandEdges(b), label: b.result.label, warna: b.result.colour }));

/** The profile as a file's object, every table highest band first as the reports print them. */
export function profileToObject(profile: RuleProfile): ProfileJson {
  return {
    format: PROFILE_FORMAT,
    id: profile.id,
    nama: profile.name,
    ...(profile.source !== undefined ? { sumber: profile.source } : {}),
    desimal: profile.decimals,
    batasCapaian: { min: profile.cap.min, maks: profile.cap.max },
    standarEfisiensi: profile.standarEfisiensi,
    kriteria: categoryBands(profile.kriteria),
    predikat: categoryBands(profile.predikat),
    status: categoryBands(profile.status),
    efisiensi: profile.efisiensi.map((b) => ({ ...bandEdges(b), capaianEfisiensi: b.result.capaian, kategori: b.result.kategori })),
    ...(profile.bobot !== undefined ? { bobot: profile.bobot.mode === 'kolom' ? { mode: 'kolom' as const } : { mode: 'jenis' as const, jenis: { ...profile.bobot.jenis } } } : {}),
    ...(profile.rangeRule !== undefined ? { aturanRentang: profile.rangeRule } : {}),
    ...(profile.nilaiCapaian !== undefined
      ? { nilaiCapaian: profile.nilaiCapaian.map((b) => ({ ...bandEdges(b), label: b.result.label, nilaiDari: b.result.nilaiDari, nilaiSampai: b.result.nilaiSampai })) }
      : {}),
  };
}

/** A value on one line with a space after each `:` and `,`, as a person would type it. */
function inline(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(inline).join(', ')}]`;
  if (typeof v === 'object' && v !== null) return `{ ${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`).join(', ')} }`;
  return JSON.stringify(v);
}

/**
 * The profile as the text of a `.json` file: a field per line and a band per line, so the
 * tables read like the printed ones and an edit touches one line.
 */
export function profileToJson(profile: RuleProfile): string {
  const fields = Object.entries(profileToObject(profile)).map(([k, v]) => {
    const body = Array.isArray(v) ? `[\n${v.map((item) => `    ${inline(item)}`).join(',\n')}\n  ]` : inline(v);
    return `  ${JSON.stringify(k)}: ${body}`;
  });
  return `{\n${fields.join(',\n')}\n}\n`;
}

const COLOUR = /^#[0-9A-Fa-f]{6}$/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TABLES = ['kriteria', 'predikat', 'status'] as const;
const KATEGORI: readonly EfisiensiGrade['kategori'][] = ['Efisien', 'Tidak Efisien'];

type Obj = { readonly [key: string]: JsonValue };
const isObj = (v: JsonValue | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A number in a problem text as that language prints it (0,2 / 0.2). */
const numberText = (n: number): Bilingual => ({ id: String(n).replace('.', ','), en: String(n) });

/** How a wrong value reads in a problem text: its type and, when short, the value. */
function found(v: JsonValue): Bilingual {
  if (v === null) return PROFILE_WORDS.null;
  if (Array.isArray(v)) return { id: 'daftar', en: 'a list' };
  if (typeof v === 'object') return { id: 'objek', en: 'an object' };
  if (typeof v === 'string') return { id: `teks "${v}"`, en: `the text "${v}"` };
  if (typeof v === 'number') return { id: `angka ${numberText(v).id}`, en: `the number ${v}` };
  return { id: String(v), en: String(v) };
}

/**
 * An interval in words, e.g. `capaian > 90 dan < 100`. Each edge's `inclusive` says whether the
 * edge value itself is in the interval; a missing edge is unbounded.
 */
function intervalText(what: Bilingual, low: Edge | undefined, high: Edge | undefined): Bilingual {
  const text = (lang: Lang): string => {
    const num = (e: Edge) => numberText(e.value)[lang];
    if (low && high && low.value === high.value) return `${what[lang]} = ${num(low)}`;
    const parts = [low ? `${low.inclusive ? '≥' : '>'} ${num(low)}` : null, high ? `${high.inclusive ? '≤' : '<'} ${num(high)}` : null].filter((p): p is string => p !== null);
    if (parts.length === 0) return PROFILE_WORDS.everyValue[lang];
    return `${what[lang]} ${parts.join(` ${PROFILE_WORDS.and[lang]} `)}`;
  };
  return { id: text('id'), en: text('en') };
}

/** Reads a profile file's text, or an already parsed object: the profile, or every problem found. */
export function profileFromJson(input: string | JsonValue): { readonly profile: RuleProfile } | { readonly problems: readonly ProfileProblem[] } {
  let value: JsonValue;
  if (typeof input === 'string') {
    const read = readJsonText(input);
    if ('error' in read) {
      const { kind, line, column, found: f } = read.error;
      return { problems: [{ path: '', code: `json-${kind}`, params: { line, column, found: f ?? '' } }] };
    }
    value = read.value;
  } else value = input;
  return new Reader().profile(value);
}

/** One pass over a file's object: reads what it can, records every problem with its path. */
class Reader {
  readonly problems: ProfileProblem[] = [];

  private add(path: string, code: ProfileProblemCode, params: Readonly<Record<string, ProfileParam>> = {}): void {
    this.problems.push({ path, code, params });
  }

  private wrong(path: string, expected: keyof typeof PROFILE_WORDS, v: JsonValue): undefined {
    this.add(path, 'wrong-type', { expected: PROFILE_WORDS[expected], found: found(v) });
    return undefined;
  }

  /** The object at `path` with only `known` fields; unknown and reserved fields are problems. */
  private object(path: string, v: JsonValue | undefined, known: readonly string[], required: readonly string[] = known): Obj | undefined {
    if (v === undefined) return undefined;
    if (!isObj(v)) return this.wrong(path, 'object', v);
    const at = (k: string) => (path === '' ? k : `${path}.${k}`);
    for (const k of Object.keys(v)) {
      if (known.includes(k)) continue;
      if (path === '' && (PROFILE_FIELDS.reserved as readonly string[]).includes(k)) this.add(at(k), 'reserved-field', { field: k });
      else this.add(at(k), 'unknown-field', { field: k, known: known.join(', ') });
    }
    for (const k of required) if (!Object.prototype.hasOwnProperty.call(v, k)) this.add(path, 'missing-field', { field: k });
    return v;
  }

  private number(path: string, v: JsonValue | undefined): number | undefined {
    if (v === undefined) return undefined;
    return typeof v === 'number' ? v : this.wrong(path, 'number', v);
  }

  private text(path: string, v: JsonValue | undefined): string | undefined {
    if (v === undefined) return undefined;
    if (typeof v !== 'string') return this.wrong(path, 'text', v);
    if (v.trim() === '') {
      this.add(path, 'empty-text');
      return undefined;
    }
    return v;
  }

  private edge(path: string, v: JsonValue | undefined): Edge | undefined {
    const o = this.object(path, v, PROFILE_FIELDS.edge);
    if (!o) return undefined;
    const value = this.number(`${path}.nilai`, o.nilai);
    const inclusive = o.termasuk;
    if (inclusive !== undefined && typeof inclusive !== 'boolean') this.wrong(`${path}.termasuk`, 'boolean', inclusive);
    return value !== undefined && typeof inclusive === 'boolean' ? { value, inclusive } : undefined;
  }

  /**
   * The bands of one table as far as they read: `edges` when every band's edges read (so gaps and
   * overlaps can be named even while a colour is wrong), `whole` when every result read too.
   */
  private bands<T>(path: string, v: JsonValue | undefined, known: readonly string[], result: (at: string, o: Obj) => T | undefined): { bands: Band<T | undefined>[]; edges: boolean; whole: boolean } | undefined {
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) return this.wrong(path, 'list', v);
    const list = v as readonly JsonValue[];
    const bands: Band<T | undefined>[] = [];
    let edges = true;
    let whole = true;
    list.forEach((item, i) => {
      const at = `${path}[${i}]`;
      const o = this.object(at, item, known, known.filter((k) => k !== 'dari' && k !== 'sampai'));
      if (!o) {
        edges = whole = false;
        return;
      }
      const from = o.dari === undefined ? undefined : this.edge(`${at}.dari`, o.dari);
      const to = o.sampai === undefined ? undefined : this.edge(`${at}.sampai`, o.sampai);
      const r = result(at, o);
      if ((o.dari !== undefined && !from) || (o.sampai !== undefined && !to)) edges = false;
      if (r === undefined) whole = false;
      bands.push({ ...(from ? { from } : {}), ...(to ? { to } : {}), result: r });
    });
    return { bands, edges, whole: whole && edges };
  }

  private category = (at: string, o: Obj): Category | undefined => {
    const label = this.text(`${at}.label`, o.label);
    let colour: string | undefined;
    if (o.warna !== undefined) {
      if (typeof o.warna !== 'string') this.wrong(`${at}.warna`, 'text', o.warna);
      else if (!COLOUR.test(o.warna)) this.add(`${at}.warna`, 'bad-colour', { value: o.warna });
      else colour = o.warna.toUpperCase();
    }
    return label !== undefined && colour !== undefined ? { label, colour } : undefined;
  };

  private efisiensiGrade = (at: string, o: Obj): EfisiensiGrade | undefined => {
    const c = o.capaianEfisiensi;
    let capaian: number | null | undefined;
    if (c === null || typeof c === 'number') capaian = c;
    else if (c !== undefined) this.wrong(`${at}.capaianEfisiensi`, 'numberOrNull', c);
    let kategori: EfisiensiGrade['kategori'] | undefined;
    const k = o.kategori;
    if (typeof k === 'string' && (KATEGORI as readonly string[]).includes(k)) kategori = k as EfisiensiGrade['kategori'];
    else if (typeof k === 'string') this.add(`${at}.kategori`, 'bad-kategori', { value: k });
    else if (k !== undefined) this.wrong(`${at}.kategori`, 'text', k);
    return capaian !== undefined && kategori !== undefined ? { capaian, kategori } : undefined;
  };

  private nilaiGrade = (at: string, o: Obj): NilaiGrade | undefined => {
    const label = this.text(`${at}.label`, o.label);
    const nilaiDari = this.number(`${at}.nilaiDari`, o.nilaiDari);
    const nilaiSampai = this.number(`${at}.nilaiSampai`, o.nilaiSampai);
    return label !== undefined && nilaiDari !== undefined && nilaiSampai !== undefined ? { label, nilaiDari, nilaiSampai } : undefined;
  };

  /** Gaps, overlaps and open ends of a readable table, each naming its bands. */
  private tableProblems<T>(path: string, what: Bilingual, table: BandTable<T>, name: (i: number) => Bilingual): void {
    for (const issue of tableIssues(table) as TableIssue[]) {
      switch (issue.kind) {
        case 'empty':
          this.add(path, 'table-empty');
          break;
        case 'empty-band':
          this.add(`${path}[${issue.band}]`, 'empty-band', { band: name(issue.band) });
          break;
        case 'open-below':
          this.add(path, 'open-below', { interval: intervalText(what, undefined, { value: issue.edge.value, inclusive: !issue.edge.inclusive }), band: name(issue.band) });
          break;
        case 'open-above':
          this.add(path, 'open-above', { interval: intervalText(what, { value: issue.edge.value, inclusive: !issue.edge.inclusive }, undefined), band: name(issue.band) });
          break;
        case 'gap':
          this.add(path, 'gap', { interval: intervalText(what, issue.low, issue.high), before: name(issue.before), after: name(issue.after) });
          break;
        case 'overlap':
          this.add(path, 'overlap', { interval: intervalText(what, issue.low, issue.high), first: name(issue.first), second: name(issue.second) });
          break;
      }
    }
  }

  /** The weights rule: `{"mode": "kolom"}` or `{"mode": "jenis", "jenis": {"IKU": 2, …}}`. */
  private bobot(v: JsonValue | undefined): BobotRule | undefined {
    if (v === undefined) return undefined;
    if (!isObj(v)) return this.wrong('bobot', 'object', v);
    const mode = v.mode;
    if (mode === 'kolom') {
      this.object('bobot', v, PROFILE_FIELDS.bobotKolom);
      return { mode: 'kolom' };
    }
    if (mode !== 'jenis') {
      if (mode === undefined) this.add('bobot', 'missing-field', { field: 'mode' });
      else if (typeof mode !== 'string') this.wrong('bobot.mode', 'text', mode);
      else this.add('bobot.mode', 'bobot-mode', { value: mode });
      return undefined;
    }
    this.object('bobot', v, PROFILE_FIELDS.bobotJenis);
    const table = v.jenis;
    if (table === undefined) return undefined;
    if (!isObj(table)) return this.wrong('bobot.jenis', 'object', table);
    // A null prototype: a type named "__proto__" stays a key, as the JSON reader keeps it as data.
    const jenis = Object.create(null) as Record<string, number>;
    let ok = true;
    for (const [k, w] of Object.entries(table)) {
      const n = this.number(`bobot.jenis.${k}`, w);
      if (n === undefined) ok = false;
      else if (!(n >= 0)) {
        this.add(`bobot.jenis.${k}`, 'bobot-negative', { value: numberText(n) });
        ok = false;
      } else jenis[k] = n;
    }
    if (Object.keys(table).length === 0) {
      this.add('bobot.jenis', 'bobot-empty');
      ok = false;
    }
    return ok ? { mode: 'jenis', jenis } : undefined;
  }

  profile(v: JsonValue): { readonly profile: RuleProfile } | { readonly problems: readonly ProfileProblem[] } {
    if (!isObj(v)) {
      this.wrong('', 'object', v);
      return { problems: this.problems };
    }
    // Another format's fields mean other things: say so, and read no further.
    if (v.format === undefined) this.add('format', 'format-missing', { format: PROFILE_FORMAT });
    else if (v.format !== PROFILE_FORMAT) this.add('format', 'format-unknown', { found: typeof v.format === 'string' ? v.format : JSON.stringify(v.format), format: PROFILE_FORMAT });
    if (this.problems.length > 0) return { problems: this.problems };

    const o = this.object('', v, PROFILE_FIELDS.profile, PROFILE_FIELDS.required) as Obj;
    if (o.$schema !== undefined && typeof o.$schema !== 'string') this.wrong('$schema', 'text', o.$schema);
    const id = this.text('id', o.id);
    if (id !== undefined && !ID.test(id)) this.add('id', 'bad-id', { value: id });
    const name = this.text('nama', o.nama);
    const source = this.text('sumber', o.sumber);
    const decimals = this.number('desimal', o.desimal);
    if (decimals !== undefined && !(Number.isInteger(decimals) && decimals >= 0 && decimals <= 4)) this.add('desimal', 'decimals-range', { value: numberText(decimals) });
    const capObj = this.object('batasCapaian', o.batasCapaian, PROFILE_FIELDS.cap);
    const min = capObj ? this.number('batasCapaian.min', capObj.min) : undefined;
    const max = capObj ? this.number('batasCapaian.maks', capObj.maks) : undefined;
    if (min !== undefined && max !== undefined && !(min < max)) this.add('batasCapaian', 'cap-order', { min: numberText(min), maks: numberText(max) });
    const se = this.number('standarEfisiensi', o.standarEfisiensi);
    if (se !== undefined && !(se > 0)) this.add('standarEfisiensi', 'se-not-positive', { value: numberText(se) });

    const graded: Partial<Record<(typeof TABLES)[number], BandTable<Category>>> = {};
    for (const t of TABLES) {
      const read = this.bands(t, o[t], PROFILE_FIELDS.categoryBand, this.category);
      if (!read) continue;
      const { bands } = read;
      // A band whose label did not read is named by its place.
      const label = (i: number): Bilingual => {
        const l = bands[i].result?.label;
        return l === undefined ? { id: `${t}[${i}]`, en: `${t}[${i}]` } : { id: `"${l}"`, en: `"${l}"` };
      };
      const seen = new Map<string, number>();
      bands.forEach((b, i) => {
        if (!b.result) return;
        const first = seen.get(b.result.label);
        if (first !== undefined) this.add(`${t}[${i}].label`, 'duplicate-label', { label: b.result.label, first: `${t}[${first}]`, second: `${t}[${i}]` });
        else seen.set(b.result.label, i);
      });
      if (read.edges) this.tableProblems(t, PROFILE_WORDS[t], bands, label);
      if (read.whole) graded[t] = bands as BandTable<Category>;
    }
    const ef = this.bands('efisiensi', o.efisiensi, PROFILE_FIELDS.efisiensiBand, this.efisiensiGrade);
    if (ef?.edges) {
      const name = (i: number): Bilingual => {
        const r = ef.bands[i].result;
        if (!r) return { id: `efisiensi[${i}]`, en: `efisiensi[${i}]` };
        const params = { i, kategori: r.kategori };
        return {
          id: formatMessage(PROFILE_WORDS.efisiensiBand, 'id', { ...params, capaian: r.capaian === null ? '-' : numberText(r.capaian).id }),
          en: formatMessage(PROFILE_WORDS.efisiensiBand, 'en', { ...params, capaian: r.capaian === null ? '-' : r.capaian }),
        };
      };
      this.tableProblems('efisiensi', PROFILE_WORDS.efisiensi, ef.bands, name);
    }
    const efisiensi = ef?.whole ? (ef.bands as BandTable<EfisiensiGrade>) : undefined;
    const bobot = this.bobot(o.bobot);

    let rangeRule: RangeRule | undefined;
    const ar = o.aturanRentang;
    if (typeof ar === 'string' && Object.prototype.hasOwnProperty.call(RANGE_RULES, ar)) rangeRule = ar as RangeRule;
    else if (typeof ar === 'string') this.add('aturanRentang', 'bad-aturan-rentang', { value: ar });
    else if (ar !== undefined) this.wrong('aturanRentang', 'text', ar);

    const nc = this.bands('nilaiCapaian', o.nilaiCapaian, PROFILE_FIELDS.nilaiBand, this.nilaiGrade);
    nc?.bands.forEach((b, i) => {
      // Interpolation needs both edges; a band open on a side has one nilai.
      if (b.result && (!b.from || !b.to) && b.result.nilaiDari !== b.result.nilaiSampai) {
        this.add(`nilaiCapaian[${i}]`, 'nilai-open-band', { band: `nilaiCapaian[${i}]`, dari: numberText(b.result.nilaiDari), sampai: numberText(b.result.nilaiSampai) });
      }
    });
    if (nc?.edges) this.tableProblems('nilaiCapaian', PROFILE_WORDS.nilaiCapaian, nc.bands, (i) => ({ id: `nilaiCapaian[${i}]`, en: `nilaiCapaian[${i}]` }));

    if (this.problems.length > 0) return { problems: this.problems };
    // Every field was read without a problem, so each is defined here.
    const profile: RuleProfile = {
      id: id as string,
      name: name as string,
      ...(source !== undefined ? { source } : {}),
      kriteria: graded.kriteria as BandTable<Category>,
      predikat: graded.predikat as BandTable<Category>,
      status: graded.status as BandTable<Category>,
      cap: { min: min as number, max: max as number },
      standarEfisiensi: se as number,
      efisiensi: efisiensi as BandTable<EfisiensiGrade>,
      decimals: decimals as number,
      ...(bobot !== undefined ? { bobot } : {}),
      ...(rangeRule !== undefined ? { rangeRule } : {}),
      ...(nc ? { nilaiCapaian: nc.bands as BandTable<NilaiGrade> } : {}),
    };
    return { profile };
  }
}
