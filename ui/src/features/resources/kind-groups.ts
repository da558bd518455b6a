import type { ResourceKind } from '../../api/types';

/** Sidebar order of categories; others follow alphabetically. */
export const CATEGORY_ORDER = ['Workloads', 'Network', 'Config', 'Storage', 'Access control', 'Cluster'];

export interface KindGroup {
  category: string;
  kinds: ResourceKind[];
}

export function groupKinds(kinds: ResourceKind[]): KindGroup[] {
  const byCategory = new Map<string, ResourceKind[]>();
  for (const k of kinds) {
    const list = byCategory.get(k.category) ?? [];
    list.push(k);
    byCategory.set(k.category, list);
  }
  const rank = (c: string) => {
    const i = CATEGORY_ORDER.indexOf(c);
    return i === -1 ? CATEGORY_ORDER.length : i;
  };
  return [...byCategory.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([category, ks]) => ({ category, kinds: ks.sort((x, y) => x.kind.localeCompare(y.kind)) }));
}

/** "Pods", "Deployments" — the plural of a kind as a sidebar label. */
export function kindLabel(k: ResourceKind): string {
  const base = k.kind || k.plural;
  if (!base) return k.resourceName;
  if (/(s|x|ch|sh)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}
