#!/usr/bin/env node
// The `sakip` command (src/cli/main.ts), compiled into lib/ by `npm run build:cli`, which npm
// runs itself on `npm install` / `npm ci` through the `prepare` script.
'use strict';

let cli;
try {
  cli = require('../lib/src/cli/main.js');
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('sakip: perintah belum dibangun; jalankan `npm install` atau `npm run build:cli` lebih dulu\n');
    process.exit(2);
  }
  throw err;
}

cli
  .main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    // The progress line: rewritten in place on a terminal, plain lines after a second in a log.
    progress: {
      tty: Boolean(process.stderr.isTTY),
      columns: process.stderr.columns,
      now: () => performance.now(),
      schedule: (fn, ms) => {
        const timer = setTimeout(fn, ms);
        timer.unref();
        return () => clearTimeout(timer);
      },
    },
  })
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`sakip: ${err && err.message ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
