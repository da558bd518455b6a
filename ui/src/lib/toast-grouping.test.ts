import { describe, expect, it } from 'vitest';
import type { LiveChange } from '../api/live-updates';
import { groupChanges, MAX_TOASTS, pushToasts } from './toast-grouping';

const created = (name: string, resourceName = 'pods'): LiveChange => ({ type: 'created', resourceName, namespace: 'shop', name });
const deleted = (name: string, resourceName = 'pods'): LiveChange => ({ type: 'deleted', resourceName, namespace: 'shop', name });

describe('toast grouping', () => {
  it('names a single change', () => {
    expect(groupChanges([created('web-1')])).toEqual([{ text: 'pod web-1 created', tone: 'normal' }]);
    expect(groupChanges([deleted('cfg', 'configmaps')])).toEqual([{ text: 'configmap cfg deleted', tone: 'warning' }]);
    expect(groupChanges([created('ing', 'ingresses.networking.k8s.io')])[0].text).toBe('ingress ing created');
    expect(groupChanges([created('p', 'networkpolicies.networking.k8s.io')])[0].text).toBe('networkpolicy p created');
  });

  it('groups a burst into one toast per kind and change, listing few names and counting many', () => {
    const burst = [
      ...Array.from({ length: 200 }, (_, i) => created(`web-${i}`)),
      deleted('old-1'),
      deleted('old-2'),
      created('svc', 'services'),
    ];
    expect(groupChanges(burst)).toEqual([
      { text: '200 pods created', tone: 'normal' },
      { text: '2 pods deleted: old-1, old-2', tone: 'warning' },
      { text: 'service svc created', tone: 'normal' },
    ]);
  });

  it('keeps at most a few toasts on screen, the newest', () => {
    const toasts = Array.from({ length: 5 }, (_, i) => ({ id: String(i), text: `t${i}`, tone: 'normal' as const }));
    const shown = pushToasts(toasts.slice(0, 2), toasts.slice(2));
    expect(shown).toHaveLength(MAX_TOASTS);
    expect(shown.map((t) => t.id)).toEqual(['2', '3', '4']);
  });
});
