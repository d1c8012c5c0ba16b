/**
 * Runs in the task pane's frame right after Microsoft's real Excel client library
 * (`excel-web-16.00.js` of `@microsoft/office-js`, which demo/server.js serves from the
 * installed package in place of office.js): installs the simulated workbook host behind the
 * client's RichApi entry point over the preview page's workbook, and tells the page to redraw
 * after every request. The production pane then starts on the real `Excel` namespace. Without a
 * preview page around it (taskpane.html opened alone) it serves its own copy of the sample workbook.
 */
import { WireLogEntry, installBrowserHost } from '../excel-simulator/browser-host';
import type { DemoBridge } from './main';
import { demoBook } from './sample-book';

declare global {
  // The pane's frame publishes the real client's requests here (the browser tests read them).
  interface Window {
    sakipWire?: readonly WireLogEntry[];
  }
}

function bridge(): DemoBridge | undefined {
  try {
    return window.parent !== window ? window.parent.sakipDemo : undefined;
  } catch {
    return undefined; // a parent of another origin: run alone
  }
}

const page = bridge();
const installed = installBrowserHost(window, page?.book ?? demoBook(), {
  displayLanguage: page?.displayLanguage ?? 'id-ID',
  onAnswered: () => page?.changed(),
});
window.sakipWire = installed.log;
