/**
 * The few things the task pane needs from Office besides the workbook port, as plain
 * functions it receives as props, so no component touches Office.js.
 */
import type { ExcelHost } from './office-workbook';

/** The `Office` object as far as these functions need it. */
export interface OfficeEnvHost {
  readonly context: {
    readonly displayLanguage?: string;
    readonly document?: {
      readonly settings?: {
        get(key: string): unknown;
        set(key: string, value: unknown): void;
        saveAsync(callback?: (result: { status: string; error?: unknown }) => void): void;
      };
      addHandlerAsync?(eventType: string, handler: () => void, callback?: (result: { status: string }) => void): void;
      removeHandlerAsync?(eventType: string, options?: unknown, callback?: (result: { status: string }) => void): void;
    };
  };
}

/** What the task pane gets from Office. */
export interface OfficeEnv {
  /** Office's display language tag, e.g. `id-ID` or `en-US`. */
  displayLanguage(): string;
  /** A setting saved in the document, or null. */
  loadSetting<T = unknown>(key: string): T | null;
  /** Saves a setting in the document (settings.set + saveAsync). */
  saveSetting(key: string, value: unknown): Promise<void>;
  /** A full recalculation, so custom functions pick up a changed rule profile. */
  recalculateAll(): Promise<void>;
  /** Calls `handler` when the selection changes; returns the unsubscribe function. */
  onSelectionChanged?(handler: () => void): () => void;
}

/** Options: the hosts to use (default: the globals `Office` and `Excel`). */
export interface OfficeEnvOptions {
  readonly office?: OfficeEnvHost;
  readonly excel?: ExcelHost;
}

const SELECTION_CHANGED = 'documentSelectionChanged';

/** The task pane's Office environment over the given (or global) Office and Excel. */
export function createOfficeEnv(options: OfficeEnvOptions = {}): OfficeEnv {
  const office = () => options.office ?? (globalThis as unknown as { Office?: OfficeEnvHost }).Office;
  const excel = () => options.excel ?? (globalThis as unknown as { Excel: ExcelHost }).Excel;
  return {
    displayLanguage: () => office()?.context.displayLanguage ?? 'id-ID',
    loadSetting<T>(key: string): T | null {
      const value = office()?.context.document?.settings?.get(key);
      return value === undefined || value === null ? null : (value as T);
    },
    saveSetting(key, value) {
      const settings = office()?.context.document?.settings;
      if (!settings) return Promise.resolve();
      settings.set(key, value);
      return new Promise((resolve, reject) =>
        settings.saveAsync((result) => (result.status === 'failed' ? reject(result.error ?? new Error(`Saving the setting ${key} failed`)) : resolve())),
      );
    },
    async recalculateAll() {
      await excel().run(async (ctx) => {
        ctx.application.calculate('Full');
        await ctx.sync();
      });
    },
    onSelectionChanged(handler) {
      const doc = office()?.context.document;
      doc?.addHandlerAsync?.(SELECTION_CHANGED, handler);
      return () => doc?.removeHandlerAsync?.(SELECTION_CHANGED, { handler });
    },
  };
}
