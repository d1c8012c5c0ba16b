/** Types of demo/server.js for the TypeScript tests. */

/** A running preview server. */
export interface PreviewServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Starts the static server over `root` (port 0 = any free port), taskpane.html on the real client and the simulated host. */
export function startServer(options: { root: string; port?: number; host?: string }): Promise<PreviewServer>;

/** taskpane.html with the office.js script replaced by Microsoft's real Excel client library and the simulated workbook host. */
export function withSimulatedHost(html: string): string;

/** The URL path (same origin) at which the server serves `excel-web-16.00.js` from the installed `@microsoft/office-js`. */
export const CLIENT_PATH: string;
