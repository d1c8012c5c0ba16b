/**
 * A small JSON reader that says where a text stops being JSON. Node's JSON.parse names no
 * position in its message (Node 20: `Unexpected token '}', "…" is not valid JSON`), and a person
 * editing a profile by hand needs the line and column. It also refuses a key written twice in one
 * object, which JSON.parse silently resolves to the last one.
 */

/** Why the text is not JSON, and where (line and column from 1). */
export interface JsonSyntaxError {
  readonly kind: 'unexpected-char' | 'unexpected-end' | 'duplicate-key' | 'bad-number' | 'bad-escape' | 'control-char' | 'decimal-comma';
  readonly line: number;
  readonly column: number;
  /** The character found, or the key written twice. */
  readonly found?: string;
}

/** A JSON value as read: plain objects, arrays, strings, numbers, booleans and null. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

class Stop extends Error {
  constructor(readonly at: number, readonly kind: JsonSyntaxError['kind'], readonly found?: string) {
    super(kind);
  }
}

/** Reads `text` as JSON: the value, or the first place it is not JSON. */
export function readJsonText(text: string): { readonly value: JsonValue } | { readonly error: JsonSyntaxError } {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const fail = (kind: JsonSyntaxError['kind'] = 'unexpected-char'): never => {
    if (i >= text.length) throw new Stop(i, 'unexpected-end');
    throw new Stop(i, kind, text[i]);
  };
  const expect = (ch: string) => {
    if (text[i] !== ch) fail();
    i++;
  };
  const literal = (word: string, value: JsonValue): JsonValue => {
    for (const ch of word) expect(ch);
    return value;
  };
  const string = (): string => {
    expect('"');
    let out = '';
    for (;;) {
      if (i >= text.length) fail();
      const ch = text[i];
      if (ch === '"') {
        i++;
        return out;
      }
      if (ch < ' ') fail('control-char');
      if (ch !== '\\') {
        out += ch;
        i++;
        continue;
      }
      i++;
      const esc = text[i];
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (esc !== undefined && esc in simple) {
        out += simple[esc];
        i++;
      } else if (esc === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) {
        out += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
        i += 5;
      } else fail('bad-escape');
    }
  };
  const number = (): number => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail('bad-number');
    const matched = (m as RegExpExecArray)[0];
    i += matched.length;
    // `01` or `1.` : the number stopped early; the next character is the mistake.
    if (i < text.length && /[0-9.eE]/.test(text[i])) fail('bad-number');
    return Number(matched);
  };
  const value = (): JsonValue => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      const obj: Record<string, JsonValue> = {};
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        const keyAt = i;
        const key = string();
        if (Object.prototype.hasOwnProperty.call(obj, key)) throw new Stop(keyAt, 'duplicate-key', key);
        ws();
        expect(':');
        // defineProperty, not assignment: a key "__proto__" is data, as JSON.parse keeps it.
        Object.defineProperty(obj, key, { value: value(), enumerable: true, writable: true, configurable: true });
        ws();
        if (text[i] === ',') {
          // `"desimal": 0,5`: an Indonesian decimal comma, where a key should follow.
          const comma = i;
          i++;
          ws();
          if (/[0-9]/.test(text[i] ?? '')) throw new Stop(comma, 'decimal-comma', ',');
          continue;
        }
        expect('}');
        return obj;
      }
    }
    if (ch === '[') {
      i++;
      const arr: JsonValue[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value());
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        expect(']');
        return arr;
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true', true);
    if (ch === 'f') return literal('false', false);
    if (ch === 'n') return literal('null', null);
    if (ch === '-' || (ch >= '0' && ch <= '9')) return number();
    return fail();
  };
  try {
    // A byte-order mark from Windows editors is not a mistake of the person editing.
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    const v = value();
    ws();
    if (i < text.length) fail();
    return { value: v };
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
    const before = text.slice(0, err.at).split('\n');
    return { error: { kind: err.kind, line: before.length, column: before[before.length - 1].length + 1, ...(err.found !== undefined ? { found: err.found } : {}) } };
  }
}
