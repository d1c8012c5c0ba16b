/**
 * Finding texts of the consolidation, Indonesian and English, as data (like WORKBOOK_MESSAGES):
 * what was found with its values (`id` / `en`), why it matters (`why`) and what to do (`todo`).
 * `rekapText` is the one place that joins them into a message.
 */
import { Advised, Lang, formatMessage } from '../core';

/** The consolidation's messages, keyed by finding code. */
export const REKAP_MESSAGES = {
  'unit-mirip': {
    id: 'Nama unit "{a}" ({filesA}) dan "{b}" ({filesB}) hampir sama, tetapi direkap sebagai dua unit',
    en: 'The unit names "{a}" ({filesA}) and "{b}" ({filesB}) are nearly the same but are consolidated as two units',
    why: {
      id: 'Rekap hanya menyatukan nama unit yang sama persis; bila ini unit yang sama, triwulannya terpisah (tanpa Tren) dan unitnya terhitung dua kali',
      en: 'The rekap joins only unit names that are exactly the same; if this is one unit, its quarters are split (no Trend) and it is counted twice',
    },
    todo: {
      id: 'Bila keduanya unit yang sama, samakan nama unit di judul atau sampul laporannya (misalnya "{a}") lalu buat rekap lagi; bila memang berbeda, abaikan temuan ini',
      en: 'If they are the same unit, write the same unit name in the reports\' title or cover (e.g. "{a}") and make the rekap again; if they differ, ignore this finding',
    },
  },
  'indikator-mirip': {
    id: 'Nama indikator "{a}" ({unitsA}) dan "{b}" ({unitsB}) hampir sama, tetapi tidak digabung',
    en: 'The indicator names "{a}" ({unitsA}) and "{b}" ({unitsB}) are nearly the same but are not merged',
    why: {
      id: 'Rekap hanya menggabungkan nama yang sama persis (huruf besar/kecil, spasi dan tanda baca boleh beda), jadi keduanya tampil sebagai dua baris',
      en: 'The rekap merges only names that are exactly the same (case, spaces and punctuation aside), so they show as two rows',
    },
    todo: {
      id: 'Bila keduanya indikator yang sama, samakan penulisannya di laporan unit (misalnya "{a}") lalu buat rekap lagi; bila memang berbeda, abaikan temuan ini',
      en: 'If they are the same indicator, spell it the same way in the unit reports (e.g. "{a}") and make the rekap again; if they differ, ignore this finding',
    },
  },
  'sasaran-mirip': {
    id: 'Nama sasaran "{a}" ({unitsA}) dan "{b}" ({unitsB}) hampir sama, tetapi tidak digabung',
    en: 'The sasaran names "{a}" ({unitsA}) and "{b}" ({unitsB}) are nearly the same but are not merged',
    why: {
      id: 'Rekap hanya menggabungkan nama yang sama persis (huruf besar/kecil, spasi dan tanda baca boleh beda), jadi NPS keduanya tampil di dua baris',
      en: 'The rekap merges only names that are exactly the same (case, spaces and punctuation aside), so their NPS show in two rows',
    },
    todo: {
      id: 'Bila keduanya sasaran yang sama, samakan penulisannya di laporan unit (misalnya "{a}") lalu buat rekap lagi; bila memang berbeda, abaikan temuan ini',
      en: 'If they are the same sasaran, spell it the same way in the unit reports (e.g. "{a}") and make the rekap again; if they differ, ignore this finding',
    },
  },
  'indikator-ganda': {
    id: '{report}: indikator "{nama}" tertulis dua kali, di {first} (capaian {v1}) dan {second} (capaian {v2})',
    en: '{report}: the indicator "{nama}" is written twice, at {first} (capaian {v1}) and {second} (capaian {v2})',
    why: { id: 'Rekap memakai yang pertama ({first}); {second} tidak masuk rekap', en: 'The rekap uses the first ({first}); {second} is left out' },
    todo: { id: 'Hapus baris yang berlebih, atau beri nama yang berbeda bila keduanya indikator yang berbeda', en: 'Delete the extra row, or name them differently if they are different indicators' },
  },
  'indikator-tanpa-nama': {
    id: '{report}: indikator di {cell} tidak bernama (capaian {value})',
    en: '{report}: the indicator at {cell} has no name (capaian {value})',
    why: {
      id: 'Tanpa nama indikator ini tidak dapat dicocokkan dengan indikator laporan lain, jadi tampil sebagai baris tersendiri "{shown}"',
      en: 'Without a name it cannot be matched with the indicators of other reports, so it shows as a row of its own, "{shown}"',
    },
    todo: { id: 'Tulis nama indikator di {cell} lalu buat rekap lagi', en: 'Write the indicator\'s name in {cell} and make the rekap again' },
  },
  'sasaran-ganda': {
    id: '{report}: sasaran "{a}" (NPS {v1}) dan "{b}" (NPS {v2}) dihitung sebagai dua sasaran, padahal namanya hanya beda huruf besar/kecil, spasi atau tanda baca',
    en: '{report}: the sasaran "{a}" (NPS {v1}) and "{b}" (NPS {v2}) are computed as two sasaran although their names differ only in case, spaces or punctuation',
    why: { id: 'Rekap memakai yang pertama ("{a}"); NPS "{b}" tidak masuk rekap', en: 'The rekap uses the first ("{a}"); the NPS of "{b}" is left out' },
    todo: { id: 'Samakan penulisan nama sasaran itu di laporan agar indikatornya dihitung dalam satu sasaran', en: "Spell that sasaran's name the same way in the report so its indicators count in one sasaran" },
  },
  'unit-ganda': {
    id: 'Unit "{unit}" periode {periode} ada di dua laporan: {first} (NPSS {v1}) dan {second} (NPSS {v2})',
    en: 'The unit "{unit}" for {periode} is in two reports: {first} (NPSS {v1}) and {second} (NPSS {v2})',
    why: { id: 'Keduanya masuk rekap sebagai kolom terpisah', en: 'Both are in the rekap, as separate columns' },
    todo: {
      id: 'Bila salah satunya salinan atau versi lama, keluarkan dari rekap; bila keduanya unit yang berbeda, perbaiki nama unit di judul atau sampul laporannya',
      en: 'If one is a copy or an old version, leave it out of the rekap; if they are different units, correct the unit name in the title or cover of the report',
    },
  },
  'periode-berbeda': {
    id: 'Rekap ini memuat laporan dari periode berbeda: {periods}',
    en: 'This rekap holds reports of different periods: {periods}',
    why: {
      id: 'Capaian tiap periode diukur terhadap target periode itu, jadi angka {first} dan {other} tidak setara untuk membandingkan unit',
      en: "Each period's capaian is measured against that period's target, so the figures of {first} and {other} are not like for like when comparing units",
    },
    todo: {
      id: 'Untuk membandingkan unit, buat rekap satu periode (misalnya sakip rekap --periode {code}); bila perbandingan antarperiode memang dimaksud, abaikan temuan ini',
      en: 'To compare units, make a rekap of one period (e.g. sakip rekap --periode {code}); if comparing periods is what you meant, ignore this finding',
    },
  },
  'tidak-dinilai': {
    id: '{report}: tidak ada indikator yang dinilai ({count} indikator terbaca), jadi NPSS kosong',
    en: '{report}: no indicator is assessed ({count} indicators read), so the NPSS is empty',
    why: {
      id: 'Laporan ini tampil tanpa NPSS dan predikat; unit yang periode terakhirnya tidak dinilai tampil di urutan terakhir',
      en: 'This report shows without NPSS or predikat; a unit whose latest period is not assessed is listed last',
    },
    todo: {
      id: 'Periksa target dan realisasi periode {periode} di laporan itu (sakip periksa "{file}"), atau pilih periode yang sudah diisi',
      en: 'Check the {periode} targets and realisasi in that report (sakip periksa "{file}"), or choose a period that is filled in',
    },
  },
  'unit-dari-berkas': {
    id: 'Nama unit tidak ditemukan di judul laporan maupun sampul; dipakai nama berkas "{unit}"',
    en: 'No unit name found in the report title or cover; the file name "{unit}" is used',
    todo: {
      id: 'Bila nama itu kurang tepat, tulis nama unit di baris judul di atas tabel (misalnya "Loka POM di Kota Dumai") atau di lembar Sampul',
      en: 'If that name is not right, write the unit name in a title row above the table (e.g. "Loka POM di Kota Dumai") or on a Sampul (cover) sheet',
    },
  },
  'nama-unit-diganti': {
    id: '{count} nama indikator atau sasaran menyebut nama unitnya sendiri (misalnya "{example}" dari {unit}); di rekap nama unit itu ditulis "{placeholder}"',
    en: '{count} indicator or sasaran names name their own unit (e.g. "{example}" of {unit}); in the rekap that unit name is written "{placeholder}"',
    why: {
      id: 'Dengan begitu indikator yang sama dari tiap unit ada di satu baris ("{shown}")',
      en: 'That way the same indicator of each unit is in one row ("{shown}")',
    },
    todo: { id: 'Tidak perlu diubah; nama unit tiap kolom tertulis di judul kolomnya', en: "Nothing to change; each column's unit is named in its heading" },
  },
  'tren-periode-ganda': {
    id: 'Tren "{unit}" tidak dibuat: periode {periode} ada di dua laporan, {first} dan {second}',
    en: 'No trend for "{unit}": {periode} is in two reports, {first} and {second}',
    why: { id: 'Tren perlu tepat satu laporan untuk tiap periode', en: 'A trend needs exactly one report for each period' },
    todo: { id: 'Keluarkan salah satu laporan itu lalu buat rekap lagi', en: 'Leave one of those reports out and make the rekap again' },
  },
} satisfies Record<string, Advised>;

/** A finding code of the consolidation. */
export type RekapMessageCode = keyof typeof REKAP_MESSAGES;

/** A clause as a sentence: ends with a full stop. */
const sentence = (s: string): string => (/[.!?]$/.test(s) ? s : `${s}.`);

/** A finding's whole message (what, why, what to do) and its advice part (why, what to do), in `lang`. */
export function rekapText(code: RekapMessageCode, lang: Lang, params: Readonly<Record<string, string | number>>): { message: string; advice: string } {
  const entry: Advised = REKAP_MESSAGES[code];
  const advice = [entry.why, entry.todo].filter((t) => t !== undefined).map((t) => sentence(formatMessage(t, lang, params)));
  return { message: [sentence(formatMessage(entry, lang, params)), ...advice].join(' '), advice: advice.join(' ') };
}

/** Words the consolidation's messages put around values, in both languages. */
export const REKAP_WORDS = {
  notAssessed: { id: 'tidak dinilai', en: 'not assessed' },
  sheet: { id: 'lembar', en: 'sheet' },
  and: { id: 'dan', en: 'and' },
  more: { id: '{n} unit lain', en: '{n} more units' },
  moreOne: { id: '{n} unit lain', en: '{n} more unit' },
  reports: { id: '{n} laporan', en: '{n} reports' },
  reportsOne: { id: '{n} laporan', en: '{n} report' },
  /** The name a rekap row shows for an indicator with none, before its cell: `(tanpa nama) — Kinerja!D6`. */
  unnamed: { id: '(tanpa nama)', en: '(no name)' },
  /** What a unit's own name inside an indicator name becomes in a rekap of several units. */
  unitPlaceholder: { id: '(nama unit)', en: '(unit name)' },
} as const;
