/**
 * What a file is when it is not an .xlsx exceljs can open, judged from its bytes, so the user
 * gets a line saying what to do (src/app/file-verdict.ts) instead of a parser's error. A stand-in
 * for src/xlsx's inspectWorkbookFile (branch wip-fileguard), which also guards against zip
 * bombs before exceljs unpacks anything; the lead replaces this with it at merge. Only called
 * before opening (folder, empty, unreadable) and after exceljs failed, so a good file is read once.
 */
import * as fs from 'fs';
import type { FileVerdictFacts } from '../app';

/** Bytes read from each end of a file to judge it: a zip's names sit in its central directory, at the end. */
const PROBE_BYTES = 64 * 1024;

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL = Buffer.from('PK\x03\x04', 'latin1');
const ZIP_END = Buffer.from('PK\x05\x06', 'latin1');
/** The stream names of an encrypted Office file (an OLE2 container around the encrypted package). */
const ENCRYPTED_STREAMS = ['EncryptionInfo', 'EncryptedPackage'].map((s) => Buffer.from(s, 'utf16le'));
const ODS_MIMETYPE = Buffer.from('application/vnd.oasis.opendocument.spreadsheet', 'latin1');

/** The file's verdict before opening: missing, a folder, empty, unreadable; null when it is a non-empty file that can be read. */
export function checkBeforeOpen(file: string): FileVerdictFacts | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { kind: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable', path: file };
  }
  if (stat.isDirectory()) return { kind: 'folder', path: file };
  if (stat.size === 0) return { kind: 'empty', path: file };
  try {
    fs.closeSync(fs.openSync(file, 'r'));
  } catch {
    return { kind: 'unreadable', path: file };
  }
  return null;
}

/** What a file exceljs could not open is: encrypted, .xls, CSV, text, .ods, another zip, a damaged .xlsx, or unknown. */
export function classifyUnopened(file: string): FileVerdictFacts {
  let head: Buffer;
  let tail: Buffer;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      head = Buffer.alloc(Math.min(size, PROBE_BYTES));
      fs.readSync(fd, head, 0, head.length, 0);
      tail = Buffer.alloc(Math.min(size, PROBE_BYTES));
      fs.readSync(fd, tail, 0, tail.length, size - tail.length);
      if (head.subarray(0, 8).equals(OLE2)) {
        // The stream names live in the directory, anywhere in the file: read it whole (an .xls is small).
        const whole = fs.readFileSync(file);
        return { kind: ENCRYPTED_STREAMS.some((s) => whole.includes(s)) ? 'encrypted' : 'xls', path: file };
      }
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return { kind: 'unreadable', path: file };
  }
  if (head.subarray(0, 4).equals(ZIP_LOCAL)) {
    if (head.subarray(0, 200).includes(ODS_MIMETYPE)) return { kind: 'ods', path: file };
    // A zip without its end record was cut off; with it, a workbook names xl/workbook.xml.
    if (!tail.includes(ZIP_END)) return { kind: 'damaged', path: file };
    if (tail.includes('xl/workbook.xml') || head.includes('xl/')) return { kind: 'damaged', path: file };
    const seems = tail.includes('word/document.xml') ? 'docx' : tail.includes('ppt/presentation.xml') ? 'pptx' : 'zip';
    return { kind: 'other-zip', path: file, seems };
  }
  return { kind: textKind(head) ?? 'unknown', path: file };
}

/** `csv` when the start reads as text whose lines split on one separator the same way, `text` for other text, null for binary. */
function textKind(head: Buffer): 'csv' | 'text' | null {
  if (head.includes(0)) return null;
  const text = head.toString('utf8');
  // Control bytes (other than tab, line breaks, form feed) mean binary; replacement characters
  // mean bytes that are not UTF-8, which a legacy code page's text has only a few of.
  let odd = (text.match(/\uFFFD/g) ?? []).length;
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20)) odd++;
  if (odd > text.length / 20) return null;
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 20);
  if (lines.length >= 2) {
    for (const sep of [';', ',', '\t']) {
      const counts = lines.map((l) => l.split(sep).length - 1);
      if (counts[0] > 0 && counts.every((c) => c === counts[0])) return 'csv';
    }
  }
  return 'text';
}
