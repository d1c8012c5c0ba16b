/** A TaskpaneEnv over a map of document settings, recording the calls that reach the custom functions' runtime. */
import type { Lang } from '../../src/core';
import type { TaskpaneEnv } from '../../src/taskpane/env';

/** The env with its settings and a log of setActiveProfile / recalculateAll calls. */
export interface FakeEnv extends TaskpaneEnv {
  readonly settings: Map<string, unknown>;
  readonly calls: string[];
}

/** An env in `lang` whose document holds `settings`. */
export function fakeEnv(lang: Lang, settings: Record<string, unknown> = {}): FakeEnv {
  const map = new Map<string, unknown>(Object.entries(settings));
  const calls: string[] = [];
  return {
    lang,
    settings: map,
    calls,
    loadSetting: (key) => map.get(key) ?? null,
    saveSetting: async (key, value) => {
      map.set(key, value);
    },
    setActiveProfile: (profile) => {
      calls.push(`setActiveProfile:${typeof profile === 'string' ? profile : `file:${profile.id}`}`);
    },
    recalculateAll: async () => {
      calls.push('recalculateAll');
    },
  };
}
