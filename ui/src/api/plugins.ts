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

function uiBundle(v: unknown): PluginInfo['contributes']['ui'] {
  const o = obj(v);
  const url = str(o.url);
  return url ? { url, slots: strArray(o.slots) } : undefined;
}

/** GET /api/v1/plugins */
export function adaptPlugins(raw: unknown): PluginInfo[] {
  return list(raw, 'plugins').map((p) => {
    const o = obj(p);
    const c = obj(o.contributes);
    return {
      id: str(o.id),
      version: str(o.version),
      description: optStr(o.description),
      state: str(o.state),
      error: optStr(o.error),
      problems: strArray(o.problems),
      contributes: {
        kinds: names(c.kinds),
        actions: names(c.actions),
        routes: names(c.routes),
        ui: uiBundle(c.ui),
      },
    };
  });
}

export async function fetchPlugins(signal?: AbortSignal): Promise<PluginInfo[]> {
  return adaptPlugins(await getJson('/api/v1/plugins', undefined, signal));
}
