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
  it('weighs each row exactly as the JSON that is sent (UTF-8 bytes)', () => {
    const block: WriteBlock = {
      row: 0,
      col: 0,
      values: [
        [101.66666666666667, 'Sangat Baik', null, { formula: '=A1' }, '=teks', 'Ringkasan — "NPS"', true],
        [-1, '', 'ü', 0, 'x\ny', false, 1e21],
      ],
      numberFormats: [
        ['0.00', 'General', '@', '0.00', '"Rp"#,##0', 'General', 'General'],
        ['0.00', 'General', '@', '0.00', 'General', 'General', 'General'],
      ],
      fills: [
        ['#00B050', null, '#FFC000', null, null, null, null],
        [null, null, null, null, null, null, '#FF0000'],
      ],
      bold: [
        [true, false, false, false, false, false, false],
        [false, false, false, false, false, false, true],
      ],
    };
    const bytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v)).byteLength + 1;
    const expected = block.values.map((row, i) => {
      const props = row.map((_, j) => {
        const format: Record<string, unknown> = {};
        if (block.fills![i][j]) format.fill = { color: block.fills![i][j] };
        format.font = { bold: block.bold![i][j] };
        return { format };
      });
      return bytes(row.map(encodeValue)) + bytes(block.numberFormats![i]) + bytes(props);
    });
    expect(rowSizes(block)).toEqual(expected);
  });
});
