/** What the Excel adapter tells the user when Excel refuses, Indonesian first (SPEC: users are Indonesian civil servants). */
import type { Bilingual } from '../core';

/** The adapter's messages, keyed by code. */
export const EXCEL_MESSAGES = {
  'sheet-protected': {
    id: 'Lembar "{sheet}" diproteksi, jadi tidak ada yang diubah. Buka proteksinya (Tinjau › Buka Proteksi Lembar), lalu coba lagi.',
    en: 'The sheet "{sheet}" is protected, so nothing was changed. Unprotect it (Review › Unprotect Sheet) and try again.',
  },
  'cell-edit-mode': {
    id: 'Excel sedang menyunting sebuah sel. Tekan Enter atau Esc untuk selesai menyunting, lalu coba lagi. Tidak ada yang diubah.',
    en: 'Excel is editing a cell. Press Enter or Esc to finish editing, then try again. Nothing was changed.',
  },
  'sheet-missing': {
    id: 'Lembar "{sheet}" tidak ada di buku kerja ini. Tidak ada yang diubah.',
    en: 'The sheet "{sheet}" is not in this workbook. Nothing was changed.',
  },
  'excel-refused': {
    id: 'Excel menolak permintaan ({reason}). Tidak ada yang diubah.',
    en: 'Excel refused the request ({reason}). Nothing was changed.',
  },
  // The pane says what to do next ("Tekan Batalkan …"): this is only what happened.
  'apply-interrupted': {
    id: 'Excel menghentikan penulisan ({reason})',
    en: 'Excel stopped the write ({reason})',
  },
  'excel-too-old': {
    id: 'Versi Excel ini terlalu lama untuk SAKIP: perlu Excel API {version} atau lebih baru (Microsoft 365, Excel 2021 atau lebih baru, atau Excel di web). Tidak ada yang diubah.',
    en: 'This version of Excel is too old for SAKIP: it needs Excel API {version} or later (Microsoft 365, Excel 2021 or later, or Excel on the web). Nothing was changed.',
  },
  // Writing back the earlier contents again is harmless, so the same token finishes the job (the
  // pane says so: "Tekan Batalkan lagi").
  'undo-interrupted': {
    id: 'Excel menghentikan pengembalian isi ({reason})',
    en: 'Excel stopped putting the contents back ({reason})',
  },
  'apply-landed-note': {
    id: 'Semua perubahan sudah tertulis; Excel melaporkan galat sesudahnya ({reason}). Batalkan tetap mengembalikan isi sebelumnya.',
    en: 'Every change was written; Excel reported an error afterwards ({reason}). Undo (Batalkan) still puts back the earlier contents.',
  },
  'cell-edit-reason': {
    id: 'Excel sedang menyunting sebuah sel',
    en: 'Excel is editing a cell',
  },
} satisfies Record<string, Bilingual>;

/** A code of the adapter's messages. */
export type ExcelMessageCode = keyof typeof EXCEL_MESSAGES;
