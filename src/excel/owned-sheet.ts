/**
 * The sheets the add-in owns (the summary sheet): created or cleared before they are written,
 * then given their column widths, frozen panes, page layout, chart and drop-down lists; on undo, deleted when the run created them.
 */
import type { OwnedJob } from './schedule';

/** Queues the creation, clearing (cells and charts) or deletion of an owned sheet. `charts`: its charts, loaded a sync before. */
export function queuePrepare(ctx: Excel.RequestContext, job: OwnedJob, exists: boolean, charts?: Excel.ChartCollection): void {
  if (job.deleteSheet) {
    if (exists) ctx.workbook.worksheets.getItem(job.sheet).delete();
    return;
  }
  if (!exists) {
    ctx.workbook.worksheets.add(job.sheet);
    return;
  }
  const ws = ctx.workbook.worksheets.getItem(job.sheet);
  const all = ws.getRange();
  all.clear('All');
  // No range is used after its sync: untracked, it leaves nothing for the end-of-run cleanup.
  all.untrack();
  for (const chart of charts?.items ?? []) ws.charts.getItem(chart.name).delete();
}

/** Queues a sheet's column widths, frozen panes, page layout, chart and drop-down lists, once its cells are written. */
export function queueFinish(ctx: Excel.RequestContext, job: OwnedJob): void {
  if (job.deleteSheet) return;
  const ws = ctx.workbook.worksheets.getItem(job.sheet);
  for (const [col, chars] of Object.entries(job.columnWidths ?? {})) {
    // Excel measures widths in points; one character of the default font is about 7 px = 5.25 pt.
    const column = ws.getRangeByIndexes(0, Number(col), 1, 1);
    column.format.columnWidth = Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
    column.untrack();
  }
  if (job.wrap) {
    const rows = Math.max(1, ...job.units.map((u) => u.block.row + u.block.values.length));
    for (const c of job.wrap.columns) {
      const column = ws.getRangeByIndexes(0, c, rows, 1);
      column.format.wrapText = true;
      column.untrack();
    }
    // Rows of wrapped text, as high as their lines: runs of equal height share one range.
    const heights = Object.entries(job.wrap.rowHeights).map(([r, h]) => [Number(r), h] as const).sort((a, b) => a[0] - b[0]);
    for (let i = 0; i < heights.length; ) {
      let j = i + 1;
      while (j < heights.length && heights[j][0] === heights[j - 1][0] + 1 && heights[j][1] === heights[i][1]) j++;
      const run = ws.getRangeByIndexes(heights[i][0], 0, j - i, 1);
      run.format.rowHeight = heights[i][1];
      run.untrack();
      i = j;
    }
  }
  for (const v of job.validations ?? []) {
    // ExcelApi 1.8, below the adapter's minimum. A warning, not Excel's default `stop`: the engine
    // accepts spellings the list does not show (`Max`), and the user may keep one of them.
    const range = ws.getRange(v.range);
    const dv = range.dataValidation;
    dv.rule = { list: { inCellDropDown: true, source: v.list.join(',') } };
    dv.errorAlert = { showAlert: true, style: 'Warning', title: v.title, message: v.error ?? v.list.join(', ') };
    if (v.prompt) dv.prompt = { showPrompt: true, title: v.title, message: v.prompt };
    range.untrack();
  }
  if (job.freeze && (job.freeze.rows > 0 || job.freeze.columns > 0)) {
    if (job.freeze.columns === 0) ws.freezePanes.freezeRows(job.freeze.rows);
    else if (job.freeze.rows === 0) ws.freezePanes.freezeColumns(job.freeze.columns);
    else {
      // The range given is the top-left pane: the header rows × the name columns.
      const pane = ws.getRangeByIndexes(0, 0, job.freeze.rows, job.freeze.columns);
      ws.freezePanes.freezeAt(pane);
      pane.untrack();
    }
  }
  if (job.print) {
    // ExcelApi 1.9 (the adapter's minimum). verticalFitToPages 0: as many pages tall as the rows
    // need, as `fitToHeight="0"` in the file format (Excel's "1 page wide by automatic tall").
    if (job.print.landscape) ws.pageLayout.orientation = 'Landscape';
    if (job.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  }
  if (job.chart) {
    const data = ws.getRange(job.chart.dataRange);
    const chart = ws.charts.add('BarClustered', data, 'Columns');
    data.untrack();
    chart.title.text = job.chart.title;
    chart.setPosition(job.chart.anchor);
  }
}
