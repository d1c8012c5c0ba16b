/**
 * The web-extension parts of an .xlsx (an add-in's task pane and its document settings) kept
 * across an exceljs round trip: exceljs reads only what it models and writes a new package, so
 * without this `sakip hitung` would strip the SAKIP pane's stored profile from the user's file.
 * The parts are read from the input's zip (jszip, the zip library exceljs itself uses) and put
 * back, with their package relationship and content types, into the zip exceljs writes.
 */
import JSZip from 'jszip';
import { TASKPANES_RELATIONSHIP, WebExtensionSetting, isWebExtensionPart, relationshipsOfType, webExtensionOverrides, webExtensionSettings, withElements } from './web-extension-settings';

/** The parts as the input held them: files by path, the package relationships and content-type overrides naming them. */
export interface WebExtensionParts {
  readonly files: ReadonlyMap<string, Uint8Array>;
  readonly relationships: readonly string[];
  readonly overrides: readonly string[];
}

const RELS = '_rels/.rels';
const CONTENT_TYPES = '[Content_Types].xml';

/** The web-extension parts of an .xlsx's bytes; null when it has none. */
export async function readWebExtensionParts(bytes: Uint8Array): Promise<WebExtensionParts | null> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => isWebExtensionPart(n) && !zip.files[n].dir);
  if (names.length === 0) return null;
  const files = new Map<string, Uint8Array>();
  for (const n of names) files.set(n, await zip.files[n].async('uint8array'));
  const rels = (await zip.file(RELS)?.async('string')) ?? '';
  const types = (await zip.file(CONTENT_TYPES)?.async('string')) ?? '';
  return { files, relationships: relationshipsOfType(rels, TASKPANES_RELATIONSHIP), overrides: webExtensionOverrides(types) };
}

/** Every setting of every webextension*.xml part (the first part naming a setting wins). */
export function settingsOfParts(parts: WebExtensionParts | null): Map<string, WebExtensionSetting> {
  const out = new Map<string, WebExtensionSetting>();
  if (parts === null) return out;
  const decoder = new TextDecoder();
  for (const [name, data] of parts.files) {
    if (!/^xl\/webextensions\/webextension[^/]*\.xml$/.test(name)) continue;
    for (const [k, v] of webExtensionSettings(decoder.decode(data))) if (!out.has(k)) out.set(k, v);
  }
  return out;
}

/** A relationship element whose Id is not taken in `rels` (exceljs numbers its own rId1…). */
function freeId(element: string, rels: string, index: number): string {
  const id = /\bId="([^"]*)"/.exec(element)?.[1];
  if (id === undefined || !rels.includes(`Id="${id}"`)) return element;
  return element.replace(/\bId="[^"]*"/, `Id="rIdSakipWebExtension${index + 1}"`);
}

/** `written` (an .xlsx exceljs wrote) with the parts put back where it lacks them. */
export async function restoreWebExtensionParts(written: Uint8Array, parts: WebExtensionParts | null): Promise<Uint8Array> {
  if (parts === null) return written;
  const zip = await JSZip.loadAsync(written);
  for (const [name, data] of parts.files) if (zip.file(name) === null) zip.file(name, data);
  const rels = (await zip.file(RELS)?.async('string')) ?? '';
  const present = relationshipsOfType(rels, TASKPANES_RELATIONSHIP);
  if (present.length === 0 && parts.relationships.length > 0) zip.file(RELS, withElements(rels, 'Relationships', parts.relationships.map((r, i) => freeId(r, rels, i))));
  const types = (await zip.file(CONTENT_TYPES)?.async('string')) ?? '';
  zip.file(CONTENT_TYPES, withElements(types, 'Types', parts.overrides));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
