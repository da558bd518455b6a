import type { ResourceKind } from '../../api/types';

/** Sidebar order of categories (as the server names them); others follow alphabetically. */
export const CATEGORY_ORDER = ['Workloads', 'Network', 'Config', 'Storage', 'Access control', 'Cluster', 'Custom resources'];

/** Shorter sidebar headings for the server's category names. */
const CATEGORY_LABEL: Record<string, string> = { 'Access control': 'Access' };

export function categoryLabel(category: string): string {
  return CATEGORY_LABEL[category] ?? category;
}

export interface KindGroup {
  category: string;
  kinds: ResourceKind[];
}

export function categoryRank(c: string): number {
  const i = CATEGORY_ORDER.indexOf(c);
  return i === -1 ? CATEGORY_ORDER.length : i;
}

export function groupKinds(kinds: ResourceKind[]): KindGroup[] {
  const byCategory = new Map<string, ResourceKind[]>();
  for (const k of kinds) {
    const list = byCategory.get(k.category) ?? [];
    list.push(k);
    byCategory.set(k.category, list);
  }
  return [...byCategory.entries()]
    .sort(([a], [b]) => categoryRank(a) - categoryRank(b) || a.localeCompare(b))
    .map(([category, ks]) => ({ category, kinds: ks.sort((x, y) => x.kind.localeCompare(y.kind) || x.group.localeCompare(y.group)) }));
}

/** "Pods", "Deployments" — the plural of a kind as a sidebar label. */
export function kindLabel(k: ResourceKind): string {
  const base = k.kind || k.plural;
  if (!base) return k.resourceName;
  if (/(s|x|ch|sh)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/**
 * The API group to show beside a kind's label, only where two kinds share the label (core
 * `events` and `events.k8s.io`, a CRD named like a built-in): "core" for the core group.
 */
export function groupHints(kinds: readonly ResourceKind[]): Map<string, string> {
  const byLabel = new Map<string, ResourceKind[]>();
  for (const k of kinds) {
    const label = kindLabel(k).toLowerCase();
    byLabel.set(label, [...(byLabel.get(label) ?? []), k]);
  }
  const hints = new Map<string, string>();
  for (const same of byLabel.values()) {
    if (same.length < 2) continue;
    for (const k of same) hints.set(k.resourceName, k.group || 'core');
  }
  return hints;
}
