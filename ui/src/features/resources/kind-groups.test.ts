import { describe, expect, it } from 'vitest';
import type { ResourceKind } from '../../api/types';
import { categoryLabel, groupHints, groupKinds } from './kind-groups';

const kind = (kind: string, group: string, category: string): ResourceKind => ({
  resourceName: group ? `${kind.toLowerCase()}s.${group}` : `${kind.toLowerCase()}s`,
  group, version: 'v1', kind, plural: `${kind.toLowerCase()}s`, namespaced: true, category, shortNames: [], columns: [], source: '',
});

describe('kind groups', () => {
  it('orders the sidebar groups Workloads, Network, Config, Storage, Access, Cluster, Custom resources, then others', () => {
    const kinds = [
      kind('Gadget', 'fixtures.io', 'Custom resources'), kind('Node', '', 'Cluster'), kind('Role', 'rbac.authorization.k8s.io', 'Access control'),
      kind('Chart', 'helm.io', 'Apps'), kind('Pod', '', 'Workloads'), kind('Service', '', 'Network'), kind('Secret', '', 'Config'),
      kind('PersistentVolume', '', 'Storage'),
    ];
    expect(groupKinds(kinds).map((g) => categoryLabel(g.category))).toEqual(
      ['Workloads', 'Network', 'Config', 'Storage', 'Access', 'Cluster', 'Custom resources', 'Apps'],
    );
  });

  it('names the API group only where two kinds share a label', () => {
    const hints = groupHints([kind('Event', '', 'Cluster'), kind('Event', 'events.k8s.io', 'Cluster'), kind('Pod', '', 'Workloads')]);
    expect(hints.get('events')).toBe('core');
    expect(hints.get('events.events.k8s.io')).toBe('events.k8s.io');
    expect(hints.has('pods')).toBe(false);
  });
});
