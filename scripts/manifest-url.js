// @ts-check
/**
 * The manifest for where the add-in is hosted. manifest.xml names https://localhost:3000/ (the
 * dev server, for sideloading); `npm run build -- --env url=https://host/path/` writes
 * dist/manifest.xml with every address moved under that URL, as Microsoft's add-in templates
 * do in their CopyWebpackPlugin transform. Used by webpack.config.js; types in manifest-url.d.ts.
 */

/** The address manifest.xml is written for: the dev server. */
const DEV_URL = 'https://localhost:3000/';
/** The dev server's origin, as <AppDomain> names it (no path, no trailing slash). */
const DEV_ORIGIN = 'https://localhost:3000';

/**
 * Checks a hosting URL: https, ending in "/", no query or fragment, no user name or password.
 * Returns it unchanged when valid; throws an Error that says what is wrong and how to write it.
 * @param {string} url
 * @returns {string}
 */
function checkAddinUrl(url) {
  const example = 'https://example.go.id/sakip/';
  const fail = (why) => {
    throw new Error(`--env url=${url}: ${why}. Write the address where dist/ is served, e.g. --env url=${example}`);
  };
  if (typeof url !== 'string' || url.trim() === '') fail('no URL given');
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return fail('not a URL');
  }
  // Office loads add-in pages over HTTPS only.
  if (parsed.protocol !== 'https:') fail('the add-in must be served over https://');
  if (parsed.username || parsed.password) fail('a URL with a user name or password would put it in every staff member\'s manifest');
  if (parsed.search || url.includes('?')) fail('a query (?…) is not allowed: page names are appended to the URL');
  if (parsed.hash || url.includes('#')) fail('a fragment (#…) is not allowed: page names are appended to the URL');
  if (!url.endsWith('/')) fail(`it must end with "/" (the folder that holds taskpane.html): ${url}/`);
  // Only the normalised spelling is accepted, so what the manifest says is exactly what browsers request.
  if (parsed.href !== url) fail(`write it as ${parsed.href}`);
  return url;
}

/** @param {string} s */
function escapeXml(s) {
  return s.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * manifest.xml's text with every dev-server address moved under `url` (checked by checkAddinUrl):
 * each https://localhost:3000/… becomes url + …, and <AppDomain> the URL's origin. Throws when
 * any "localhost" would remain, so a manifest that still points at a developer's machine is never written.
 * @param {string} xml
 * @param {string} url
 * @returns {string}
 */
function manifestForUrl(xml, url) {
  const base = checkAddinUrl(url);
  const origin = new URL(base).origin;
  let out = xml.split(DEV_URL).join(escapeXml(base));
  out = out.split(`<AppDomain>${DEV_ORIGIN}</AppDomain>`).join(`<AppDomain>${escapeXml(origin)}</AppDomain>`);
  const left = out.split('\n').filter((line) => /localhost/i.test(line));
  if (left.length > 0) {
    throw new Error(`manifest.xml still names localhost after moving it to ${base}: ${left.map((l) => l.trim()).join(' | ')}. Write that address as ${DEV_URL}… so the build can move it.`);
  }
  return out;
}

/** What a build without --env url prints: the manifest it wrote is for this machine only. */
const LOCALHOST_NOTE =
  'dist/manifest.xml points at https://localhost:3000/ (sideloading on this machine only). ' +
  'To deploy to an organisation, build with the address where dist/ will be served: ' +
  'npm run build -- --env url=https://example.go.id/sakip/ (README: "Deploying to an organisation").';

module.exports = { DEV_URL, DEV_ORIGIN, checkAddinUrl, manifestForUrl, LOCALHOST_NOTE };
