/** The SAKIP rule engine: pure functions over plain values (SPEC.md). */
export * from './bands';
export * from './round';
export * from './profile';
export * from './profile-json';
export * from './profile-messages';
export * from './json-text';
export * from './parse-number';
export * from './polaritas';
export * from './target';
export * from './capaian';
export * from './grades';
export * from './aggregate';
export * from './efisiensi';
export * from './rasio';
export * from './messages';
export * from './format';
export * from './sample/dumai-tw2-2024';
