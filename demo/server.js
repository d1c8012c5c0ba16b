// @ts-check
/**
 * A tiny static server for the preview (no network, no dependencies): serves the demo build
 * (dist/preview) on localhost, and serves taskpane.html with the office.js script swapped for
 * Microsoft's real Excel client library followed by the simulated workbook host (demo-office.js),
 * so the production task pane runs on the real client without Excel. The client file is served
 * as it is installed, from node_modules/@microsoft/office-js/dist (never copied or changed), on
 * this same origin, so the pages' CSP (script-src 'self') covers it.
 * `node demo/server.js [port]` serves on http://localhost:3000/ by default.
 */
const http = require('http');
const fs = require('fs');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The office.js script tag of taskpane.html, whatever its exact URL. */
const OFFICE_JS = /<script[^>]*\bsrc=["']?https:\/\/appsforoffice\.microsoft\.com\/[^"'\s>]*office\.js["']?[^>]*><\/script>/;

/** The npm package of Microsoft's client library, and the one file of it the preview serves. */
const CLIENT_PACKAGE = '@microsoft/office-js';
const CLIENT_FILE = 'excel-web-16.00.js';
/** The URL path the client file is served at (same origin as the pages). */
const CLIENT_PATH = `/office-js/${CLIENT_FILE}`;

/** The installed client file (a devDependency pinned to an exact version). */
function clientFile() {
  let pkg;
  try {
    pkg = require.resolve(`${CLIENT_PACKAGE}/package.json`, { paths: [path.resolve(__dirname, '..')] });
  } catch {
    throw new Error(`${CLIENT_PACKAGE} is not installed: run "npm install" (it is a devDependency)`);
  }
  return path.join(path.dirname(pkg), 'dist', CLIENT_FILE);
}

/** taskpane.html with the real client library and the simulated workbook host in place of office.js. */
function withSimulatedHost(html) {
  if (!OFFICE_JS.test(html)) throw new Error('taskpane.html has no office.js script to replace');
  return html.replace(OFFICE_JS, `<script src="${CLIENT_PATH.slice(1)}"></script><script src="demo-office.js"></script>`);
}

/**
 * Starts the server on 127.0.0.1 (port 0 = any free port).
 * @param {{ root: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
function startServer(options) {
  const root = path.resolve(options.root);
  const client = clientFile();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://localhost');
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = rel === CLIENT_PATH ? client : path.resolve(root, '.' + rel);
    if (file !== client && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      let body = data;
      if (path.basename(file) === 'taskpane.html') body = Buffer.from(withSimulatedHost(data.toString('utf8')), 'utf8');
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://localhost:${port}/`,
        port,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

module.exports = { startServer, withSimulatedHost, CLIENT_PATH };

if (require.main === module) {
  const port = Number(process.argv[2] || process.env.PORT || 3000);
  const root = path.resolve(__dirname, '..', 'dist', 'preview');
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error(`No preview build in ${root}: run "npm run demo" (it builds first).`);
    process.exit(1);
  }
  startServer({ root, port }).then(
    (s) => console.log(`Pratinjau SAKIP (bukan Excel) / SAKIP preview (not Excel): ${s.url}  — Ctrl+C untuk berhenti / to stop`),
    (e) => {
      console.error(e.message);
      process.exit(1);
    },
  );
}
