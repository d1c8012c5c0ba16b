/** The pure sheet model and engine: Grid in, findings and WritePlan out. */
export * from './types';
