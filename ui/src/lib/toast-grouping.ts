import type { LiveChange } from '../api/live-updates';

/*
 * Creations and deletions in the lists on screen become toasts. A rollout or a scaled Deployment
 * brings dozens at once, so changes are collected for a short window and summarized: one toast per
 * kind and kind of change ("3 pods created: a, b, c"; "40 pods deleted"), never one per object.
 */

export interface ChangeToast {
  id: string;
  text: string;
  tone: 'normal' | 'warning';
}

/** Names listed in a grouped toast before it only counts. */
export const NAMES_SHOWN = 3;
/** Toasts on screen at once; older ones give way. */
export const MAX_TOASTS = 3;

function plural(resourceName: string, n: number): string {
  const base = resourceName.split('.')[0];
  if (n !== 1) return base;
  if (base.endsWith('ies')) return `${base.slice(0, -3)}y`;
  if (/(sses|xes|ches|shes)$/.test(base)) return base.slice(0, -2);
  return base.replace(/s$/, '');
}

/** One toast per (change type, kind), in the order first seen. */
export function groupChanges(changes: readonly LiveChange[]): Omit<ChangeToast, 'id'>[] {
  const groups = new Map<string, LiveChange[]>();
  for (const c of changes) {
    const k = `${c.type}\u0000${c.resourceName}`;
    const list = groups.get(k) ?? [];
    list.push(c);
    groups.set(k, list);
  }
  return [...groups.values()].map((list) => {
    const { type, resourceName } = list[0];
    const names = [...new Set(list.map((c) => c.name))];
    const n = names.length;
    const what = plural(resourceName, n);
    const text =
      n === 1
        ? `${what} ${names[0]} ${type}`
        : n <= NAMES_SHOWN
          ? `${n} ${what} ${type}: ${names.join(', ')}`
          : `${n} ${what} ${type}`;
    return { text, tone: type === 'deleted' ? 'warning' : 'normal' };
  });
}

/** The toasts to show after `incoming` arrived: newest last, at most MAX_TOASTS. */
export function pushToasts(shown: readonly ChangeToast[], incoming: readonly ChangeToast[]): ChangeToast[] {
  return [...shown, ...incoming].slice(-MAX_TOASTS);
}
