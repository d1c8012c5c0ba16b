/** The task pane's Office environment on Microsoft's real client library over the wire host. */
import { createOfficeEnv } from '../../src/excel';
import { simBook, simSheet } from '../../excel-simulator';
import { closingClients, settle } from '../support/real-client';

const client = closingClients();

function env(displayLanguage = 'id-ID') {
  const sim = client(simBook([simSheet('Kinerja', [['a']])]), { displayLanguage });
  return { sim, env: createOfficeEnv({ office: sim.Office, excel: sim.Excel }) };
}

describe('createOfficeEnv', () => {
  it("tells Office's display language", () => {
    expect(env('en-US').env.displayLanguage()).toBe('en-US');
    expect(env().env.displayLanguage()).toBe('id-ID');
  });

  it('saves a setting in the document and loads it back', async () => {
    const { sim, env: e } = env();
    expect(e.loadSetting('profil')).toBeNull();
    await e.saveSetting('profil', 'BPOM_ENAM_TINGKAT');
    expect(e.loadSetting('profil')).toBe('BPOM_ENAM_TINGKAT');
    expect(sim.host.book.settings).toEqual({ profil: 'BPOM_ENAM_TINGKAT' });
  });

  it('recalculates the whole workbook in one run', async () => {
    const { sim, env: e } = env();
    await e.recalculateAll();
    expect(sim.host.book.calculations).toBe(1);
    expect(sim.host.stats.syncs).toBe(1);
  });

  it('reports selection changes until unsubscribed', async () => {
    const { sim, env: e } = env();
    const seen: number[] = [];
    const off = e.onSelectionChanged!(() => seen.push(1));
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Kinerja').getRange('B2').select();
      await ctx.sync();
    });
    // Office raises the event on a later task, not inside the sync.
    await settle();
    off();
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Kinerja').getRange('C3').select();
      await ctx.sync();
    });
    await settle();
    expect(seen).toEqual([1]);
  });
});
