/**
 * An add-in's document settings as an .xlsx stores them: Office.context.document.settings are
 * saved per add-in in a web-extension part, xl/webextensions/webextension*.xml, each setting one
 * `<we:property name="…" value="…"/>` whose value is the setting's JSON text, XML-escaped
 * (https://github.com/SheetJS/sheetjs/issues/1952 shows the part; Office.Settings takes "a
 * string, number, boolean, null, object, or array"). Pure: text in, settings out.
 */

/** The settings of one web-extension part: name → JSON value, or why a value is not JSON. */
export type WebExtensionSetting = { readonly value: unknown } | { readonly invalid: string };

/** The five entities XML defines plus numeric references: all Office writes in an attribute. */
function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|quot|apos|lt|gt|amp);/g, (_m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' }[e] ?? '';
  });
}

/** The attributes of one start tag's text (`name="…"` or `name='…'`), unescaped. */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1], unescapeXml(m[2] ?? m[3] ?? ''));
  return out;
}

/**
 * The `<we:property>` settings of a web-extension part's XML, by name (any namespace prefix).
 * A value that is not JSON is kept as `invalid` with the parser's reason, so the caller can say why.
 */
export function webExtensionSettings(xml: string): Map<string, WebExtensionSetting> {
  const out = new Map<string, WebExtensionSetting>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?property\b([^>]*?)\/?>/g)) {
    const attrs = attributes(m[1]);
    const name = attrs.get('name');
    const raw = attrs.get('value');
    if (name === undefined || raw === undefined) continue;
    try {
      out.set(name, { value: JSON.parse(raw) as unknown });
    } catch (err) {
      out.set(name, { invalid: err instanceof Error ? err.message : String(err) });
    }
  }
  return out;
}

/** Whether a zip entry is one of the parts an add-in's settings and task pane live in. */
export const isWebExtensionPart = (name: string): boolean => name.startsWith('xl/webextensions/');

/** The package relationship type that points to the task panes part (xl/webextensions/taskpanes.xml). */
export const TASKPANES_RELATIONSHIP = 'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes';

/** The `<Relationship …/>` elements of a .rels part whose Type is `type`. */
export function relationshipsOfType(relsXml: string, type: string): string[] {
  return [...relsXml.matchAll(/<Relationship\b[^>]*\/>/g)].map((m) => m[0]).filter((el) => attributes(el).get('Type') === type);
}

/** The `<Override …/>` elements of [Content_Types].xml whose PartName is under /xl/webextensions/. */
export function webExtensionOverrides(contentTypesXml: string): string[] {
  return [...contentTypesXml.matchAll(/<Override\b[^>]*\/>/g)].map((m) => m[0]).filter((el) => isWebExtensionPart((attributes(el).get('PartName') ?? '').replace(/^\//, '')));
}

/** `xml` with `elements` added before its closing `</tag>` (each only if absent), for re-adding parts exceljs dropped. */
export function withElements(xml: string, tag: string, elements: readonly string[]): string {
  const missing = elements.filter((el) => !xml.includes(el));
  if (missing.length === 0) return xml;
  const close = xml.lastIndexOf(`</${tag}>`);
  return close < 0 ? xml : `${xml.slice(0, close)}${missing.join('')}${xml.slice(close)}`;
}
