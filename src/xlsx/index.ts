/** The WorkbookPort over .xlsx files (exceljs), for the `sakip` command and the tests. */
export * from './xlsx-workbook';
export * from './cells';
export * from './inspect';
export * from './web-extension-settings';
