/**
 * Adds an add-in's document settings to an .xlsx the way Excel saves them when a task-pane add-in
 * calls Office.context.document.settings.saveAsync: a web-extension part
 * (xl/webextensions/webextension1.xml, one `<we:property name value>` per setting, the value its
 * JSON text), the task panes part that references it, their package relationship and content
 * types. The tests build their "workbook the pane has saved" with this, never by hand.
 */
import JSZip from 'jszip';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `xlsx` (bytes of a workbook) with `settings` stored as the SAKIP add-in's document settings. */
export async function withDocumentSettings(xlsx: Uint8Array, settings: Readonly<Record<string, unknown>>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const properties = Object.entries(settings)
    .map(([name, value]) => `<we:property name="${escapeXml(name)}" value="${escapeXml(JSON.stringify(value))}"/>`)
    .join('');
  zip.file(
    'xl/webextensions/webextension1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{5A1E0C2B-6B59-4F6D-9C0E-1D2B3C4D5E6F}"><we:reference id="05c2e1c9-3e1d-406e-9a91-e9ac64854143" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties>${properties}</we:properties><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`,
  );
  zip.file(
    'xl/webextensions/_rels/taskpanes.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>',
  );
  zip.file(
    'xl/webextensions/taskpanes.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="1" width="350" row="1"><wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>',
  );
  const rels = (await zip.file('_rels/.rels')?.async('string')) ?? '';
  // rId4 is also what exceljs would give a fourth relationship: the adapter must not collide with it.
  zip.file('_rels/.rels', rels.replace('</Relationships>', '<Relationship Id="rId4" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>'));
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/><Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
