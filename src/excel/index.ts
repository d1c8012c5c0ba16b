/** The Excel adapter: the WorkbookPort over Office.js and the task pane's Office environment. */
export * from './office-workbook';
export * from './office-env';
export * from './cells';
export * from './messages';
