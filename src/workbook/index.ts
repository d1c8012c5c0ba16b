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
export { TEMPLATE_HEADER_ROW, templatePlan } from './template';
export { check, recalculate } from './engine';
export type { CheckResult } from './engine';
export { claimOwnedSheets, foreignSummarySheets, isOwnSummary } from './owned-sheets';
export { PERIODS, PERIOD_TABLE, PERIOD_CHOICES, isPeriod, parsePeriod, periodInfo, periodLongLabel, periodOfQuarter, quarterOf } from './periods';
export type { PeriodInfo } from './periods';
export { periodsOfSheet, periodHasColumns } from './period-columns';
export type { PeriodColumn, PeriodsOfSheet } from './period-columns';
