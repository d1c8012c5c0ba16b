/**
 * The report's one stylesheet (inline: the file must open with no network). Print: A4 landscape
 * (the matrices are wide), colours printed as they are, a chart panel or a table row never cut
 * across two pages, table heads repeated on each page.
 */
export const REKAP_CSS = `
*{box-sizing:border-box;-webkit-print-color-adjust:exact;print-color-adjust:exact}
html{color:#1a1a1a;background:#ffffff;font:14px/1.4 system-ui,"Segoe UI",Arial,sans-serif}
body{margin:0 auto;padding:16px;max-width:1064px}
h1{font-size:22px;margin:0 0 4px}
h2{font-size:18px;margin:28px 0 8px;break-after:avoid}
p.meta{margin:0 0 4px;color:#404040}
figure{margin:0 0 16px}
figure.chart-panel{break-inside:avoid}
figcaption{font-weight:600;font-size:13px;margin:0 0 4px}
svg.chart{display:block;max-width:100%;height:auto}
.legend{display:flex;flex-wrap:wrap;gap:4px 12px;align-items:center;margin:0 0 12px}
.legend ul,.line-key{display:flex;flex-wrap:wrap;gap:4px 14px;margin:0;padding:0;list-style:none}
.line-key{list-style:decimal inside;display:block;columns:2;font-size:12px}
.line-key li{break-inside:avoid}
.legend-caption{font-weight:600}
.swatch{display:inline-block;width:14px;height:14px;margin-right:4px;vertical-align:-2px;border:1px solid #1a1a1a}
table{border-collapse:collapse;width:100%;margin:0 0 20px;font-size:12px}
caption{text-align:left;font-weight:600;font-size:14px;padding:4px 0;caption-side:top}
th,td{border:1px solid #8a8a8a;padding:3px 5px;vertical-align:top;overflow-wrap:break-word}
th[scope=row],th.name,td.name,td.file,caption{overflow-wrap:anywhere}
thead th{background:#e7e6e6;text-align:left}
th[scope=row]{text-align:left;font-weight:normal}
td.num{text-align:right;white-space:nowrap}
td.file{font-size:11px}
td.absent{background:#ffffff}
tr.total th{font-weight:700}
.change,.advice{font-size:11px;color:#404040}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
thead{display:table-header-group}
tr{break-inside:avoid}
@page{size:A4 landscape;margin:12mm}
@media print{body{padding:0;max-width:none}h2{margin-top:16px}}
`;
