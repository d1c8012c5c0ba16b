/**
 * jsdom has no TextEncoder, which the Office adapter uses to size requests (UTF-8) and the
 * browsers that run the add-in all have: import this first in a jsdom test of the real port.
 */
import { TextDecoder, TextEncoder } from 'util';

const g = globalThis as unknown as { TextEncoder?: unknown; TextDecoder?: unknown };
g.TextEncoder ??= TextEncoder;
g.TextDecoder ??= TextDecoder;
