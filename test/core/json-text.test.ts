/** The JSON reader of profile files: what JSON.parse reads, with the place of the first mistake. */
import fc from 'fast-check';
import { readJsonText } from '../../src/core';

describe('readJsonText', () => {
  it('reads every JSON text as JSON.parse does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (v, indent) => {
        const text = JSON.stringify(v, null, indent);
        expect(readJsonText(text)).toEqual({ value: JSON.parse(text) });
      }),
    );
  });

  it('refuses whatever JSON.parse refuses, and accepts nothing it would not', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json().map((t) => t.slice(0, Math.floor(t.length / 2))), fc.json().map((t) => t.replace(/[,:\]}]/, ''))), (text) => {
        let parsed: { ok: true; value: unknown } | { ok: false };
        try {
          parsed = { ok: true, value: JSON.parse(text) };
        } catch {
          parsed = { ok: false };
        }
        const read = readJsonText(text);
        if ('value' in read) expect(parsed).toEqual({ ok: true, value: read.value });
        else if (read.error.kind !== 'duplicate-key') expect(parsed.ok).toBe(false);
      }),
    );
  });

  it('keeps a "__proto__" key as data', () => {
    const read = readJsonText('{"__proto__": {"x": 1}}');
    expect(read).toEqual({ value: JSON.parse('{"__proto__": {"x": 1}}') });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('places the mistake by line and column, counting from 1', () => {
    expect(readJsonText('{\n  "a": 1\n  "b": 2\n}')).toEqual({ error: { kind: 'unexpected-char', line: 3, column: 3, found: '"' } });
    expect(readJsonText('{"a": [1, 2}')).toEqual({ error: { kind: 'unexpected-char', line: 1, column: 12, found: '}' } });
    expect(readJsonText('')).toEqual({ error: { kind: 'unexpected-end', line: 1, column: 1 } });
  });
});
