/**
 * User-facing texts for core's reasons, Indonesian first (SPEC: users are Indonesian civil
 * servants), English when Office is in English. Other layers add their own tables and share
 * `formatMessage`.
 */

/** The display languages the add-in speaks. */
export type Lang = 'id' | 'en';

/** A message in both languages; `{name}` marks a parameter. */
export interface Bilingual {
  readonly id: string;
  readonly en: string;
}

/** Fills `{name}` placeholders of the text in `lang`. */
export function formatMessage(text: Bilingual, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  return text[lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The language for an Office display-language tag such as `en-US` or `id-ID`. */
export function langOf(displayLanguage: string | null | undefined): Lang {
  return (displayLanguage ?? '').toLowerCase().startsWith('en') ? 'en' : 'id';
}

/** Core's reasons, keyed by reason code. */
export const CORE_MESSAGES = {
  'not-a-number': { id: 'Nilai "{text}" tidak dapat dibaca sebagai angka', en: 'The value "{text}" cannot be read as a number' },
  'excel-error': { id: 'Sel berisi galat Excel {text}', en: 'The cell holds the Excel error {text}' },
  boolean: { id: 'Nilai logika {text} bukan angka', en: 'The logical value {text} is not a number' },
  date: { id: 'Tanggal {text} bukan angka', en: 'The date {text} is not a number' },
  'bad-grouping': { id: 'Pemisah ribuan pada "{text}" tidak teratur', en: 'The thousands separators in "{text}" are irregular' },
  'not-finite': { id: 'Nilai {text} bukan angka terhingga', en: 'The value {text} is not a finite number' },
  'negative-target': { id: 'Target {text} negatif; target harus 0 atau lebih', en: 'The target {text} is negative; a target must be 0 or more' },
  'range-reversed': { id: 'Rentang target {text} terbalik (batas bawah di atas batas atas)', en: 'The target range {text} is reversed (lower bound above upper bound)' },
  'range-negative': { id: 'Rentang target {text} memuat angka negatif', en: 'The target range {text} contains a negative number' },
  'range-needs-stabilize': { id: 'Rentang target {text} hanya untuk polaritas stabil', en: 'The target range {text} is only for the stabilize polarity' },
  'no-target': { id: 'Tidak ada target pada periode ini (tidak dinilai)', en: 'No target in this period (not assessed)' },
  'not-reported': { id: 'Realisasi belum diisi padahal target ada', en: 'Realisasi is missing although a target exists' },
  'unknown-polaritas': { id: 'Polaritas "{text}" tidak dikenal (gunakan maksimal, minimal atau stabil)', en: 'Unknown polarity "{text}" (use maximize, minimize or stabilize)' },
  'input-zero': { id: 'Capaian input 0: IE dan TE tidak terdefinisi', en: 'Input achievement is 0: IE and TE are undefined' },
  'plan-zero': { id: 'Rencana anggaran 0: capaian input tidak terdefinisi', en: 'The planned budget is 0: input achievement is undefined' },
  'negative-input': { id: 'Anggaran atau capaian input negatif', en: 'Budget or input achievement is negative' },
  'negative-output': { id: 'Capaian output negatif', en: 'Output achievement is negative' },
  'se-not-positive': { id: 'Standar efisiensi (SE) harus lebih dari 0', en: 'The efficiency standard (SE) must be above 0' },
} satisfies Record<string, Bilingual>;

/** A reason code of core. */
export type CoreMessageCode = keyof typeof CORE_MESSAGES;

/** The text of a core reason in `lang`. */
export function coreMessage(code: CoreMessageCode, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  return formatMessage(CORE_MESSAGES[code], lang, params);
}
