import { describe, expect, it } from 'vitest';
import { adaptClusterInfo } from './cluster';
import { adaptNamespaces } from './namespaces';
import { adaptPlugins } from './plugins';
import { adaptResourceKinds } from './resource-kinds';
import { adaptResourceList } from './resource-list';

describe('adaptClusterInfo', () => {
  it('reads the documented shape', () => {
    const info = adaptClusterInfo({
      mode: 'demo',
      server: 'https://127.0.0.1:6443',
      kubernetesVersion: 'v1.34.1',
      authMode: 'local',
      reachable: true,
      user: { name: 'alice', email: 'alice@example.com', groups: ['dev', 'ops'] },
    });
    expect(info).toEqual({
      mode: 'demo',
      server: 'https://127.0.0.1:6443',
      kubernetesVersion: 'v1.34.1',
      authMode: 'local',
      reachable: true,
      error: undefined,
      user: { name: 'alice', email: 'alice@example.com', groups: ['dev', 'ops'] },
    });
  });

  it('maps an unknown mode to "unknown" and keeps the error of an unreachable cluster', () => {
    const info = adaptClusterInfo({ mode: 'SOMETHING', reachable: false, error: 'connection refused', user: 'bob' });
    expect(info.mode).toBe('unknown');
    expect(info.reachable).toBe(false);
    expect(info.error).toBe('connection refused');
    expect(info.user).toEqual({ name: 'bob', email: undefined, groups: [] });
  });
});

describe('adaptNamespaces', () => {
  const items = [
    { name: 'shop', status: 'Active', created: '2026-01-01T00:00:00Z' },
    { name: 'default', status: 'Active' },
  ];
  it('accepts a bare list and a wrapped one, sorted by name', () => {
    const expected = [
      { name: 'default', status: 'Active', created: undefined },
      { name: 'shop', status: 'Active', created: '2026-01-01T00:00:00Z' },
    ];
    expect(adaptNamespaces(items)).toEqual(expected);
    expect(adaptNamespaces({ items })).toEqual(expected);
  });
  it('accepts plain names and drops nameless entries', () => {
    expect(adaptNamespaces(['b', { status: 'Active' }, 'a']).map((n) => n.name)).toEqual(['a', 'b']);
    expect(adaptNamespaces(null)).toEqual([]);
  });
});

describe('adaptResourceKinds', () => {
  const pods = {
    resourceName: 'pods',
    group: '',
    version: 'v1',
    kind: 'Pod',
    plural: 'pods',
    namespaced: true,
    category: 'Workloads',
    shortNames: ['po'],
    columns: [
      { name: 'Ready', type: 'STRING', priority: 0, description: 'ready/total' },
      { name: 'Restarts', type: 'integer', priority: 0 },
      { name: 'IP', type: 'WEIRD', priority: 1 },
    ],
    source: 'resource-viewer',
  };
  it('reads kinds bare or wrapped in {kinds}', () => {
    expect(adaptResourceKinds([pods])).toEqual(adaptResourceKinds({ kinds: [pods] }));
    const [k] = adaptResourceKinds({ kinds: [pods] });
    expect(k.resourceName).toBe('pods');
    expect(k.shortNames).toEqual(['po']);
    expect(k.columns.map((c) => [c.name, c.type, c.priority])).toEqual([
      ['Ready', 'STRING', 0],
      ['Restarts', 'INTEGER', 0],
      ['IP', 'STRING', 1],
    ]);
  });
  it('derives resourceName from plural.group and defaults category', () => {
    const [k] = adaptResourceKinds([{ kind: 'Deployment', plural: 'deployments', group: 'apps', version: 'v1' }]);
    expect(k.resourceName).toBe('deployments.apps');
    expect(k.category).toBe('Other');
    expect(k.namespaced).toBe(true);
  });
});

describe('adaptResourceList', () => {
  it('reads rows aligned with columns and the continue token', () => {
    const list = adaptResourceList({
      kind: 'Pod',
      columns: [
        { name: 'Name', type: 'STRING', priority: 0 },
        { name: 'Namespace', type: 'STRING', priority: 0 },
        { name: 'Restarts', type: 'INTEGER', priority: 0 },
        { name: 'Age', type: 'DATE', priority: 0 },
      ],
      rows: [
        {
          name: 'web-1',
          namespace: 'shop',
          cells: ['web-1', 'shop', 2, '2026-01-01T00:00:00Z'],
          status: 'Running',
          labels: { app: 'web' },
          created: '2026-01-01T00:00:00Z',
        },
      ],
      continue: 'abc',
      resourceVersion: '42',
    });
    expect(list.continueToken).toBe('abc');
    expect(list.resourceVersion).toBe('42');
    expect(list.rows[0]).toEqual({
      name: 'web-1',
      namespace: 'shop',
      cells: ['web-1', 'shop', 2, '2026-01-01T00:00:00Z'],
      status: 'Running',
      labels: { app: 'web' },
      created: '2026-01-01T00:00:00Z',
    });
  });
  it('adds Name and Namespace columns when the response lacks them', () => {
    const list = adaptResourceList({
      columns: [{ name: 'Ready', type: 'STRING', priority: 0 }],
      rows: [{ name: 'web-1', namespace: 'shop', cells: ['1/1'] }],
    });
    expect(list.columns.map((c) => c.name)).toEqual(['Name', 'Namespace', 'Ready']);
    expect(list.rows[0].cells).toEqual(['web-1', 'shop', '1/1']);
  });

  it('accepts cells keyed by column name and turns nested values into text', () => {
    const list = adaptResourceList({
      columns: [{ name: 'Name' }, { name: 'Ports' }],
      rows: [{ name: 'svc', cells: { Name: 'svc', Ports: [80, 443] } }],
    });
    expect(list.rows[0].cells).toEqual(['svc', '[80,443]']);
    expect(list.continueToken).toBe('');
  });
});

describe('adaptPlugins', () => {
  it('reads plugins, their contributions and UI bundle', () => {
    const [viewer, charts] = adaptPlugins([
      {
        id: 'resource-viewer',
        version: '0.1.0',
        description: 'Kinds',
        state: 'STARTED',
        error: null,
        problems: [],
        contributes: { kinds: ['pods', { name: 'deployments.apps' }], actions: ['deployments.apps/scale'], routes: ['resources'], ui: null },
      },
      {
        id: 'charts',
        version: '0.1.0',
        state: 'FAILED',
        error: 'boom',
        contributes: { kinds: [], actions: [], routes: [], ui: { bundle: 'ui/index.js', url: '/api/v1/plugins/charts/ui/index.js', slots: ['routes'] } },
      },
    ]);
    expect(viewer).toEqual({
      id: 'resource-viewer',
      version: '0.1.0',
      description: 'Kinds',
      state: 'STARTED',
      error: undefined,
      problems: [],
      contributes: { kinds: ['pods', 'deployments.apps'], actions: ['deployments.apps/scale'], routes: ['resources'], ui: undefined },
    });
    expect(charts.error).toBe('boom');
    expect(charts.contributes.ui).toEqual({ url: '/api/v1/plugins/charts/ui/index.js', slots: ['routes'] });
  });
});
