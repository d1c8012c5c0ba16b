/** Each column role as a user reads it in a finding, Indonesian and English. */
import type { Lang } from '../core';
import type { Role } from './headers';

const NAMES: Readonly<Record<Role, readonly [id: string, en: string]>> = {
  no: ['No', 'No'],
  perspektif: ['Perspektif', 'Perspektif (perspective)'],
  sasaran: ['Sasaran', 'Sasaran (objective)'],
  indikator: ['Indikator Kinerja', 'Indikator Kinerja (indicator)'],
  polaritas: ['Polaritas', 'Polaritas (polarity)'],
  target: ['Target', 'Target'],
  realisasi: ['Realisasi', 'Realisasi (actual)'],
  capaian: ['Capaian', 'Capaian (achievement)'],
  kriteria: ['Kriteria', 'Kriteria (criteria)'],
  nilai: ['Nilai Capaian', 'Nilai Capaian (score)'],
  targetTahunan: ['Target Tahunan', 'Target Tahunan (annual target)'],
  realisasiTahunan: ['Realisasi Tahunan', 'Realisasi Tahunan (annual actual)'],
  capaianTahunan: ['Capaian terhadap Target Tahunan', 'Capaian terhadap Target Tahunan (against the annual target)'],
  status: ['Status', 'Status'],
  pembilang: ['Pembilang', 'Pembilang (numerator)'],
  penyebut: ['Penyebut', 'Penyebut (denominator)'],
  bobot: ['Bobot', 'Bobot (weight)'],
  jenis: ['Jenis Indikator', 'Jenis Indikator (indicator type)'],
  kode: ['Kode', 'Kode (code)'],
  kegiatan: ['Kegiatan', 'Kegiatan (activity)'],
  capaianOutput: ['Capaian Output', 'Capaian Output (output achievement)'],
  targetVolume: ['Target Volume', 'Target Volume (output target)'],
  realisasiVolume: ['Realisasi Volume', 'Realisasi Volume (output actual)'],
  pagu: ['Pagu Anggaran', 'Pagu Anggaran (budget)'],
  realisasiAnggaran: ['Realisasi Anggaran', 'Realisasi Anggaran (budget spent)'],
  capaianInput: ['Capaian Input (% realisasi anggaran)', 'Capaian Input (% of budget spent)'],
  ie: ['IE (Indeks Efisiensi)', 'IE (efficiency index)'],
  te: ['TE (Tingkat Efisiensi)', 'TE (efficiency level)'],
  capaianTe: ['Capaian TE', 'Capaian TE (TE achievement)'],
  kategori: ['Kategori', 'Kategori (category)'],
};

/** The name of a column role in `lang`. */
export function roleName(role: Role, lang: Lang): string {
  return NAMES[role][lang === 'en' ? 1 : 0];
}

/** Names of several roles as a list: `Target dan Realisasi`, `A, B dan C`. */
export function roleNames(roles: readonly Role[], lang: Lang): string {
  const names = roles.map((r) => roleName(r, lang));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'dan'} ${names[names.length - 1]}`;
}

/** A header the vocabulary reads as each role: what a finding suggests the user write. */
const EXAMPLE: Readonly<Record<Role, string>> = {
  no: 'No',
  perspektif: 'Perspektif',
  sasaran: 'Sasaran Strategis',
  indikator: 'Indikator Kinerja',
  polaritas: 'Polaritas',
  target: 'Target TW II',
  realisasi: 'Realisasi TW II',
  capaian: 'Capaian (%)',
  kriteria: 'Kriteria',
  nilai: 'Nilai Capaian',
  targetTahunan: 'Target Tahunan',
  realisasiTahunan: 'Realisasi Tahunan',
  capaianTahunan: 'Capaian terhadap Target Tahunan (%)',
  status: 'Status',
  pembilang: 'Pembilang',
  penyebut: 'Penyebut',
  bobot: 'Bobot',
  jenis: 'Jenis Indikator',
  kode: 'Kode',
  kegiatan: 'Kegiatan',
  capaianOutput: 'Capaian Output (%)',
  targetVolume: 'Target Volume',
  realisasiVolume: 'Realisasi Volume',
  pagu: 'Pagu Anggaran',
  realisasiAnggaran: 'Realisasi Anggaran',
  capaianInput: 'Capaian Input (%)',
  ie: 'IE',
  te: 'TE',
  capaianTe: 'Capaian TE (%)',
  kategori: 'Kategori',
};

/** A header text that the vocabulary reads as `role`. */
export function exampleHeader(role: Role): string {
  return EXAMPLE[role];
}
