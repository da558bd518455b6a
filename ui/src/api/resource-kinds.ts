import { bool, list, obj, str, strArray } from './coerce';
import { adaptColumns } from './columns';
import { getJson } from './http';
import type { ResourceKind } from './types';

/** GET /api/v1/resources: the kinds known to the server, bare or `{kinds: [...]}`. */
export function adaptResourceKinds(raw: unknown): ResourceKind[] {
  return list(raw, 'kinds')
    .map((k) => {
      const o = obj(k);
      const plural = str(o.plural);
      const group = str(o.group);
      return {
        resourceName: str(o.resourceName) || (group ? `${plural}.${group}` : plural),
        group,
        version: str(o.version),
        kind: str(o.kind),
        plural,
        namespaced: bool(o.namespaced, true),
        category: str(o.category) || 'Other',
        shortNames: strArray(o.shortNames),
        columns: adaptColumns(o.columns),
        source: str(o.source),
      };
    })
    .filter((k) => k.resourceName !== '');
}

export async function fetchResourceKinds(signal?: AbortSignal): Promise<ResourceKind[]> {
  return adaptResourceKinds(await getJson('/api/v1/resources', undefined, signal));
}
