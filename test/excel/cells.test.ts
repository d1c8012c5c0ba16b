/** What the adapter sends for each planned value, and how much it weighs. */
import { encodeValue, formulaOf, needsQuotePrefix, plannedOf, rowSizes } from '../../src/excel';
import { WriteBlock } from '../../src/workbook';

describe('encodeValue', () => {
  it('empties a cell with "" (null would leave it unchanged) and keeps numbers and logicals', () => {
    expect(encodeValue(null)).toBe('');
    expect(encodeValue(101.5)).toBe(101.5);
    expect(encodeValue(false)).toBe(false);
  });

  it('puts an apostrophe before text Excel would not keep verbatim', () => {
    expect(['=A1', '+62', '-', '@x', "'q", '007', 'TRUE', '1/2'].map(needsQuotePrefix)).toEqual([true, true, true, true, true, true, true, true]);
    expect(encodeValue('Sangat Baik')).toBe('Sangat Baik');
    expect(encodeValue('=A1')).toBe("'=A1");
  });

  it('sends formulas as formulas and refuses non-finite numbers', () => {
    expect(encodeValue({ formula: '=SAKIP.CAPAIAN(F5:F30,E5:E30)' })).toBe('=SAKIP.CAPAIAN(F5:F30,E5:E30)');
    expect(() => encodeValue(Number.NaN)).toThrow(RangeError);
  });
});

describe('reading back', () => {
  it('tells a formula from literal text that starts with =', () => {
    expect(formulaOf('=A1*2', 4)).toBe('=A1*2');
    expect(formulaOf('=teks', '=teks')).toBeNull();
    expect(formulaOf(12, 12)).toBeNull();
    expect(plannedOf('', '')).toBeNull();
    expect(plannedOf(3, '=1+2')).toEqual({ formula: '=1+2' });
  });
});

describe('rowSizes', () => {
  const bytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v)).byteLength + 1;

  it('weighs the values of each row exactly as the JSON that is sent (UTF-8 bytes)', () => {
    const block: WriteBlock = {
      row: 0,
      col: 0,
      values: [
        [101.66666666666667, 'Sangat Baik', null, { formula: '=A1' }, '=teks', 'Ringkasan — "NPS"', true],
        [-1, '', 'ü', 0, 'x\ny', false, 1e21],
      ],
    };
    expect(rowSizes(block)).toEqual(block.values.map((row) => bytes(row.map(encodeValue))));
  });

  it('charges a format to the row where its rectangle starts, not to every cell', () => {
    const values = Array.from({ length: 1000 }, (_, i) => [i, i % 2 ? 'Baik' : 'Sangat Baik']);
    const block: WriteBlock = {
      row: 4,
      col: 7,
      values,
      numberFormats: values.map(() => ['0.00', '@']),
      fills: values.map((_, i) => [null, i % 2 ? '#92D050' : '#00B050']),
    };
    const sizes = rowSizes(block);
    const plain = values.map((row) => bytes(row));
    const extra = sizes.reduce((n, s, i) => n + s - plain[i], 0);
    // Two number-format rectangles and 1,000 one-cell fills (colours alternate), each a short address.
    expect(sizes[0] - plain[0]).toBeGreaterThan(0);
    expect(extra).toBeLessThan(1000 * 20 + 2 * 200);
    // Per-cell properties ({"format":{"fill":{"color":"#00B050"}}}) alone would weigh more than that.
    expect(extra).toBeLessThan(values.length * 2 * bytes({ format: { fill: { color: '#00B050' } } }));
  });
});
