/**
 * The preview page (not Excel): the sample workbook drawn as a grid on the left, the
 * production task pane in a frame on the right. The pane's frame loads Microsoft's real Excel
 * client library and `demo-office.js` in place of office.js (demo/server.js swaps them), which
 * installs the simulated workbook host behind the client over the workbook this page owns;
 * after every request the host answers, the grid is redrawn.
 */
import { SimBook } from '../excel-simulator/model';
import { renderBook } from './grid-view';
import { demoBook } from './sample-book';

/** What the pane's frame finds on this page. */
export interface DemoBridge {
  readonly book: SimBook;
  /** Office's display language in the pane's Office.context (`id-ID`, or `en-US` with ?lang=en). */
  readonly displayLanguage: string;
  /** Redraws the grid; the host calls it after answering each request of the client. */
  changed(): void;
  /** How many times the grid was redrawn after a host request. */
  readonly runs: number;
}

declare global {
  // The preview page publishes its workbook here for the pane's frame (and the browser tests).
  interface Window {
    sakipDemo?: DemoBridge;
  }
}

const english = new URLSearchParams(window.location.search).get('lang') === 'en';
const book = demoBook();
const gridHost = document.getElementById('grid');

function redraw(): void {
  if (gridHost) renderBook(gridHost, book, pick);
}

function pick(sheet: string, address: string | null): void {
  book.activeSheet = sheet;
  if (address) book.selection = { sheet, address };
  redraw();
}

let runs = 0;
window.sakipDemo = {
  book,
  displayLanguage: english ? 'en-US' : 'id-ID',
  changed() {
    runs++;
    redraw();
  },
  get runs() {
    return runs;
  },
};
document.documentElement.lang = english ? 'en' : 'id';
for (const el of document.querySelectorAll<HTMLElement>('[data-lang]')) el.hidden = el.dataset.lang !== (english ? 'en' : 'id');
redraw();

// The frame is created only now, so the bridge exists before its scripts run.
const frame = document.createElement('iframe');
frame.id = 'taskpane';
frame.title = english ? 'SAKIP task pane' : 'Panel tugas SAKIP';
frame.src = 'taskpane.html';
document.getElementById('pane')?.append(frame);
