/**
 * What the host can do, as features rather than ExcelApi levels: the one place that maps
 * requirement sets to the code paths that need them.
 */

/** Features of the host the adapter chooses between. */
export interface HostCapabilities {
  /** `worksheet.getRanges` (RangeAreas, ExcelApi 1.9): a fill or bold on many rectangles is one command. */
  readonly rangeAreas: boolean;
  /** `getSpecialCellsOrNullObject('Formulas')` (ExcelApi 1.9): formulas are read for formula cells alone. */
  readonly formulaCells: boolean;
  /** `Excel.run({ mergeUndoGroup: true })` (ExcelApi 1.20): one run is one step of Excel's own undo. */
  readonly mergeUndoGroup: boolean;
  /** `application.cultureInfo` (ExcelApi 1.11): the workbook's decimal separator. */
  readonly cultureInfo: boolean;
}

/** The features of a host that answers `isSetSupported('ExcelApi', version)`. */
export function capabilitiesOf(supports: (version: string) => boolean): HostCapabilities {
  return { rangeAreas: supports('1.9'), formulaCells: supports('1.9'), mergeUndoGroup: supports('1.20'), cultureInfo: supports('1.11') };
}
