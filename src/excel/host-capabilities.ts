/**
 * What the host can do: the ExcelApi minimum the adapter needs, and the features above it that
 * stay optional. The one place that maps requirement sets to code paths.
 *
 * The minimum is ExcelApi 1.9, declared in manifest.xml: `Range.getCellProperties` (undo
 * snapshots of fills and bold), `worksheet.getRanges` / RangeAreas (one format command for many
 * rectangles), `getSpecialCellsOrNullObject` (formulas of formula cells alone) and
 * `RangeFill.tintAndShade` (no fill vs white) are all ExcelApi 1.9. It excludes no host the
 * add-in can run on anyway: the manifest requires SharedRuntime 1.1, which Excel has on the web,
 * on Windows from Microsoft 365 Version 2002 and Excel 2021 Version 2108, and on Mac from 16.35
 * (not on iPad, nor in Excel 2016/2019 perpetual)
 * (https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets),
 * while ExcelApi 1.9 came with Version 1903 on Windows, 16.24 on Mac, and every set is supported
 * on the web; Excel 2021 has up to 1.14
 * (https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets).
 * Every SharedRuntime host therefore has ExcelApi 1.10 or later.
 */

/** The lowest ExcelApi version the adapter runs on (manifest.xml declares the same). */
export const EXCEL_API_MINIMUM = '1.9';

/** Features above the minimum the adapter chooses between. */
export interface HostCapabilities {
  /** `Excel.run({ mergeUndoGroup: true })` (ExcelApi 1.20): one run is one step of Excel's own undo. */
  readonly mergeUndoGroup: boolean;
  /** `application.cultureInfo` (ExcelApi 1.11): the workbook's decimal separator (else `,`). */
  readonly cultureInfo: boolean;
}

/**
 * The features of a host that answers `isSetSupported('ExcelApi', version)`, or undefined when it
 * is below the minimum (the adapter then refuses with its own message).
 */
export function capabilitiesOf(supports: (version: string) => boolean): HostCapabilities | undefined {
  if (!supports(EXCEL_API_MINIMUM)) return undefined;
  return { mergeUndoGroup: supports('1.20'), cultureInfo: supports('1.11') };
}
