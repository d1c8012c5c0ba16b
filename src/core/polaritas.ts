/** The direction in which an indicator improves (SPEC §2). */
export type Polaritas = 'maximize' | 'minimize' | 'stabilize';

// Words users type for each polarity, English and Indonesian (issue: CAPAIAN's polaritas).
const WORDS: Readonly<Record<Polaritas, readonly string[]>> = {
  maximize: ['max', 'maks', 'maximize', 'maksimal', 'maksimum', 'maximum', 'maksimalkan', 'positif', 'positive', '+', '1'],
  minimize: ['min', 'minimize', 'minimal', 'minimum', 'minimalkan', 'negatif', 'negative', '-', '-1'],
  stabilize: ['stabil', 'stabilize', 'stabilkan', 'rentang', 'range', '0'],
};

const LOOKUP = new Map<string, Polaritas>(
  (Object.entries(WORDS) as [Polaritas, readonly string[]][]).flatMap(([p, words]) => words.map((w) => [w, p] as const)),
);

/**
 * The polarity named by a cell value, case-insensitive; blank means maximize (the default);
 * undefined when the word is unknown.
 *
 * @example readPolaritas('Negatif') // 'minimize'
 */
export function readPolaritas(input: unknown): Polaritas | undefined {
  if (input === null || input === undefined) return 'maximize';
  const key = String(input).replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();
  if (key === '') return 'maximize';
  return LOOKUP.get(key);
}
