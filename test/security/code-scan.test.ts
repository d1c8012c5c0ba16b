/**
 * Security pass over the code (issue 7 §4, SECURITY.md): no string evaluation and no HTML built
 * from data, in our sources and in the shipped bundles; and no network use beyond Office's
 * script host.
 *
 * Our sources (src/**, the preview in demo/** and the simulated host it bundles) may not even
 * contain the words. The bundles also hold React and Fluent UI, so the rule there is precise:
 * - `eval(` and the Function constructor: none at all (webpack's own `new Function('return this')`
 *   fallback is switched off with output.environment.globalThis; the CSP forbids it anyway);
 * - an HTML sink (`innerHTML`, `outerHTML`, `insertAdjacentHTML`, `document.write`,
 *   `dangerouslySetInnerHTML`): only at the third-party places listed in THIRD_PARTY_HTML, each
 *   matched by its shape and justified there. Every other occurrence fails the test, so a new
 *   dependency or a new use shows up here and must be looked at.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DIST, ROOT, ensureDist } from '../functions/support/ensure-dist';

/** Every file under `dir` whose name ends with one of `exts`. */
function filesUnder(dir: string, exts: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (exts.some((x) => e.name.endsWith(x))) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

const rel = (p: string) => path.relative(ROOT, p);

/** Code that runs in the add-in or the preview page. */
const OUR_SOURCES = [
  ...filesUnder(path.join(ROOT, 'src'), ['.ts', '.tsx', '.js', '.html']),
  ...filesUnder(path.join(ROOT, 'demo'), ['.ts', '.tsx', '.html']),
  ...filesUnder(path.join(ROOT, 'excel-simulator'), ['.ts']),
];

/** Line comments and block comments out, so a comment that names a word is no finding. */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1').replace(/<!--[\s\S]*?-->/g, ' ');
}

/** Words that evaluate strings as code or turn strings into markup. */
const CODE_FROM_STRINGS: readonly [string, RegExp][] = [
  ['eval(', /(^|[^\w$.])eval\s*\(/],
  ['new Function', /new\s+Function\b/],
  ['Function(…)', /(^|[^\w$.])Function\s*\(/],
  ['setTimeout/setInterval with a string', /set(Timeout|Interval)\s*\(\s*['"`]/],
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\b/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['srcdoc', /\bsrcdoc\b/i],
];

/** Ways to reach the network from a page. */
const NETWORK: readonly [string, RegExp][] = [
  ['fetch(', /(^|[^\w$.])fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['EventSource', /\bEventSource\b/],
  ['importScripts', /\bimportScripts\b/],
  ['Worker', /\bnew\s+(Shared)?Worker\b/],
  ['RTCPeerConnection', /\bRTCPeerConnection\b/],
];

/** The only external URLs our sources may name: office.js, and its host's origin (in the CSP). */
const ALLOWED_URL = /^https:\/\/appsforoffice\.microsoft\.com(\/lib\/1\/hosted\/office\.js)?$/;
/**
 * URLs that are no network use: localhost (dev server, preview), the docs link in a simulated
 * Excel error text, and Office Open XML namespace / relationship-type names (identifiers written
 * into an .xlsx, never fetched: ECMA-376 Part 2 §9.3).
 */
const HARMLESS_URL = [/^https?:\/\/localhost([:/]|$)/, /^https:\/\/docs\.microsoft\.com\/office\/dev\/add-ins\//, /^http:\/\/schemas\.(microsoft\.com\/office|openxmlformats\.org)\//];

/** A Node worker thread (`worker_threads`) runs a local compiled file, not a URL: only the page's Worker can fetch one. */
const nodeThreads = (code: string): boolean => /import\s*\{[^}]*\bWorker\b[^}]*\}\s*from\s*'worker_threads'/.test(code);

function findings(files: readonly string[], rules: readonly [string, RegExp][]): string[] {
  const out: string[] = [];
  for (const file of files) {
    const code = withoutComments(fs.readFileSync(file, 'utf8'));
    const threads = nodeThreads(code);
    code.split('\n').forEach((line, i) => {
      for (const [name, re] of rules) if (re.test(line) && !(name === 'Worker' && threads)) out.push(`${rel(file)}:${i + 1}: ${name}`);
    });
  }
  return out;
}

describe('our sources', () => {
  it('are where the scan looks (a moved folder must not make the scan vacuous)', () => {
    const names = OUR_SOURCES.map(rel);
    for (const f of ['src/taskpane/App.tsx', 'src/taskpane/taskpane.html', 'src/excel/office-workbook.ts', 'src/functions/functions.ts', 'demo/main.ts', 'demo/index.html']) {
      expect(names).toContain(f);
    }
  });

  it('never evaluate strings as code nor build HTML from strings', () => {
    expect(findings(OUR_SOURCES, CODE_FROM_STRINGS)).toEqual([]);
  });

  it('use no network API', () => {
    expect(findings(OUR_SOURCES, NETWORK)).toEqual([]);
  });

  it('name no external URL but office.js', () => {
    const urls: string[] = [];
    for (const file of OUR_SOURCES) {
      for (const m of withoutComments(fs.readFileSync(file, 'utf8')).matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`<>)\\]+/g)) {
        const url = m[0].replace(/[.,;]+$/, '');
        if (!ALLOWED_URL.test(url) && !HARMLESS_URL.some((re) => re.test(url))) urls.push(`${rel(file)}: ${url}`);
      }
    }
    expect(urls).toEqual([]);
  });

  it('the scanner itself catches what it looks for', () => {
    const probe = 'const a = eval("1"); x.innerHTML = y; new Function("return 1"); fetch(u); const ok = retrieval(1);';
    expect(CODE_FROM_STRINGS.filter(([, re]) => re.test(probe)).map(([n]) => n)).toEqual(['eval(', 'new Function', 'Function(…)', 'innerHTML']);
    expect(NETWORK.filter(([, re]) => re.test(probe)).map(([n]) => n)).toEqual(['fetch(']);
    expect(withoutComments('a(); // eval(x)\n/* innerHTML */ b();')).not.toMatch(/eval|innerHTML/);
    // A page's Worker is caught; a Node worker thread imported from worker_threads is not network.
    expect(nodeThreads("import { Worker } from 'worker_threads';\nnew Worker(file);")).toBe(true);
    expect(nodeThreads('const w = new Worker(url);')).toBe(false);
  });
});

/**
 * Third-party HTML sinks in the bundle, each by its (minified) shape. `V` is any identifier.
 * None of them receives data from a workbook: the two that inject markup are fed only by a
 * `dangerouslySetInnerHTML` prop, which our code never passes (checked above), and the two
 * third-party components that pass one pass compile-time constants.
 */
const V = '[\\w$]+';
const THIRD_PARTY_HTML: readonly { why: string; re: RegExp }[] = [
  {
    why: 'react-dom creates a <script> element through a div so that it does not run: a constant string',
    re: new RegExp(`\\.innerHTML="<script><\\\\/script>"`),
  },
  {
    why: 'react-dom applies a dangerouslySetInnerHTML prop (only reached when a component passes one)',
    re: new RegExp(`\\(null!=${V}\\?${V}\\.__html:void 0\\)!==${V}&&\\(${V}\\.innerHTML=${V}\\)`),
  },
  { why: 'react-dom: the prop names in its property switch (skipped or validated, nothing injected)', re: /case"(innerHTML|dangerouslySetInnerHTML)":/ },
  { why: 'react-dom: checks whether a dangerouslySetInnerHTML prop is present', re: new RegExp(`(typeof|null!=) ?${V}\\.dangerouslySetInnerHTML`) },
  { why: 'react-dom: a present dangerouslySetInnerHTML prop is an object', re: new RegExp(`&&null!==${V}\\.dangerouslySetInnerHTML`) },
  {
    why: "Fluent UI's FluentProvider renders its theme's CSS variables (from the compiled-in webLightTheme) into a <style> element",
    re: new RegExp(`dangerouslySetInnerHTML:\\{__html:${V}\\.serverStyleProps\\.cssRule\\}`),
  },
  {
    why: "Fluent UI's icon factory renders an icon's SVG markup, which is a string literal of @fluentui/react-icons",
    re: new RegExp(`"svg",\\{\\.\\.\\.${V},dangerouslySetInnerHTML:\\{__html:${V}\\}\\}`),
  },
];

/** Every HTML-sink occurrence in `code`, with the context it is judged by. */
function htmlSinks(code: string): { at: number; context: string }[] {
  const out: { at: number; context: string }[] = [];
  for (const m of code.matchAll(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML/g)) {
    const at = m.index ?? 0;
    out.push({ at, context: code.slice(Math.max(0, at - 60), at + 60) });
  }
  return out;
}

/** Whether an occurrence at `at` lies inside a match of one of the allowed shapes. */
function allowed(code: string, at: number): string | undefined {
  const window = code.slice(Math.max(0, at - 120), at + 120);
  const offset = Math.max(0, at - 120);
  for (const { why, re } of THIRD_PARTY_HTML) {
    for (const m of window.matchAll(new RegExp(re.source, 'g'))) {
      const start = offset + (m.index ?? 0);
      if (start <= at && at < start + m[0].length) return why;
    }
  }
  return undefined;
}

describe('the built bundles (dist/*.js)', () => {
  let bundles: Record<string, string>;

  beforeAll(async () => {
    await ensureDist();
    bundles = {};
    for (const f of fs.readdirSync(DIST).filter((n) => n.endsWith('.js'))) bundles[f] = fs.readFileSync(path.join(DIST, f), 'utf8');
  }, 300_000);

  it('are the task pane and the functions', () => {
    expect(Object.keys(bundles).sort()).toEqual(expect.arrayContaining(['functions.js', 'taskpane.js']));
  });

  it('never evaluate strings as code', () => {
    const hits: string[] = [];
    for (const [name, code] of Object.entries(bundles)) {
      for (const re of [/(^|[^\w$.])eval\s*\(/g, /new\s+Function\b/g, /(^|[^\w$.])Function\s*\(/g, /set(Timeout|Interval)\s*\(\s*['"`]/g]) {
        for (const m of code.matchAll(re)) hits.push(`${name}: …${code.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + 40)}…`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('have HTML sinks only at the justified third-party places', () => {
    const unexplained: string[] = [];
    const used = new Set<string>();
    for (const [name, code] of Object.entries(bundles)) {
      for (const { at, context } of htmlSinks(code)) {
        const why = allowed(code, at);
        if (why) used.add(why);
        else unexplained.push(`${name}: …${context}…`);
      }
    }
    expect(unexplained).toEqual([]);
    // The list stays honest: an entry no bundle needs any more is removed.
    expect(THIRD_PARTY_HTML.map((e) => e.why).filter((w) => !used.has(w))).toEqual([]);
  });

  it('use no network API', () => {
    const hits: string[] = [];
    for (const [name, code] of Object.entries(bundles)) {
      for (const [what, re] of NETWORK) if (new RegExp(re.source).test(code)) hits.push(`${name}: ${what}`);
    }
    expect(hits).toEqual([]);
  });
});
