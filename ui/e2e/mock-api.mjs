// A stand-in for the dashboard server during UI development: serves dist/ and fake JSON in the
// shapes the UI's api/ adapters assume. Not the real contract: the server module is.
//   npm run build && npm run mock-api        (MOCK_PORT=9090 by default, 127.0.0.1 only)
//   DASHBOARD_URL=http://127.0.0.1:9090 npm run test:e2e
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const port = Number(process.env.MOCK_PORT ?? 9090);
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const now = Date.now();
const ago = (minutes) => new Date(now - minutes * 60_000).toISOString();

const col = (name, type = 'STRING', priority = 0, description) => ({ name, type, priority, description });
const nameCols = (namespaced) => (namespaced ? [col('Name'), col('Namespace')] : [col('Name')]);

const kinds = [
  { resourceName: 'pods', group: '', version: 'v1', kind: 'Pod', plural: 'pods', namespaced: true, category: 'Workloads', shortNames: ['po'],
    columns: [col('Ready'), col('Status'), col('Restarts', 'INTEGER'), col('Age', 'DATE'), col('IP', 'STRING', 1), col('Node', 'STRING', 1)] },
  { resourceName: 'deployments.apps', group: 'apps', version: 'v1', kind: 'Deployment', plural: 'deployments', namespaced: true, category: 'Workloads', shortNames: ['deploy'],
    columns: [col('Ready'), col('Up-to-date', 'INTEGER'), col('Available', 'INTEGER'), col('Age', 'DATE')] },
  { resourceName: 'replicasets.apps', group: 'apps', version: 'v1', kind: 'ReplicaSet', plural: 'replicasets', namespaced: true, category: 'Workloads', shortNames: ['rs'],
    columns: [col('Desired', 'INTEGER'), col('Current', 'INTEGER'), col('Ready', 'INTEGER'), col('Age', 'DATE')] },
  { resourceName: 'services', group: '', version: 'v1', kind: 'Service', plural: 'services', namespaced: true, category: 'Network', shortNames: ['svc'],
    columns: [col('Type'), col('Cluster-IP'), col('Ports'), col('Age', 'DATE')] },
  { resourceName: 'configmaps', group: '', version: 'v1', kind: 'ConfigMap', plural: 'configmaps', namespaced: true, category: 'Config', shortNames: ['cm'],
    columns: [col('Data', 'INTEGER'), col('Age', 'DATE')] },
  { resourceName: 'secrets', group: '', version: 'v1', kind: 'Secret', plural: 'secrets', namespaced: true, category: 'Config', shortNames: [],
    columns: [col('Type'), col('Data', 'INTEGER'), col('Age', 'DATE')] },
  { resourceName: 'persistentvolumeclaims', group: '', version: 'v1', kind: 'PersistentVolumeClaim', plural: 'persistentvolumeclaims', namespaced: true, category: 'Storage', shortNames: ['pvc'],
    columns: [col('Status'), col('Capacity'), col('Age', 'DATE')] },
  { resourceName: 'serviceaccounts', group: '', version: 'v1', kind: 'ServiceAccount', plural: 'serviceaccounts', namespaced: true, category: 'Access control', shortNames: ['sa'],
    columns: [col('Age', 'DATE')] },
  { resourceName: 'events', group: '', version: 'v1', kind: 'Event', plural: 'events', namespaced: true, category: 'Cluster', shortNames: ['ev'],
    columns: [col('Last Seen', 'DATE'), col('Type'), col('Reason'), col('Object'), col('Message')] },
  { resourceName: 'namespaces', group: '', version: 'v1', kind: 'Namespace', plural: 'namespaces', namespaced: false, category: 'Cluster', shortNames: ['ns'],
    columns: [col('Status'), col('Age', 'DATE')] },
  { resourceName: 'nodes', group: '', version: 'v1', kind: 'Node', plural: 'nodes', namespaced: false, category: 'Cluster', shortNames: ['no'],
    columns: [col('Status'), col('Roles'), col('Age', 'DATE'), col('Version')] },
].map((k) => ({ ...k, columns: [...nameCols(k.namespaced), ...k.columns], source: 'resource-viewer' }));

const namespaces = [
  { name: 'default', status: 'Active', created: ago(60 * 24 * 30) },
  { name: 'kube-system', status: 'Active', created: ago(60 * 24 * 30) },
  { name: 'shop', status: 'Active', created: ago(60 * 24 * 3) },
  { name: 'monitoring', status: 'Active', created: ago(60 * 5) },
];

const row = (name, namespace, cells, status) => ({
  name, namespace, cells: namespace ? [name, namespace, ...cells] : [name, ...cells], status, labels: { app: name.split('-')[0] }, created: cells.find((c) => typeof c === 'string' && c.endsWith('Z')),
});
const rows = {
  pods: [
    row('web-6f7c9d8b5-x2k4p', 'shop', ['1/1', 'Running', 0, ago(125), '10.244.0.11', 'demo-node-1'], 'Running'),
    row('web-6f7c9d8b5-q8z7m', 'shop', ['1/1', 'Running', 1, ago(125), '10.244.0.12', 'demo-node-2'], 'Running'),
    row('cart-5b9f6c7d4-7hjkl', 'shop', ['0/1', 'CrashLoopBackOff', 12, ago(47), '10.244.0.13', 'demo-node-1'], 'CrashLoopBackOff'),
    row('db-0', 'shop', ['1/1', 'Running', 0, ago(60 * 24 * 3), '10.244.0.14', 'demo-node-2'], 'Running'),
    row('coredns-7db6d8ff4d-abcde', 'kube-system', ['1/1', 'Running', 0, ago(60 * 24 * 30), '10.244.0.2', 'demo-node-1'], 'Running'),
    row('prometheus-0', 'monitoring', ['0/2', 'Pending', 0, ago(3), '', ''], 'Pending'),
  ],
  'deployments.apps': [
    row('web', 'shop', ['2/2', 2, 2, ago(125)]),
    row('cart', 'shop', ['0/1', 1, 0, ago(47)]),
    row('coredns', 'kube-system', ['1/1', 1, 1, ago(60 * 24 * 30)]),
  ],
  services: [
    row('web', 'shop', ['ClusterIP', '10.96.0.20', '80/TCP', ago(125)]),
    row('kube-dns', 'kube-system', ['ClusterIP', '10.96.0.10', '53/UDP,53/TCP', ago(60 * 24 * 30)]),
  ],
  events: [
    row('cart-5b9f6c7d4-7hjkl.1', 'shop', [ago(2), 'Warning', 'BackOff', 'pod/cart-5b9f6c7d4-7hjkl', 'Back-off restarting failed container'], 'Warning'),
    row('prometheus-0.1', 'monitoring', [ago(3), 'Warning', 'FailedScheduling', 'pod/prometheus-0', '0/2 nodes are available: 2 Insufficient memory.'], 'Warning'),
    row('web-6f7c9d8b5-x2k4p.1', 'shop', [ago(125), 'Normal', 'Started', 'pod/web-6f7c9d8b5-x2k4p', 'Started container web'], 'Normal'),
  ],
  configmaps: [row('web-config', 'shop', [3, ago(125)])],
  secrets: [row('db-credentials', 'shop', ['Opaque', 2, ago(60 * 24 * 3)])],
  namespaces: namespaces.map((n) => row(n.name, undefined, [n.status, n.created], n.status)),
  nodes: [
    row('demo-node-1', undefined, ['Ready', 'control-plane', ago(60 * 24 * 30), 'v1.34.1'], 'Ready'),
    row('demo-node-2', undefined, ['Ready', '<none>', ago(60 * 24 * 30), 'v1.34.1'], 'Ready'),
  ],
};

// MOCK_PODS=10000 adds that many pods in namespace `load` (list speed checks without a cluster).
const statuses = ['Running', 'Running', 'Running', 'Pending', 'CrashLoopBackOff', 'Completed'];
for (let i = 0; i < Number(process.env.MOCK_PODS ?? 0); i++) {
  const status = statuses[i % statuses.length];
  rows.pods.push(row(`load-${i}`, 'load', ['1/1', status, i % 7, ago(i % 5000), `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, `node-${i % 50}`], status));
}
if (process.env.MOCK_PODS) namespaces.push({ name: 'load', status: 'Active', created: ago(60) });

const problem = (res, status, title, detail) => {
  res.writeHead(status, { 'Content-Type': 'application/problem+json' });
  res.end(JSON.stringify({ type: 'about:blank', title, status, detail, requestId: `mock-${Math.random().toString(16).slice(2, 10)}` }));
};
const send = (res, body) => {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
};

function api(req, res, url) {
  const user = req.headers['x-forwarded-user'];
  if (url.pathname === '/api/v1/cluster') {
    return send(res, {
      mode: 'demo', server: 'https://127.0.0.1:0 (embedded)', kubernetesVersion: 'v1.34.1', authMode: user ? 'proxy' : 'local', reachable: true,
      user: { name: user ?? 'dashboard', email: req.headers['x-forwarded-email'] ?? null, groups: String(req.headers['x-forwarded-groups'] ?? '').split(',').filter(Boolean) },
    });
  }
  if (url.pathname === '/api/v1/namespaces') return send(res, { items: namespaces });
  if (url.pathname === '/api/v1/resources') return send(res, { kinds });
  if (url.pathname === '/api/v1/plugins') {
    return send(res, [{ id: 'resource-viewer', version: '0.1.0', state: 'STARTED', error: null, problems: [], contributes: { kinds: kinds.map((k) => k.resourceName), actions: [], routes: ['resources'], ui: null } }]);
  }
  const m = /^\/api\/v1\/resources\/([^/]+)$/.exec(url.pathname);
  if (m) {
    const kind = kinds.find((k) => k.resourceName === m[1] || k.plural === m[1]);
    if (!kind) return problem(res, 404, 'Unknown resource kind', `No resource kind named "${m[1]}".`);
    const ns = url.searchParams.get('namespace');
    const list = (rows[kind.resourceName] ?? []).filter((r) => !ns || !kind.namespaced || r.namespace === ns);
    return send(res, { kind: kind.kind, columns: kind.columns, rows: list, continue: '', resourceVersion: '1' });
  }
  return problem(res, 404, 'Not found', `No API at ${url.pathname}`);
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff', '.svg': 'image/svg+xml' };

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname.startsWith('/api/')) return api(req, res, url);
  const rel = normalize(url.pathname === '/' ? 'index.html' : url.pathname.slice(1));
  if (rel.startsWith('..')) return problem(res, 400, 'Bad path');
  const file = join(dist, rel);
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`mock dashboard API + dist/ on http://127.0.0.1:${port}`));
