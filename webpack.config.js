/* eslint-disable */
// Builds the add-in's pages into dist/. Run with --mode production for the minified bundles.
// `--env url=https://host/path/` (npm run build -- --env url=…) writes dist/manifest.xml for that
// address instead of https://localhost:3000/ (scripts/manifest-url.js; README "Deploying to an organisation").
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { LocalizedFunctionsMetadataPlugin } = require('./scripts/localize-functions');
const { LOCALHOST_NOTE, checkAddinUrl, manifestForUrl } = require('./scripts/manifest-url');

module.exports = (env, argv) => {
  const dev = argv.mode !== 'production';
  // `--env demo` (npm run demo): the same pages plus the preview without Excel, into dist/preview.
  const demo = Boolean(env && env.demo);
  // Checked before anything is built: a wrong address fails the build at once, in plain words.
  const url = env && env.url !== undefined ? checkAddinUrl(String(env.url)) : null;
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      functions: './src/functions/functions.ts',
      taskpane: './src/taskpane/index.tsx',
      ...(demo ? { demo: './demo/main.ts', 'demo-office': './demo/office-host.ts' } : {}),
    },
    // environment.globalThis: every host that runs this bundle has globalThis (it is ES2015+ already), so
    // webpack's runtime need not fall back to `new Function('return this')`, which the pages' CSP forbids.
    output: { path: path.resolve(__dirname, demo ? 'dist/preview' : 'dist'), filename: '[name].js', clean: true, environment: { globalThis: true } },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext' } } } }],
    },
    plugins: [
      // Custom functions: functions.json from the JSDoc, functions.en.json from the English table.
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new LocalizedFunctionsMetadataPlugin({ source: 'functions.json', output: 'functions.en.json', table: path.resolve(__dirname, 'src/functions/metadata.en.json') }),
      // taskpane.html is the shared runtime page: the functions register there, before the pane starts.
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['functions', 'taskpane'], chunksSortMode: 'manual' }),
      // The preview page; demo/server.js serves taskpane.html with Microsoft's real Excel client library
      // (from node_modules/@microsoft/office-js, unmodified) and demo-office.js, the simulated workbook host, in place of office.js.
      ...(demo ? [new HtmlWebpackPlugin({ filename: 'index.html', template: './demo/index.html', chunks: ['demo'] })] : []),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets', noErrorOnMissing: true }, manifestPattern(url)] }),
      // A production build without --env url says, last, that its manifest is for this machine only.
      ...(!dev && !demo && url === null ? [new NoteWhenDone(LOCALHOST_NOTE)] : []),
    ],
    performance: { hints: false },
    devServer: { static: { directory: path.resolve(__dirname, 'dist') }, port: 3000, hot: false, server: devServerHttps() },
  };
};

/** Copies manifest.xml into dist/, moved under `url` when one is given (as Microsoft's add-in templates do). */
function manifestPattern(url) {
  const pattern = { from: 'manifest.xml', to: 'manifest.xml' };
  if (url === null) return pattern;
  return { ...pattern, transform: (content) => manifestForUrl(content.toString('utf8'), url) };
}

/** Prints a note after webpack's own output (afterDone: once webpack-cli has printed its stats), where it is seen. */
class NoteWhenDone {
  constructor(note) {
    this.note = note;
  }
  apply(compiler) {
    compiler.hooks.afterDone.tap('NoteWhenDone', (stats) => {
      if (!stats.hasErrors()) console.log(`\nNOTE: ${this.note}\n`);
    });
  }
}

// Excel loads add-ins over https only: serve with the localhost certificate that
// `npx office-addin-dev-certs install` creates and trusts, else a self-signed one.
function devServerHttps() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const file = (name) => path.join(dir, name);
  if (!fs.existsSync(file('localhost.crt'))) return 'https';
  return { type: 'https', options: { key: fs.readFileSync(file('localhost.key')), cert: fs.readFileSync(file('localhost.crt')), ca: fs.readFileSync(file('ca.crt')) } };
}
