/**
 * Every HTML page carries a Content-Security-Policy that allows only the add-in's own scripts
 * and Office's script host, and the manifest asks for no more than it needs (issue 7 §4,
 * SECURITY.md). The browser test (csp-browser.test.ts) shows the pane works under it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DIST, ROOT, ensureDist } from '../functions/support/ensure-dist';

/** Office's script host: office.js and the files it loads itself. */
const OFFICE_HOST = 'https://appsforoffice.microsoft.com';

/** The directives every page must set, and the sources each may list. */
const ALLOWED: Record<string, readonly string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", OFFICE_HOST],
  // Fluent UI (Griffel) and office.js insert style elements at run time.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", OFFICE_HOST],
  'frame-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

type Policy = Map<string, string[]>;

/** The page's CSP meta tags (content attribute), in order. */
function cspMetas(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/http-equiv\s*=\s*["']?content-security-policy["'\s>]/i.test(tag)) continue;
    const content = /content\s*=\s*"([^"]*)"/i.exec(tag) ?? /content\s*=\s*'([^']*)'/i.exec(tag);
    out.push(content ? content[1] : '');
  }
  return out;
}

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** What is wrong with a page's policy; empty when it is as SECURITY.md says. */
function problems(html: string): string[] {
  const metas = cspMetas(html);
  if (metas.length !== 1) return [`${metas.length} CSP meta tags, expected 1`];
  const out: string[] = [];
  // A meta CSP only covers what comes after it: it must precede every script, style and link.
  const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
  const firstResource = head.search(/<(script|style|link)\b/i);
  const cspAt = head.search(/http-equiv\s*=\s*["']?content-security-policy/i);
  if (cspAt < 0 || (firstResource >= 0 && firstResource < cspAt)) out.push('the CSP meta does not come before the first script, style or link');
  const policy = parsePolicy(metas[0]);
  for (const [name, allowed] of Object.entries(ALLOWED)) {
    const sources = policy.get(name);
    if (!sources) out.push(`no ${name}`);
    else for (const s of sources) if (!allowed.includes(s)) out.push(`${name} allows ${s}`);
  }
  for (const name of policy.keys()) if (!(name in ALLOWED)) out.push(`unexpected directive ${name}`);
  if (!policy.get('script-src')?.includes("'self'")) out.push("script-src lacks 'self'");
  // Scripts in the page: external ones only from the add-in or Office's host, no inline code.
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(m[1])?.[1];
    if (!src) out.push(`inline script: ${m[2].trim().slice(0, 60)}`);
    else if (/^[a-z]+:/i.test(src) && !src.startsWith(`${OFFICE_HOST}/`)) out.push(`script from ${src}`);
  }
  if (/\son[a-z]+\s*=/i.test(html)) out.push('inline event handler attribute');
  return out;
}

/** Every HTML page the add-in or the preview serves. */
function pages(): string[] {
  const list = [path.join(ROOT, 'src', 'taskpane', 'taskpane.html'), path.join(ROOT, 'demo', 'index.html')];
  for (const dir of [DIST, path.join(DIST, 'preview')]) {
    if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir)) if (f.endsWith('.html')) list.push(path.join(dir, f));
  }
  return list;
}

beforeAll(async () => {
  await ensureDist();
}, 300_000);

describe('Content-Security-Policy', () => {
  it('is in every HTML page, before anything it governs, allowing only the add-in and Office', () => {
    const all = pages();
    expect(all.map((p) => path.relative(ROOT, p))).toEqual(expect.arrayContaining(['dist/taskpane.html', 'src/taskpane/taskpane.html', 'demo/index.html']));
    const bad = all.map((p) => ({ page: path.relative(ROOT, p), problems: problems(fs.readFileSync(p, 'utf8')) })).filter((x) => x.problems.length > 0);
    expect(bad).toEqual([]);
  });

  it('of the shipped pane: scripts from itself and office.js only, never eval, styles inline for Fluent', () => {
    const policy = parsePolicy(cspMetas(fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8'))[0]);
    expect(policy.get('script-src')).toEqual(["'self'", OFFICE_HOST]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    // The preview page loads no office.js at all: nothing from outside.
    const demo = parsePolicy(cspMetas(fs.readFileSync(path.join(ROOT, 'demo', 'index.html'), 'utf8'))[0]);
    expect(demo.get('script-src')).toEqual(["'self'"]);
    expect(demo.get('connect-src')).toEqual(["'self'"]);
  });

  it('the checker finds what it looks for', () => {
    const ok = `<head><meta http-equiv="Content-Security-Policy" content="${Object.entries(ALLOWED)
      .map(([k, v]) => `${k} ${v.join(' ')}`)
      .join('; ')}" /><script src="x.js"></script></head>`;
    expect(problems(ok)).toEqual([]);
    expect(problems(ok.replace("'self' https://appsforoffice", "'self' 'unsafe-eval' https://appsforoffice"))).toEqual(["script-src allows 'unsafe-eval'"]);
    expect(problems(ok.replace('<script src="x.js">', '<script>alert(1)'))).toEqual(['inline script: alert(1)']);
    expect(problems(ok.replace('x.js', 'https://cdn.example.com/x.js'))).toEqual(['script from https://cdn.example.com/x.js']);
    expect(problems('<head><script src="a.js"></script></head>')).toEqual(['0 CSP meta tags, expected 1']);
    expect(problems(`<head><style>p{}</style>${ok.slice(6)}`)).toEqual(['the CSP meta does not come before the first script, style or link']);
  });
});

describe('manifest.xml', () => {
  const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const source = /<SourceLocation\s+DefaultValue="([^"]+)"/.exec(manifest)?.[1] ?? '';
  const origin = new URL(source).origin;

  it('asks for ReadWriteDocument, nothing more', () => {
    expect([...manifest.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1].trim())).toEqual(['ReadWriteDocument']);
  });

  it("names no domain but the add-in's own", () => {
    const domains = [...manifest.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1].trim());
    expect(domains.every((d) => new URL(d).origin === origin)).toBe(true);
    // Every URL it loads (pages, scripts, metadata, icons) is on the add-in's origin;
    // the others are XML namespace names, which are never fetched.
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    const namespaces = [...manifest.matchAll(/xmlns(?::\w+)?="([^"]+)"/g)].map((m) => m[1]);
    const elsewhere = [...manifest.matchAll(/https?:\/\/[^"\s<>]+/g)].map((m) => m[0]).filter((u) => !u.startsWith(origin) && !namespaces.includes(u));
    expect(elsewhere).toEqual([]);
  });
});
