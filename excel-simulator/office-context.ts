/**
 * `Office.context` beside the simulated host, the same in jsdom (load-client.ts) and in the
 * preview page (browser-host.ts): ExcelApi up to the host's level, every other set as the
 * shipped library answers without a context (supported, so its own feature flags do not
 * change), the display language, document settings kept in the book (they live in the
 * document, not behind the RichApi) and selection-change handlers. Browser-safe.
 */
import type { SimBook } from './model';
import { WireHost, versionAtLeast } from './wire-host';

/** The context the add-in reads. */
export interface SimOfficeContext {
  readonly displayLanguage: string;
  readonly requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
  readonly document: {
    readonly settings: {
      get(key: string): unknown;
      set(key: string, value: unknown): void;
      remove(key: string): void;
      saveAsync(callback?: (result: { status: string; error?: unknown }) => void): void;
    };
    addHandlerAsync(eventType: string, handler: () => void, callback?: (result: { status: string }) => void): void;
    removeHandlerAsync(eventType: string, options?: unknown, callback?: (result: { status: string }) => void): void;
  };
}

/** The context over `book`; `handlers` receive documentSelectionChanged. */
export function officeContext(book: SimBook, host: WireHost, displayLanguage: string, handlers: Set<() => void>): SimOfficeContext {
  const pending = new Map<string, unknown>(Object.entries(book.settings));
  return {
    displayLanguage,
    requirements: {
      isSetSupported(name: string, minVersion?: string | number): boolean {
        if (name !== 'ExcelApi') return true;
        return minVersion === undefined ? true : versionAtLeast(host.apiVersion, String(minVersion));
      },
    },
    document: {
      settings: {
        get: (key: string) => (pending.has(key) ? pending.get(key) : null),
        // Office keeps a setting as JSON (the document stores its text): what get() hands back
        // later is a copy, never the object the add-in passed.
        set: (key: string, value: unknown) => void pending.set(key, value === undefined ? null : JSON.parse(JSON.stringify(value))),
        remove: (key: string) => void pending.delete(key),
        saveAsync(callback?: (result: { status: string; error?: unknown }) => void) {
          for (const key of Object.keys(book.settings)) delete book.settings[key];
          for (const [key, value] of pending) book.settings[key] = value;
          setTimeout(() => callback?.({ status: 'succeeded' }), 0);
        },
      },
      addHandlerAsync(_eventType: string, handler: () => void, callback?: (result: { status: string }) => void) {
        handlers.add(handler);
        callback?.({ status: 'succeeded' });
      },
      removeHandlerAsync(_eventType: string, options?: unknown, callback?: (result: { status: string }) => void) {
        const handler = (options as { handler?: () => void } | undefined)?.handler;
        if (handler) handlers.delete(handler);
        else handlers.clear();
        callback?.({ status: 'succeeded' });
      },
    },
  };
}
