/**
 * Texts of the functions layer, Indonesian first, English when Office is in English; core's
 * reasons come from `CORE_MESSAGES`.
 */
import { Bilingual, Lang, langOf } from '../core/messages';

/** Reasons only the functions layer knows: argument shapes and two-cell target ranges. */
export const FUNCTION_MESSAGES = {
  'shape-mismatch': {
    id: 'Ukuran {a} ({aSize}) tidak sama dengan ukuran {b} ({bSize}); gunakan rentang berukuran sama atau satu sel',
    en: 'The size of {a} ({aSize}) differs from the size of {b} ({bSize}); use ranges of the same size or a single cell',
  },
  size: { id: '{rows} baris × {cols} kolom', en: '{rows} {rowWord} × {cols} {colWord}' },
  'range-incomplete': {
    id: 'Rentang target {text} tidak lengkap: isi batas bawah dan batas atas',
    en: 'The target range {text} is incomplete: fill in both the lower and the upper bound',
  },
  'no-nilai-conversion': {
    id: 'Profil aturan "{text}" tidak punya konversi nilai capaian; pilih profil yang memilikinya (mis. PermenPAN-RB 8/2021 SKP) di panel SAKIP',
    en: 'The rule profile "{text}" has no nilai capaian conversion; choose a profile that has one (e.g. PermenPAN-RB 8/2021 SKP) in the SAKIP pane',
  },
  argument: { id: '{param}: {message}', en: '{param}: {message}' },
} satisfies Record<string, Bilingual>;

/** A reason code of the functions layer. */
export type FunctionMessageCode = keyof typeof FUNCTION_MESSAGES;

interface OfficeLike {
  context?: { displayLanguage?: string };
}

/**
 * The language of Office's user interface, read at call time; Indonesian when Office is not
 * there (tests, the browser preview) or says nothing.
 */
export function displayLang(): Lang {
  try {
    const office = (globalThis as { Office?: OfficeLike }).Office;
    return langOf(office?.context?.displayLanguage);
  } catch {
    // Office.context throws before Office.onReady in some hosts: keep the default language.
    return 'id';
  }
}

/** A number as the user reads it in `lang`: `-2,5` in Indonesian, `-2.5` in English. */
export function showNumber(value: number, lang: Lang): string {
  const plain = String(value);
  return lang === 'id' ? plain.replace('.', ',') : plain;
}
