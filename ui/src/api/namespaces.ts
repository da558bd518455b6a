import { list, obj, optStr, str } from './coerce';
import { getJson } from './http';
import type { Namespace } from './types';

/** GET /api/v1/namespaces: a bare list or `{items: [...]}`; items may also be plain names. */
export function adaptNamespaces(raw: unknown): Namespace[] {
  return list(raw, 'namespaces')
    .map((item) => {
      if (typeof item === 'string') return { name: item, status: '' };
      const o = obj(item);
      return { name: str(o.name), status: str(o.status), created: optStr(o.created) };
    })
    .filter((ns) => ns.name !== '')
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function fetchNamespaces(signal?: AbortSignal): Promise<Namespace[]> {
  return adaptNamespaces(await getJson('/api/v1/namespaces', undefined, signal));
}
