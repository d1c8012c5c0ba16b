/** Fluent UI measures elements and watches media queries, the pane scrolls its result into view; jsdom has none of these. Import from jsdom tests. */
if (!('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({ matches: false, media: query, onchange: null, addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false }) as MediaQueryList;
}
// jsdom lays nothing out: scrolling is a no-op (after-run.test.tsx records the calls).
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
export {};
