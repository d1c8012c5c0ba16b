/**
 * The manifest for an organisation's own HTTPS address (`npm run build -- --env url=…`,
 * scripts/manifest-url.js): the address is checked, every dev-server address of manifest.xml is
 * moved under it and nothing points at localhost any more, the result passes the same offline
 * checks as manifest.xml, webpack.config.js wires the transform into the copy of manifest.xml,
 * and a real production build writes that manifest.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFile } from 'child_process';
import { promisify } from 'util';
import type { Configuration, WebpackPluginInstance } from 'webpack';
import { DEV_ORIGIN, DEV_URL, LOCALHOST_NOTE, checkAddinUrl, manifestForUrl } from '../../scripts/manifest-url';
import { ROOT } from '../functions/support/ensure-dist';
import { describeManifest, manifestUrls, parseManifest } from './support/manifest-checks';

const execFileAsync = promisify(execFile);
const URL_ORG = 'https://example.go.id/sakip/';
const ORIGIN_ORG = 'https://example.go.id';
const devText = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const orgText = manifestForUrl(devText, URL_ORG);

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Configuration;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
const webpackConfig = require(path.join(ROOT, 'webpack.config.js')) as ConfigFactory;

interface CopyPattern {
  from: string;
  to: string;
  transform?: (content: Buffer, absoluteFrom: string) => string | Buffer;
}

/** The copy-webpack-plugin pattern that copies manifest.xml in a config. */
function manifestPattern(config: Configuration): CopyPattern {
  const copy = (config.plugins ?? []).find((p) => p?.constructor.name === 'CopyPlugin') as (WebpackPluginInstance & { patterns: CopyPattern[] }) | undefined;
  const pattern = copy?.patterns.find((p) => p.from === 'manifest.xml');
  if (!pattern) throw new Error('webpack.config.js copies no manifest.xml');
  return pattern;
}

describe('checkAddinUrl', () => {
  it('accepts an https address ending in "/", with a path or a port', () => {
    for (const url of [URL_ORG, 'https://sakip.example.go.id/', 'https://intranet.example.go.id:8443/apps/sakip/']) expect(checkAddinUrl(url)).toBe(url);
  });

  it.each([
    ['http://example.go.id/sakip/', /must be served over https/],
    ['https://example.go.id/sakip', /must end with "\/".*https:\/\/example\.go\.id\/sakip\//],
    ['https://example.go.id/sakip/?v=2', /query/],
    ['https://example.go.id/sakip/#x', /fragment/],
    ['https://user:secret@example.go.id/sakip/', /user name or password/],
    ['https://Example.GO.id/sakip/', /write it as https:\/\/example\.go\.id\/sakip\//],
    ['example.go.id/sakip/', /not a URL/],
    ['', /no URL given/],
  ])('refuses %j and says why and how to write it', (url, why) => {
    expect(() => checkAddinUrl(url)).toThrow(why);
    expect(() => checkAddinUrl(url)).toThrow(/e\.g\. --env url=https:\/\/example\.go\.id\/sakip\//);
  });
});

describe('manifestForUrl', () => {
  it('leaves no "localhost" anywhere and puts every URL under the given address', () => {
    expect(devText).toMatch(/localhost/);
    expect(orgText).not.toMatch(/localhost/i);
    const urls = manifestUrls(parseManifest(orgText));
    // Every address is moved, none dropped: SourceLocation, icons, SupportUrl, the functions' script, page and metadata, bt:Urls.
    expect(urls).toHaveLength(manifestUrls(parseManifest(devText)).length);
    for (const url of urls) expect(url.startsWith(URL_ORG) ? url : `not under ${URL_ORG}: ${url}`).toBe(url);
  });

  it('changes nothing but the addresses', () => {
    const back = orgText.split(`<AppDomain>${ORIGIN_ORG}</AppDomain>`).join(`<AppDomain>${DEV_ORIGIN}</AppDomain>`).split(URL_ORG).join(DEV_URL);
    expect(back).toBe(devText);
  });

  it('names the address\'s origin, port included, as the AppDomain', () => {
    const doc = parseManifest(manifestForUrl(devText, 'https://intranet.example.go.id:8443/apps/sakip/'));
    expect(Array.from(doc.getElementsByTagName('AppDomain')).map((d) => d.textContent)).toEqual(['https://intranet.example.go.id:8443']);
    expect(doc.getElementsByTagName('SourceLocation')[0].getAttribute('DefaultValue')).toBe('https://intranet.example.go.id:8443/apps/sakip/taskpane.html');
  });

  it('escapes the address for XML, so the manifest stays well-formed', () => {
    const doc = parseManifest(manifestForUrl(devText, "https://example.go.id/a&b'c/"));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('SourceLocation')[0].getAttribute('DefaultValue')).toBe("https://example.go.id/a&b'c/taskpane.html");
  });

  it('refuses a manifest that names localhost in a form it cannot move, quoting the line', () => {
    const odd = devText.replace('<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>', '<SupportUrl DefaultValue="http://localhost:3000/help.html"/>');
    expect(odd).not.toBe(devText);
    expect(() => manifestForUrl(odd, URL_ORG)).toThrow(/still names localhost.*http:\/\/localhost:3000\/help\.html/);
  });

  it('refuses a bad address before transforming anything', () => {
    expect(() => manifestForUrl(devText, 'http://example.go.id/')).toThrow(/https/);
  });
});

// The same offline checks as manifest.xml itself, on the manifest an organisation deploys.
describeManifest(`dist/manifest.xml built with --env url=${URL_ORG}`, orgText, URL_ORG, ORIGIN_ORG);

describe('webpack.config.js', () => {
  it('copies manifest.xml through the transform when --env url is given', () => {
    const pattern = manifestPattern(webpackConfig({ url: URL_ORG }, { mode: 'production' }));
    expect(pattern.to).toBe('manifest.xml');
    expect(String(pattern.transform!(Buffer.from(devText), path.join(ROOT, 'manifest.xml')))).toBe(orgText);
  });

  it('copies manifest.xml unchanged without --env url, and a production build then prints the localhost note', () => {
    const config = webpackConfig({}, { mode: 'production' });
    expect(manifestPattern(config).transform).toBeUndefined();
    const note = (config.plugins ?? []).find((p) => p?.constructor.name === 'NoteWhenDone') as { note?: string } | undefined;
    expect(note?.note).toBe(LOCALHOST_NOTE);
    expect(LOCALHOST_NOTE).toMatch(/localhost.*--env url=/);
    // The preview and the dev server are local by design: no note there.
    expect((webpackConfig({ demo: true }, { mode: 'production' }).plugins ?? []).some((p) => p?.constructor.name === 'NoteWhenDone')).toBe(false);
    expect((webpackConfig({}, { mode: 'development' }).plugins ?? []).some((p) => p?.constructor.name === 'NoteWhenDone')).toBe(false);
  });

  it('fails at once on a bad --env url, before building', () => {
    expect(() => webpackConfig({ url: 'https://example.go.id/sakip' }, { mode: 'production' })).toThrow(/must end with "\/"/);
  });

  it('a real production build with --env url writes that manifest and no localhost in any file it emits', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-build-'));
    try {
      // Exactly what `npm run build -- --env url=…` runs after the CLI build (webpack-cli parses --env), into a scratch folder.
      await execFileAsync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--env', `url=${URL_ORG}`, '--output-path', out], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
      const built = fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8');
      expect(built).toBe(orgText);
      // Every URL of the manifest is a file of the build, at the same path under the address.
      for (const url of manifestUrls(parseManifest(built))) expect(fs.existsSync(path.join(out, url.slice(URL_ORG.length))) ? url : `build has no file for ${url}`).toBe(url);
      const files = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
      const withLocalhost = files(out).filter((f) => /localhost/i.test(fs.readFileSync(f, 'latin1')));
      expect(withLocalhost.map((f) => path.relative(out, f))).toEqual([]);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});
