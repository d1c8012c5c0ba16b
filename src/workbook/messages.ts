/**
 * Finding texts of the sheet engine, Indonesian and English, as data (like CORE_MESSAGES).
 * Every cell finding starts with the cell reference (`Kinerja!F12`); values are quoted.
 */
import { Bilingual, CORE_MESSAGES, CoreMessageCode, Lang, formatMessage } from '../core';

/** The engine's messages, keyed by finding code (plus variants of a code's text). */
export const WORKBOOK_MESSAGES = {
  'header-tidak-ditemukan': {
    id: '{sheet}: baris judul tabel tidak ditemukan dalam 30 baris pertama (perlu kolom Indikator Kinerja dan Target/Realisasi, atau Pagu dan Realisasi Anggaran untuk tabel efisiensi)',
    en: '{sheet}: no table header found in the first 30 rows (needs Indikator Kinerja and Target/Realisasi columns, or Pagu and Realisasi Anggaran for an efficiency table)',
  },
  'kolom-tidak-ditemukan': {
    id: '{ref}: kolom {column} untuk periode {period} tidak ditemukan di baris judul (judul yang terbaca: {seen}); tambahkan kolom itu, perjelas judulnya, atau pilih periode lain',
    en: '{ref}: no {column} column for the period {period} in the header row (headers read: {seen}); add that column, make its header clearer, or choose another period',
  },
  'tabel-tidak-lengkap': {
    id: '{ref}: baris ini tampak seperti judul tabel {table} ({seen}), tetapi kolom {missing} tidak ditemukan, jadi lembar {sheet} tidak dihitung; tambahkan kolom itu atau ubah judulnya (misalnya "{example}")',
    en: '{ref}: this row looks like the header of a {table} table ({seen}), but it has no {missing} column, so the sheet {sheet} is not computed; add that column or rename its header (e.g. "{example}")',
  },
  'kolom-ganda': {
    id: '{ref}: kolom ini dan {used} sama-sama berjudul {role}; yang dipakai {used} ("{usedText}"), kolom ini ("{text}") diabaikan; hapus atau ganti judul salah satunya',
    en: '{ref}: this column and {used} are both headed {role}; {used} ("{usedText}") is used and this one ("{text}") is ignored; remove one or rename its header',
  },
  'judul-ambigu': {
    id: '{ref}: judul "{text}" bisa berarti {role} atau {others}; dibaca sebagai {role}; bila salah, perjelas judulnya (misalnya "{example}")',
    en: '{ref}: the header "{text}" could mean {role} or {others}; it is read as {role}; if that is wrong, make the header clearer (e.g. "{example}")',
  },
  'judul-tidak-dikenal': {
    id: '{ref}: judul kolom "{text}" tidak dikenali, jadi kolom ini tidak dipakai dalam perhitungan',
    en: '{ref}: the column header "{text}" is not recognised, so this column is not used in the computation',
  },
  'kolom-tahun-jadi-tahunan': {
    id: '{ref}: "{text}" dibaca sebagai {role}, karena kolom lain yang sejenis menyebut triwulan; bila salah, ganti judulnya',
    en: '{ref}: "{text}" is read as {role}, because the other columns of its kind name quarters; if that is wrong, rename it',
  },
  'kolom-tahun-lain': {
    id: '{ref}: "{text}" menyebut tahun {year}, sebelum {latest} yang disebut kolom lain; kolom tahun lalu ini tidak dipakai dan tidak ditulis',
    en: '{ref}: "{text}" names the year {year}, before the {latest} other columns name; this earlier year\'s column is neither used nor written',
  },
  'realisasi-bertahun': {
    id: '{ref}: "{text}" menyebut tahun {year} dan dipakai sebagai {role} periode {period}; pastikan itu tahun laporan ini, bukan tahun lalu',
    en: '{ref}: "{text}" names the year {year} and is used as {role} for the period {period}; make sure that is this report\'s year, not last year',
  },
  'tabel-kosong': {
    id: '{ref}: tabel {table} punya baris judul, tetapi tidak ada baris {rows} di bawahnya; tidak ada yang dihitung',
    en: '{ref}: the {table} table has a header row but no {rows} rows below it; nothing is computed',
  },
  'perspektif-tidak-ada': {
    id: '{ref}: tidak ada kolom Perspektif; semua sasaran dihitung dalam satu perspektif',
    en: '{ref}: no Perspektif column; all sasaran are counted in one perspective',
  },
  'sasaran-tidak-ada': {
    id: '{ref}: tidak ada kolom Sasaran; semua indikator dihitung dalam satu sasaran',
    en: '{ref}: no Sasaran column; all indicators are counted in one sasaran',
  },
  'angka-tidak-terbaca': {
    id: '{ref} ({column}): {reason}',
    en: '{ref} ({column}): {reason}',
  },
  'target-tidak-valid': {
    id: '{ref}: {reason}; indikator tidak dihitung',
    en: '{ref}: {reason}; the indicator is not computed',
  },
  'target-nol': {
    id: '{ref}: target "{text}" bernilai 0, jadi indikator tidak dinilai pada periode ini',
    en: '{ref}: the target "{text}" is 0, so the indicator is not assessed in this period',
  },
  'realisasi-kosong': {
    id: '{ref}: realisasi belum diisi padahal target {target} ada; indikator "{indikator}" tidak ikut dihitung',
    en: '{ref}: realisasi is missing although the target {target} exists; the indicator "{indikator}" is left out',
  },
  'anggaran-kosong': {
    id: '{ref}: {column} kosong; efisiensi "{kegiatan}" tidak dihitung',
    en: '{ref}: {column} is empty; the efficiency of "{kegiatan}" is not computed',
  },
  'polaritas-tidak-dikenal': {
    id: '{ref}: {reason}; indikator tidak dihitung',
    en: '{ref}: {reason}; the indicator is not computed',
  },
  'indikator-ganda': {
    id: '{ref}: indikator "{indikator}" sudah ada di baris {first} pada sasaran yang sama',
    en: '{ref}: the indicator "{indikator}" already appears in row {first} under the same sasaran',
  },
  'rumus-di-kolom-hasil': {
    id: '{ref}: kolom {column} berisi rumus {formula}; rumus dipertahankan (pilih "timpa rumus" untuk menggantinya)',
    en: '{ref}: the {column} column holds the formula {formula}; it is kept (choose "overwrite formulas" to replace it)',
  },
  'rumus-ditimpa': {
    id: '{ref}: rumus {formula} di kolom {column} diganti dengan hasil hitung',
    en: '{ref}: the formula {formula} in the {column} column is replaced by the result',
  },
  'efisiensi-tidak-terdefinisi': {
    id: '{ref}: {reason} ("{kegiatan}")',
    en: '{ref}: {reason} ("{kegiatan}")',
  },
  'efisiensi-tidak-valid': {
    id: '{ref}: {reason} ("{kegiatan}")',
    en: '{ref}: {reason} ("{kegiatan}")',
  },
  'audit-capaian': {
    id: '{ref}: Capaian tertulis {found}, hasil hitung {expected}',
    en: '{ref}: Capaian reads {found}, recomputed {expected}',
  },
  'audit-kriteria': {
    id: '{ref}: Kriteria tertulis "{found}", seharusnya "{expected}" (capaian {capaian})',
    en: '{ref}: Kriteria reads "{found}", should be "{expected}" (capaian {capaian})',
  },
  'audit-status': {
    id: '{ref}: Status tertulis "{found}", seharusnya "{expected}" (capaian terhadap target tahunan {capaian})',
    en: '{ref}: Status reads "{found}", should be "{expected}" (achievement against the annual target {capaian})',
  },
  'audit-efisiensi': {
    id: '{ref}: {column} tertulis {found}, hasil hitung {expected}',
    en: '{ref}: {column} reads {found}, recomputed {expected}',
  },
  'persen-campuran': {
    id: '{ref}: di {rows} baris, {pair} diketik dua cara: satu berformat persen, satu angka biasa (misalnya {pctRef} "{pct}" dan {plainRef} "{plain}"); keduanya dibaca seperti tampil ({pctShown} dan {plain}); tidak perlu diubah bila memang itu maksudnya',
    en: '{ref}: in {rows} rows, {pair} are typed two ways: one percent-formatted, one a plain number (e.g. {pctRef} "{pct}" and {plainRef} "{plain}"); both read as they show ({pctShown} and {plain}); nothing to change if that is what is meant',
  },
  'output-kosong': {
    id: 'capaian output kosong (tanpa target dan realisasi volume), jadi IE dan TE tidak dapat dihitung; isi capaian output atau volumenya',
    en: 'the output achievement is empty (and no volume target and realisasi), so IE and TE cannot be computed; fill in the output achievement or its volumes',
  },
  'persen-pecahan': {
    id: '{ref}: {plainName} {plain} angka biasa, padahal {pctName} {pctRef} berformat persen ({pct}); {plainName} dibaca {plain}, bukan {plainPct}; bila maksudnya {plainPct}%, ketik {plainPct} atau beri sel ini format persen',
    en: '{ref}: {plainName} {plain} is a plain number while {pctName} {pctRef} is percent-formatted ({pct}); {plainName} reads {plain}, not {plainPct}; if {plainPct}% is meant, type {plainPct} or give this cell a percent format',
  },
} satisfies Record<string, Bilingual>;

/** A key of WORKBOOK_MESSAGES. */
export type WorkbookMessageCode = keyof typeof WORKBOOK_MESSAGES;

/** The finding codes the engine emits (stable, kebab-case Indonesian). */
export const FINDING_CODES = [
  'header-tidak-ditemukan',
  'kolom-tidak-ditemukan',
  'tabel-tidak-lengkap',
  'kolom-ganda',
  'judul-ambigu',
  'judul-tidak-dikenal',
  'kolom-tahun-jadi-tahunan',
  'kolom-tahun-lain',
  'realisasi-bertahun',
  'tabel-kosong',
  'perspektif-tidak-ada',
  'sasaran-tidak-ada',
  'angka-tidak-terbaca',
  'target-tidak-valid',
  'realisasi-kosong',
  'polaritas-tidak-dikenal',
  'indikator-ganda',
  'rumus-di-kolom-hasil',
  'efisiensi-tidak-terdefinisi',
  'efisiensi-tidak-valid',
  'audit-capaian',
  'audit-kriteria',
  'audit-status',
  'audit-efisiensi',
  'persen-campuran',
  'persen-pecahan',
] as const;

/** A finding code. */
export type FindingCode = (typeof FINDING_CODES)[number];

/** The text of an engine message (or a core reason) in `lang`, `{name}` filled from params. */
export function message(code: WorkbookMessageCode | CoreMessageCode, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  const text: Bilingual = code in WORKBOOK_MESSAGES ? WORKBOOK_MESSAGES[code as WorkbookMessageCode] : CORE_MESSAGES[code as CoreMessageCode];
  return formatMessage(text, lang, params);
}
