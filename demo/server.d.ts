/** Types of demo/server.js for the TypeScript tests. */

/** A running preview server. */
export interface PreviewServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Starts the static server over `root` (port 0 = any free port), taskpane.html on the simulated host. */
export function startServer(options: { root: string; port?: number; host?: string }): Promise<PreviewServer>;

/** taskpane.html with the office.js script replaced by the simulated host. */
export function withSimulatedHost(html: string): string;
