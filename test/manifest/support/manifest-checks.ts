/**
 * The offline checks of an add-in manifest (office-addin-manifest validate calls an online
 * service, and Microsoft's published XSDs predate shared runtimes): well-formed XML, every resid
 * defined, every URL under the hosting address and served by what webpack emits, the shared
 * runtime wired through one resid, the requirement sets, the SAKIP namespace, and the icons.
 * Run on manifest.xml itself (test/manifest/manifest.test.ts) and on the manifest a build for
 * an organisation's address writes (test/manifest/manifest-url.test.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import { JSDOM } from 'jsdom';
import { EXCEL_API_MINIMUM } from '../../../src/excel/host-capabilities';
import { DIST, ROOT, ensureDist } from '../../functions/support/ensure-dist';

/** Parses manifest text as XML (a parse error shows up as a <parsererror> element). */
export function parseManifest(text: string): Document {
  return new new JSDOM('').window.DOMParser().parseFromString(text, 'application/xml');
}

/** Every URL a manifest gives in DefaultValue / Value attributes, default values and overrides. */
export function manifestUrls(doc: Document): string[] {
  const found: string[] = [];
  for (const e of Array.from(doc.getElementsByTagName('*'))) {
    for (const name of ['DefaultValue', 'Value']) {
      const v = e.getAttribute(name);
      if (v && /^https?:/.test(v)) found.push(v);
    }
  }
  return found;
}

function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

/**
 * Declares the checks of one manifest: `text` is its XML, `BASE` the address every URL must
 * start with (ending in "/"), `ORIGIN` what <AppDomain> must name.
 */
export function describeManifest(label: string, text: string, BASE: string, ORIGIN: string): void {
  const doc = parseManifest(text);
  const all = (tag: string) => Array.from(doc.getElementsByTagName(tag));
  const attr = (tag: string, name: string) => all(tag).map((e) => e.getAttribute(name)!);
  const first = (tag: string) => {
    const found = all(tag);
    if (found.length === 0) throw new Error(`no <${tag}> in ${label}`);
    return found[0];
  };

  /** Resources by id: bt:Image, bt:Url and bt:String (short and long). */
  const resources = new Map<string, Element>();
  for (const tag of ['bt:Image', 'bt:Url', 'bt:String']) for (const e of all(tag)) if (e.getAttribute('id')) resources.set(e.getAttribute('id')!, e);
  const resource = (id: string) => resources.get(id)!.getAttribute('DefaultValue')!;

  /** Every resid attribute in the document. */
  const resids = Array.from(doc.getElementsByTagName('*'))
    .map((e) => e.getAttribute('resid'))
    .filter((r): r is string => r !== null);
  const urls = () => manifestUrls(doc);

  describe(label, () => {
    it('is well-formed XML with an OfficeApp root for a task pane', () => {
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
      expect(doc.documentElement.tagName).toBe('OfficeApp');
      expect(doc.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
      expect(first('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(attr('Host', 'Name')).toContain('Workbook');
    });

    it('defines every resid it uses, each at most 32 characters, and uses every resource it defines', () => {
      expect(resids.length).toBeGreaterThan(10);
      for (const r of resids) {
        expect(resources.has(r) ? r : `undefined resid ${r}`).toBe(r);
        expect(r.length).toBeLessThanOrEqual(32);
      }
      for (const id of resources.keys()) expect(resids).toContain(id);
    });

    it('wires one shared runtime: Runtime, functions Page, FunctionFile and the pane use one resid', () => {
      const runtime = first('Runtime');
      expect(runtime.getAttribute('lifetime')).toBe('long');
      const resid = runtime.getAttribute('resid')!;
      expect(resource(resid)).toBe(`${BASE}taskpane.html`);
      expect(first('Page').getElementsByTagName('SourceLocation')[0].getAttribute('resid')).toBe(resid);
      expect(first('FunctionFile').getAttribute('resid')).toBe(resid);
      const action = all('Action').find((a) => a.getAttribute('xsi:type') === 'ShowTaskpane')!;
      expect(action.getElementsByTagName('SourceLocation')[0].getAttribute('resid')).toBe(resid);
      expect(first('DefaultSettings').getElementsByTagName('SourceLocation')[0].getAttribute('DefaultValue')).toBe(`${BASE}taskpane.html`);
      const set = all('Set').find((s) => s.getAttribute('Name') === 'SharedRuntime')!;
      expect(set.getAttribute('MinVersion')).toBe('1.1');
    });

    it('declares the requirement sets the add-in needs: SharedRuntime 1.1 and the adapter\'s ExcelApi minimum', () => {
      const sets = new Map(all('Set').map((e) => [e.getAttribute('Name'), e.getAttribute('MinVersion')]));
      expect([...sets.keys()].sort()).toEqual(['ExcelApi', 'SharedRuntime']);
      expect(sets.get('SharedRuntime')).toBe('1.1');
      // The same level the adapter checks at run time (it refuses a lower host in its own words).
      expect(sets.get('ExcelApi')).toBe(EXCEL_API_MINIMUM);
      expect(first('Requirements').parentElement?.tagName).toBe('OfficeApp');
    });

    it('declares the custom functions: script, metadata with its English override, namespace SAKIP', () => {
      const ext = all('ExtensionPoint').find((e) => e.getAttribute('xsi:type') === 'CustomFunctions')!;
      const source = (tag: string) => resource(ext.getElementsByTagName(tag)[0].getElementsByTagName('SourceLocation')[0].getAttribute('resid')!);
      expect(source('Script')).toBe(`${BASE}functions.js`);
      expect(source('Metadata')).toBe(`${BASE}functions.json`);
      const metadataResid = ext.getElementsByTagName('Metadata')[0].getElementsByTagName('SourceLocation')[0].getAttribute('resid')!;
      const override = resources.get(metadataResid)!.getElementsByTagName('bt:Override')[0];
      expect([override.getAttribute('Locale'), override.getAttribute('Value')]).toEqual(['en-US', `${BASE}functions.en.json`]);
      const namespace = resource(ext.getElementsByTagName('Namespace')[0].getAttribute('resid')!);
      expect(namespace).toBe('SAKIP');
      expect(namespace.length).toBeLessThanOrEqual(32);
      expect(namespace).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
    });

    it('puts a SAKIP group on the Home tab with a button that opens the task pane', () => {
      const tab = all('OfficeTab').find((t) => t.getAttribute('id') === 'TabHome')!;
      const group = tab.getElementsByTagName('Group')[0];
      expect(resource(group.getElementsByTagName('Label')[0].getAttribute('resid')!)).toBe('SAKIP');
      const button = group.getElementsByTagName('Control')[0];
      expect(button.getAttribute('xsi:type')).toBe('Button');
      expect(button.getElementsByTagName('Action')[0].getAttribute('xsi:type')).toBe('ShowTaskpane');
      const sizes = Array.from(button.getElementsByTagName('bt:Image')).map((i) => i.getAttribute('size'));
      expect(sizes).toEqual(['16', '32', '80']);
    });

    it(`points every URL under ${BASE} at a file webpack emits`, async () => {
      await ensureDist();
      const found = urls();
      expect(found.length).toBeGreaterThan(8);
      for (const url of found) {
        expect(url.startsWith(BASE) ? url : `not under ${BASE}: ${url}`).toBe(url);
        const file = path.join(DIST, url.slice(BASE.length));
        expect(fs.existsSync(file) ? url : `dist has no file for ${url}`).toBe(url);
      }
      expect(all('AppDomain').map((d) => d.textContent)).toEqual([ORIGIN]);
    }, 300_000);

    it('names icons of 16, 32, 64 and 80 px that exist in assets/ with those sizes', () => {
      const iconUrls = [first('IconUrl').getAttribute('DefaultValue')!, first('HighResolutionIconUrl').getAttribute('DefaultValue')!, ...all('bt:Image').filter((e) => e.getAttribute('id')).map((e) => e.getAttribute('DefaultValue')!)];
      const sizes = new Set<number>();
      for (const url of iconUrls) {
        const m = /assets\/icon-(\d+)\.png$/.exec(url);
        expect(m ? url : `not an assets/icon-N.png: ${url}`).toBe(url);
        const size = Number(m![1]);
        expect(pngSize(path.join(ROOT, 'assets', `icon-${size}.png`))).toEqual([size, size]);
        sizes.add(size);
      }
      expect([...sizes].sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
    });
  });
}
