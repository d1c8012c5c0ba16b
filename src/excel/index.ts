/** The Excel adapter: the WorkbookPort over Office.js and the task pane's Office environment. */
export * from './office-workbook';
export { ExcelAdapterError } from './errors';
export { MAX_CELLS_PER_READ, placeFormulas } from './reader';
export { rowSizes, sliceOverhead } from './wire-cost';
export * from './office-env';
export * from './cells';
export * from './messages';
