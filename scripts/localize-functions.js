/* eslint-disable */
// Builds the English custom-function metadata (functions.en.json) from the Indonesian
// functions.json that custom-functions-metadata-plugin writes from the JSDoc, and the table
// of English texts in src/functions/metadata.en.json. Ids and function names stay the same in
// every language: live formulas (=SAKIP.CAPAIAN(...)) are written with these names, and the
// domain words are Indonesian by the house style. Only descriptions (and, where the table says
// so, parameter names) change. Every function and parameter must have exactly one entry:
// a missing or stale entry fails the build, so the two languages cannot drift apart.
const fs = require('fs');

/** Returns the localized copy of `metadata` (the parsed functions.json); throws on any gap. */
function localizeMetadata(metadata, table) {
  const problems = [];
  const seen = new Set();
  const functions = metadata.functions.map((fn) => {
    const entry = table[fn.id];
    seen.add(fn.id);
    if (!entry) {
      problems.push(`${fn.id}: no English entry`);
      return fn;
    }
    if (typeof entry.description !== 'string' || entry.description.trim() === '') problems.push(`${fn.id}: no English description`);
    const params = entry.parameters || {};
    const names = new Set((fn.parameters || []).map((p) => p.name));
    for (const name of Object.keys(params)) if (!names.has(name)) problems.push(`${fn.id}: English entry for unknown parameter ${name}`);
    const parameters = (fn.parameters || []).map((p) => {
      const text = params[p.name];
      if (!text || typeof text.description !== 'string' || text.description.trim() === '') {
        problems.push(`${fn.id}(${p.name}): no English description`);
        return p;
      }
      return { ...p, name: text.name || p.name, description: text.description };
    });
    return { ...fn, description: entry.description, parameters };
  });
  for (const id of Object.keys(table)) if (!seen.has(id)) problems.push(`${id}: English entry for a function that does not exist`);
  if (problems.length > 0) throw new Error(`English custom-function metadata is out of step with the JSDoc:\n  ${problems.join('\n  ')}`);
  return { ...metadata, functions };
}

/** Webpack plugin: after functions.json is emitted, emit its English sibling. */
class LocalizedFunctionsMetadataPlugin {
  constructor({ source = 'functions.json', output = 'functions.en.json', table }) {
    this.options = { source, output, table };
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    const name = 'LocalizedFunctionsMetadataPlugin';
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.fileDependencies.add(this.options.table);
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const source = compilation.getAsset(this.options.source);
        if (!source) {
          // The metadata plugin reports its own errors; nothing to translate then.
          if (compilation.errors.length === 0) compilation.errors.push(new WebpackError(`${name}: ${this.options.source} was not emitted`));
          return;
        }
        try {
          const table = JSON.parse(fs.readFileSync(this.options.table, 'utf8'));
          const english = localizeMetadata(JSON.parse(source.source.source().toString()), table);
          compilation.emitAsset(this.options.output, new sources.RawSource(JSON.stringify(english, null, 4)));
        } catch (e) {
          compilation.errors.push(new WebpackError(`${name}: ${e.message}`));
        }
      });
    });
  }
}

module.exports = { localizeMetadata, LocalizedFunctionsMetadataPlugin };
