/**
 * The test helper that calls custom functions as Excel does (`support/excel-call.ts`): what it
 * hands a function for a formula's arguments, read from dist/functions.json, and the calls it
 * refuses because Excel never makes them.
 */
import { StubError, excelError } from './support/custom-functions-stub';
import { ensureDist } from './support/ensure-dist';
import { Fn, Metadata, OMITTED, excelCaller, readMetadata } from './support/excel-call';

let metadata: Metadata;
beforeAll(async () => {
  await ensureDist();
  metadata = readMetadata();
}, 300_000);

/** A caller whose every function records its arguments and returns `result`. */
function recording(result: unknown = [[0]]) {
  const seen: unknown[][] = [];
  const fn: Fn = (...args) => {
    seen.push(args);
    return result;
  };
  return { call: excelCaller(metadata, () => fn), seen };
}

const invocation = (id: string) => ({ functionName: `SAKIP.${id}` });

describe('what the function receives', () => {
  it('a matrix parameter always gets a 2-D array, one cell included; an omitted optional gets null', () => {
    const { call, seen } = recording();
    call('CAPAIAN', 5, [[1], [2]]);
    expect(seen[0]).toEqual([[[5]], [[1], [2]], null, invocation('CAPAIAN')]);
    call('CAPAIAN', 5, 10, OMITTED);
    expect(seen[1]).toEqual([[[5]], [[10]], null, invocation('CAPAIAN')]);
    call('CAPAIAN', null, '', 'min');
    expect(seen[2]).toEqual([[[null]], [['']], [['min']], invocation('CAPAIAN')]);
  });

  it('a repeating parameter gets ONE array of the repeated arguments, each shaped as a range', () => {
    const { call, seen } = recording(1);
    call('NPS', [[1], [2]], 3, [[4, 5]]);
    expect(seen[0]).toEqual([[[[1], [2]], [[3]], [[4, 5]]], invocation('NPS')]);
    expect(seen[0]).toHaveLength(2);
    call('NPS');
    expect(seen[1]).toEqual([[], invocation('NPS')]);
  });

  it('shows a 1×1 matrix result as its value, a larger one as rows, a thrown Excel error as the value', () => {
    expect(recording([[7]]).call('KRITERIA', 1)).toBe(7);
    expect(recording([[7], [8]]).call('KRITERIA', 1)).toEqual([[7], [8]]);
    expect(recording(42).call('NPS', 1)).toBe(42);
    const error = excelError('#VALUE!', 'x');
    const throwing = excelCaller(metadata, () => () => {
      throw error;
    });
    expect(throwing('KRITERIA', 1)).toBe(error);
    expect(error).toBeInstanceOf(StubError);
  });
});

describe('calls Excel never makes are refused', () => {
  it('too many arguments for a function without a repeating parameter', () => {
    expect(() => recording().call('KRITERIA', 1, 2)).toThrow('KRITERIA takes at most 1 arguments, got 2');
    expect(() => recording().call('CAPAIAN', 1, 2, 3, 4)).toThrow('CAPAIAN takes at most 3 arguments, got 4');
  });

  it('a missing or empty required argument', () => {
    expect(() => recording().call('CAPAIAN', 1)).toThrow('CAPAIAN: the required argument target is missing');
    expect(() => recording().call('KRITERIA', OMITTED)).toThrow('KRITERIA: the required argument capaian is missing');
  });

  it('a range that is not rows of equal length (Excel sends 2-D, never 1-D or ragged)', () => {
    expect(() => recording().call('KRITERIA', [1, 2])).toThrow(/KRITERIA\(capaian\): a range is a non-empty array of rows/);
    expect(() => recording().call('KRITERIA', [])).toThrow(/a range is a non-empty array/);
    expect(() => recording().call('NPS', [[1], [2, 3]])).toThrow(/NPS\(capaian\): a range is a non-empty array/);
  });

  it('an unknown id, a result not shaped as declared, and a crash are not hidden', () => {
    expect(() => recording().call('TIDAK.ADA', 1)).toThrow('functions.json has no function TIDAK.ADA');
    expect(() => recording(5).call('KRITERIA', 1)).toThrow('KRITERIA declares a matrix result but returned 5');
    const crashing = excelCaller(metadata, () => () => {
      throw new RangeError('bug');
    });
    expect(() => crashing('KRITERIA', 1)).toThrow('bug');
  });
});
