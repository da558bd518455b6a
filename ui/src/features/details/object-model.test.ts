import { describe, expect, it } from 'vitest';
import type { ColumnDef, ResourceKind, ResourceRow } from '../../api/types';
import {
  annotationsOf, conditionsOf, containersOf, eventsAbout, isOwnedBy, kindFields, matchLabelsSelector, ownedCandidates, ownersOf,
} from './object-model';

const kind = (k: string, group: string, resourceName: string, namespaced = true): ResourceKind => ({
  resourceName, group, version: 'v1', kind: k, plural: resourceName.split('.')[0], namespaced, category: 'Workloads', shortNames: [], columns: [], source: '',
});
const kinds = [kind('Pod', '', 'pods'), kind('ReplicaSet', 'apps', 'replicasets.apps'), kind('Node', '', 'nodes', false)];

const pod = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name: 'web-1', namespace: 'shop', uid: 'p1',
    annotations: { team: 'a', 'kubectl.kubernetes.io/last-applied-configuration': '{"secret":1}' },
    ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-7f', uid: 'rs1', controller: true }, { apiVersion: 'x.io/v1', kind: 'Thing', name: 't' }],
  },
  spec: {
    nodeName: 'node-1',
    initContainers: [{ name: 'init', image: 'busybox' }],
    containers: [{ name: 'app', image: 'nginx:1' }, { name: 'side', image: 'envoy' }],
  },
  status: {
    podIP: '10.0.0.9',
    conditions: [{ type: 'Ready', status: 'False', reason: 'ContainersNotReady', lastTransitionTime: '2026-01-01T00:00:00Z' }],
    initContainerStatuses: [{ name: 'init', ready: true, restartCount: 0, state: { terminated: { reason: 'Completed', exitCode: 0 } } }],
    containerStatuses: [
      { name: 'app', ready: false, restartCount: 4, state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off' } },
        lastState: { terminated: { reason: 'OOMKilled', exitCode: 137, finishedAt: '2026-01-01T00:01:00Z' } } },
    ],
  },
};

describe('object model', () => {
  it('reads conditions and hides the last-applied annotation', () => {
    expect(conditionsOf(pod)).toEqual([{ type: 'Ready', status: 'False', reason: 'ContainersNotReady', message: undefined, lastTransitionTime: '2026-01-01T00:00:00Z' }]);
    expect(annotationsOf(pod)).toEqual({ team: 'a' });
    expect(conditionsOf({})).toEqual([]);
  });

  it('links owners to served kinds only', () => {
    expect(ownersOf(pod, kinds)).toEqual([
      { kind: 'ReplicaSet', name: 'web-7f', namespace: 'shop', resourceName: 'replicasets.apps', controller: true },
      { kind: 'Thing', name: 't', namespace: 'shop', resourceName: undefined, controller: false },
    ]);
    expect(isOwnedBy(pod, 'rs1')).toBe(true);
    expect(isOwnedBy(pod, 'other')).toBe(false);
    expect(isOwnedBy(pod, '')).toBe(false);
  });

  it('gives a pod its containers with state, restarts and last termination', () => {
    const [init, app, side] = containersOf(pod);
    expect(init).toMatchObject({ name: 'init', init: true, state: 'Terminated', reason: 'Completed', restarts: 0 });
    expect(app).toMatchObject({
      name: 'app', image: 'nginx:1', state: 'Waiting', reason: 'CrashLoopBackOff', ready: false, restarts: 4,
      lastTermination: { reason: 'OOMKilled', exitCode: 137, finishedAt: '2026-01-01T00:01:00Z' },
    });
    expect(side).toMatchObject({ name: 'side', state: 'Unknown', restarts: 0, lastTermination: undefined });
  });

  it('shows kind-specific fields that are set', () => {
    expect(kindFields(pod)).toEqual([['Node', 'node-1'], ['Pod IP', '10.0.0.9']]);
    const deploy = { kind: 'Deployment', spec: { replicas: 3, selector: { matchLabels: { app: 'web', tier: 'front' } } }, status: { readyReplicas: 2 } };
    expect(kindFields(deploy)).toEqual([['Replicas', '3'], ['Ready', '2'], ['Selector', 'app=web,tier=front']]);
    expect(matchLabelsSelector(deploy)).toBe('app=web,tier=front');
    expect(kindFields({ kind: 'Secret', type: 'Opaque', dataKeys: ['a', 'b'] })).toEqual([['Type', 'Opaque'], ['Keys', 'a, b']]);
  });

  it('picks owned candidates by the controllers\' naming', () => {
    const row = (name: string): ResourceRow => ({ name, namespace: 'shop', cells: [], labels: {} });
    const rows = [row('web-7f-abc'), row('web-api-1'), row('webx-1'), row('data-db-0')];
    expect(ownedCandidates(rows, 'web-7f', 'pods').map((r) => r.name)).toEqual(['web-7f-abc']);
    expect(ownedCandidates(rows, 'db', 'persistentvolumeclaims').map((r) => r.name)).toEqual(['data-db-0']);
  });

  it('finds the events about an object by their Object column, newest first', () => {
    const columns: ColumnDef[] = ['Last Seen', 'Type', 'Reason', 'Object', 'Message', 'Count'].map((name) => ({ name, type: 'STRING', priority: 0 }));
    const ev = (name: string, seen: string, object: string, reason: string): ResourceRow => ({
      name, namespace: 'shop', labels: {}, cells: [seen, 'Warning', reason, object, `${reason} msg`, 2],
    });
    const rows = [ev('a', '2026-01-01T00:00:00Z', 'pod/web-1', 'BackOff'), ev('b', '2026-01-02T00:00:00Z', 'pod/web-1', 'Pulled'), ev('c', '2026-01-03T00:00:00Z', 'pod/web-10', 'Other')];
    expect(eventsAbout(rows, columns, 'Pod', 'web-1').map((e) => [e.reason, e.count])).toEqual([['Pulled', 2], ['BackOff', 2]]);
  });
});
