/** The consolidation of many unit reports (issue 16): model, matching, renderings. */
export * from './model';
export { consolidate } from './consolidate';
export { ABBREVIATIONS, BLOCKING_WORDS, FILLER_WORDS, NEAR_MATCH_MIN_DICE, contentWords, nameKey, nearMatches, unitPattern } from './names';
export type { NearMatch } from './names';
export { REKAP_MESSAGES, rekapText } from './messages';
export type { RekapMessageCode } from './messages';
export { analyseTren, chronological, trenLabel, trenOf } from './tren';
export type { TrenAnalysis, TrenDuplicate } from './tren';
export * from './json';
export * from './sheet-texts';
export * from './sheets';
export { rekapHtml } from './html';
export type { RekapHtmlOptions } from './html';
