/** The consolidation of many unit reports (issue 16): model, matching, renderings. */
export * from './model';
export * from './json';
export * from './sheet-texts';
export * from './sheets';
