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

/**
 * A finding text as data: what was found (`id` / `en`), optionally why, and what to do, each in
 * both languages. Findings render all three into one message (see the workbook's `findingText`),
 * so advice cannot drift from the table.
 */
export interface Advised extends Bilingual {
  readonly why?: Bilingual;
  readonly todo: Bilingual;
}

/** The language for an Office display-language tag such as `en-US` or `id-ID`. */
export function langOf(displayLanguage: string | null | undefined): Lang {
  return (displayLanguage ?? '').toLowerCase().startsWith('en') ? 'en' : 'id';
}

/** Core's reasons, keyed by reason code, each with what to do about it. */
export const CORE_MESSAGES = {
  'not-a-number': { id: 'Nilai "{text}" tidak dapat dibaca sebagai angka', en: 'The value "{text}" cannot be read as a number', todo: { id: 'Ketik angkanya saja, tanpa huruf atau satuan (misalnya 95,2)', en: 'Type the number only, without letters or units (e.g. 95.2)' } },
  'excel-error': { id: 'Sel berisi galat Excel {text}', en: 'The cell holds the Excel error {text}', todo: { id: 'Perbaiki rumus atau data sumbernya sampai sel ini menampilkan angka', en: 'Fix the formula or its source data until this cell shows a number' } },
  boolean: { id: 'Nilai logika {text} bukan angka', en: 'The logical value {text} is not a number', todo: { id: 'Ganti dengan angka yang dimaksud', en: 'Replace it with the number meant' } },
  date: { id: 'Tanggal {text} bukan angka', en: 'The date {text} is not a number', todo: { id: 'Ganti dengan angka yang dimaksud; bila Excel mengubah angka menjadi tanggal, beri sel ini format angka lalu ketik ulang', en: 'Replace it with the number meant; if Excel turned the number into a date, give the cell the Number format and type it again' } },
  'bad-grouping': { id: 'Pemisah ribuan pada "{text}" tidak teratur', en: 'The thousands separators in "{text}" are irregular', todo: { id: 'Ketik ulang angkanya tanpa pemisah ribuan atau dengan pemisah tiap tiga angka (misalnya 1.250.000)', en: 'Retype the number without thousands separators or with one every three digits (e.g. 1,250,000)' } },
  'not-finite': { id: 'Nilai {text} bukan angka terhingga', en: 'The value {text} is not a finite number', todo: { id: 'Ganti dengan angka yang wajar', en: 'Replace it with a sensible number' } },
  'negative-target': { id: 'Target {text} negatif; target harus 0 atau lebih', en: 'The target {text} is negative; a target must be 0 or more', todo: { id: 'Ganti dengan target 0 atau lebih (0 atau "-" berarti tidak dinilai)', en: 'Replace it with a target of 0 or more (0 or "-" means not assessed)' } },
  'range-reversed': { id: 'Rentang target {text} terbalik (batas bawah di atas batas atas)', en: 'The target range {text} is reversed (lower bound above upper bound)', todo: { id: 'Tulis rentang dengan batas bawah lebih dulu (misalnya 80-90)', en: 'Write the range lower bound first (e.g. 80-90)' } },
  'range-negative': { id: 'Rentang target {text} memuat angka negatif', en: 'The target range {text} contains a negative number', todo: { id: 'Ganti dengan rentang dari 0 ke atas', en: 'Replace it with a range from 0 up' } },
  'range-needs-stabilize': { id: 'Rentang target {text} hanya untuk polaritas stabil', en: 'The target range {text} is only for the stabilize polarity', todo: { id: 'Tulis "stabil" di kolom polaritas indikator ini, atau ganti target dengan satu angka', en: 'Write "stabil" in this indicator\'s polarity column, or replace the target with one number' } },
  'no-target': { id: 'Tidak ada target pada periode ini (tidak dinilai)', en: 'No target in this period (not assessed)', todo: { id: 'Bila indikator ini dinilai pada periode ini, isi targetnya', en: 'If this indicator is assessed in this period, fill in its target' } },
  'not-reported': { id: 'Realisasi belum diisi padahal target ada', en: 'Realisasi is missing although a target exists', todo: { id: 'Isi realisasinya; bila memang belum ada, biarkan kosong', en: 'Fill in its realisasi; if there is none yet, leave it empty' } },
  'unknown-polaritas': { id: 'Polaritas "{text}" tidak dikenal (gunakan maksimal, minimal atau stabil)', en: 'Unknown polarity "{text}" (use maximize, minimize or stabilize)', todo: { id: 'Perbaiki isi sel polaritas', en: 'Correct the polarity cell (the Indonesian maksimal, minimal and stabil are read too)' } },
  'input-zero': { id: 'Capaian input 0: IE dan TE tidak dapat dihitung', en: 'Input achievement is 0: IE and TE cannot be computed', todo: { id: 'Periksa realisasi anggaran; bila memang belum ada belanja, efisiensi belum dinilai', en: 'Check the budget realisasi; if nothing has been spent yet, the efficiency is not assessed' } },
  'plan-zero': { id: 'Rencana anggaran 0: capaian input tidak dapat dihitung', en: 'The planned budget is 0: input achievement cannot be computed', todo: { id: 'Isi pagu (rencana anggaran) kegiatan ini', en: "Fill in the activity's pagu (planned budget)" } },
  'negative-input': { id: 'Anggaran atau capaian input negatif', en: 'Budget or input achievement is negative', todo: { id: 'Ganti dengan angka 0 atau lebih', en: 'Replace it with a number of 0 or more' } },
  'negative-output': { id: 'Capaian output negatif', en: 'Output achievement is negative', todo: { id: 'Ganti capaian output dengan angka 0 atau lebih', en: 'Replace the output achievement with a number of 0 or more' } },
  'penyebut-nol': { id: 'Penyebut 0: realisasi = pembilang / penyebut × 100 tidak dapat dihitung (tidak dinilai)', en: 'The denominator (penyebut) is 0: realisasi = pembilang / penyebut × 100 cannot be computed (not assessed)', todo: { id: 'Isi penyebut dengan jumlah yang diperiksa; bila memang belum ada yang diperiksa, indikator ini belum dinilai', en: 'Fill in the denominator with the number examined; if nothing was examined yet, the indicator is not assessed' } },
  'hitungan-negatif': { id: 'Pembilang atau penyebut negatif ({text})', en: 'The numerator or denominator is negative ({text})', todo: { id: 'Ganti dengan jumlah 0 atau lebih', en: 'Replace it with a count of 0 or more' } },
  'se-not-positive': { id: 'Standar efisiensi (SE) harus lebih dari 0', en: 'The efficiency standard (SE) must be above 0', todo: { id: 'Pilih profil aturan dengan standar efisiensi di atas 0', en: 'Choose a rule profile whose efficiency standard is above 0' } },
} satisfies Record<string, Advised>;

/** A reason code of core. */
export type CoreMessageCode = keyof typeof CORE_MESSAGES;

/** The text of a core reason in `lang`. */
export function coreMessage(code: CoreMessageCode, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  return formatMessage(CORE_MESSAGES[code], lang, params);
}
