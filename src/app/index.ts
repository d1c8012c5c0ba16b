/** The application layer: the one workflow the task pane and the CLI share (over any WorkbookPort). */
export * from './texts';
export * from './sheets';
export * from './period';
export * from './summary';
export * from './run';
export * from './template';
export * from './report-lines';
export * from './file-verdict';
export * from './unit-reports';
export * from './rekap';
export * from './rekap-workbook';
