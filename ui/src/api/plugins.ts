import { list, obj, optStr, str, strArray } from './coerce';
import { getJson } from './http';
import type { PluginInfo } from './types';

/** Contributions may be listed as strings or as objects with a name/id/path. */
function names(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v
    .map((x) => (typeof x === 'string' ? x : str(obj(x).name) || str(obj(x).id) || str(obj(x).path) || str(obj(x).segment)))
    .filter((x) => x !== '');
}

/** GET /api/v1/plugins */
export function adaptPlugins(raw: unknown): PluginInfo[] {
  return list(raw, 'plugins').map((p) => {
    const o = obj(p);
    const c = obj(o.contributes);
    return {
      id: str(o.id),
      version: str(o.version),
      state: str(o.state),
      error: optStr(o.error),
      contributes: {
        kinds: names(c.kinds),
        actions: names(c.actions),
        routes: names(c.routes),
        ui: Array.isArray(c.ui) ? names(c.ui) : strArray(optStr(c.ui) ? [c.ui] : []),
      },
    };
  });
}

export async function fetchPlugins(signal?: AbortSignal): Promise<PluginInfo[]> {
  return adaptPlugins(await getJson('/api/v1/plugins', undefined, signal));
}
