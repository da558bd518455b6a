import { useQuery } from '@tanstack/react-query';
import { bool, list, obj, str } from '../../../api/coerce';
import { getJson } from '../../../api/http';

/** A plugin action offered on a kind, as listed under it at GET /api/v1/resources. */
export interface KindAction {
  id: string;
  title: string;
  destructive: boolean;
  access: { verb: string; group: string; resource: string; subresource: string };
  parameters: unknown;
  plugin: string;
}

/** resourceName → its actions. */
export function adaptKindActions(raw: unknown): Record<string, KindAction[]> {
  const out: Record<string, KindAction[]> = {};
  for (const k of list(raw, 'kinds')) {
    const o = obj(k);
    const group = str(o.group);
    const name = str(o.resourceName) || (group ? `${str(o.plural)}.${group}` : str(o.plural));
    out[name] = list(o.actions).map((a) => {
      const x = obj(a);
      const access = obj(x.access);
      return {
        id: str(x.id),
        title: str(x.title) || str(x.id),
        destructive: bool(x.destructive),
        access: { verb: str(access.verb), group: str(access.group), resource: str(access.resource), subresource: str(access.subresource) },
        parameters: x.parameters,
        plugin: str(x.plugin),
      };
    }).filter((a) => a.id !== '');
  }
  return out;
}

/** The actions offered on `resourceName` (a separate cache entry from the kind list: another shape). */
export function useKindActions(resourceName: string) {
  return useQuery({
    queryKey: ['kind-actions'],
    queryFn: async ({ signal }) => adaptKindActions(await getJson('/api/v1/resources', undefined, signal)),
    staleTime: 5 * 60_000,
    select: (all) => all[resourceName] ?? [],
  });
}
