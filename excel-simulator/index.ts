/**
 * The simulated Excel host: a workbook model (model.ts, snapshot.ts, from-xlsx.ts) served at the
 * wire to Microsoft's real Excel client library (wire-host.ts; load-client.ts in jsdom,
 * browser-host.ts in a page). Tests, the preview and the bench run the add-in through it.
 * What the wire format is known to be, and what is inferred: WIRE-FORMAT.md.
 */
export * from './model';
export * from './snapshot';
