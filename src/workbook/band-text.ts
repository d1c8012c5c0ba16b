/** The band of a profile table that decided a grade, in words, for findings that say why. */
import { BandTable, Edge, Lang, inBand } from '../core';

const AND: Readonly<Record<Lang, string>> = { id: 'dan', en: 'and' };
const EXACTLY: Readonly<Record<Lang, string>> = { id: 'tepat', en: 'exactly' };

/** An edge value as the language writes it (`99,5`), no padding decimals. */
const num = (value: number, lang: Lang): string => (lang === 'id' ? String(value).replace('.', ',') : String(value));

/**
 * The band of `table` holding `x`, written as the printed tables do: `> 100 dan ≤ 120`,
 * `< 70`, `tepat 100`. `x` is the value already rounded as displayed (as classify gets it).
 */
export function bandText<T>(table: BandTable<T>, x: number, lang: Lang): string {
  const band = table.find((b) => inBand(b, x));
  if (!band) return num(x, lang); // a broken profile: classify throws before a finding is made
  const { from, to } = band;
  if (from && to && from.value === to.value) return `${EXACTLY[lang]} ${num(from.value, lang)}`;
  const lower = (e: Edge): string => `${e.inclusive ? '≥' : '>'} ${num(e.value, lang)}`;
  const upper = (e: Edge): string => `${e.inclusive ? '≤' : '<'} ${num(e.value, lang)}`;
  if (from && to) return `${lower(from)} ${AND[lang]} ${upper(to)}`;
  if (from) return lower(from);
  if (to) return upper(to);
  return lang === 'id' ? 'semua nilai' : 'any value';
}
