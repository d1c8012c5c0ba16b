/** The pure sheet model and engine: Grid in, findings and WritePlan out. */
export * from './types';
export * from './a1';
export * from './grid';
export * from './messages';
export * from './layout';
export { isPercentFormat, percentShown } from './shown-number';
export { inputColumns } from './input-columns';
export type { InputCells } from './input-columns';
export { NUMBER_FORMAT } from './output';
export { RINGKASAN_SHEET, ringkasanPlan } from './ringkasan';
export { TEMPLATE_EXAMPLE_ROW, TEMPLATE_HEADER_ROW, templatePlan } from './template';
export { BOLD_FACTOR, EXCEL_MAX_WIDTH, LINE_HEIGHT, columnWidthsFor, displayLength, wrapFor, wrappedLines } from './column-widths';
export type { WidthInput, WidthLimits, WrapPlan } from './column-widths';
export { check, recalculate } from './engine';
export type { CheckResult } from './engine';
export { claimOwnedSheets, foreignSummarySheets, isOwnSummary } from './owned-sheets';
