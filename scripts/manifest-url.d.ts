/** Types of scripts/manifest-url.js (CommonJS, used by webpack.config.js). */

/** The address manifest.xml is written for: the dev server. */
export const DEV_URL: string;
/** The dev server's origin, as <AppDomain> names it. */
export const DEV_ORIGIN: string;
/** Returns a valid hosting URL unchanged (https, ends in "/", no query or fragment); throws a clear Error otherwise. */
export function checkAddinUrl(url: string): string;
/** manifest.xml's text with every dev-server address moved under `url`; throws if any localhost would remain. */
export function manifestForUrl(xml: string, url: string): string;
/** What a build without --env url prints. */
export const LOCALHOST_NOTE: string;
