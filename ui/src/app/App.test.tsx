import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerRoute, registerSidebarEntry, resetRegistry } from '../lib/plugin-registry';
import { App } from './App';
import { AppProviders, createQueryClient } from './providers';

const podColumns = [
  { name: 'Name', type: 'STRING', priority: 0 },
  { name: 'Namespace', type: 'STRING', priority: 0 },
  { name: 'Status', type: 'STRING', priority: 0 },
  { name: 'Age', type: 'DATE', priority: 0 },
  { name: 'IP', type: 'STRING', priority: 0 },
];
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
const pods = [
  { name: 'web-1', namespace: 'shop', cells: ['web-1', 'shop', 'Running', minutesAgo(5), '10.0.0.10'], labels: { app: 'web' } },
  { name: 'web-2', namespace: 'shop', cells: ['web-2', 'shop', 'Pending', minutesAgo(50), '10.0.0.9'], labels: { app: 'web' } },
  { name: 'coredns-1', namespace: 'kube-system', cells: ['coredns-1', 'kube-system', 'Running', minutesAgo(500), '10.0.0.100'], labels: { k8s: 'dns' } },
];
const eventColumns = [
  { name: 'Name', type: 'STRING', priority: 0 },
  { name: 'Namespace', type: 'STRING', priority: 0 },
  { name: 'Last Seen', type: 'DATE', priority: 0 },
  { name: 'Type', type: 'STRING', priority: 0 },
  { name: 'Reason', type: 'STRING', priority: 0 },
  { name: 'Object', type: 'STRING', priority: 0 },
  { name: 'Message', type: 'STRING', priority: 0 },
];
const kinds = [
  { resourceName: 'pods', group: '', kind: 'Pod', plural: 'pods', version: 'v1', namespaced: true, category: 'Workloads', columns: podColumns },
  { resourceName: 'nodes', group: '', kind: 'Node', plural: 'nodes', version: 'v1', namespaced: false, category: 'Cluster', columns: [] },
  { resourceName: 'events', group: '', kind: 'Event', plural: 'events', version: 'v1', namespaced: true, category: 'Cluster', columns: [] },
  { resourceName: 'events.events.k8s.io', group: 'events.k8s.io', kind: 'Event', plural: 'events', version: 'v1', namespaced: true, category: 'Cluster', columns: [] },
  { resourceName: 'roles.rbac.authorization.k8s.io', group: 'rbac.authorization.k8s.io', kind: 'Role', plural: 'roles', version: 'v1', namespaced: true, category: 'Access control', columns: [] },
];

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

let requests: string[] = [];
let bigCluster = false;
let authMode = 'local';

function fakeApi(input: RequestInfo | URL) {
  const url = new URL(String(input), 'http://localhost');
  requests.push(url.pathname + url.search);
  switch (url.pathname) {
    case '/api/v1/cluster':
      return json({ mode: 'kubeconfig', server: 'https://10.1.2.3:6443', kubernetesVersion: 'v1.34.1', authMode, reachable: true, user: { name: 'alice', groups: ['dev'] } });
    case '/api/v1/namespaces':
      // Readable namespaces only: alice may not read team-b, so it is not offered.
      return json([{ name: 'shop', status: 'Active' }, { name: 'kube-system', status: 'Active' }, { name: 'team-a', status: 'Active' }]);
    case '/api/v1/resources':
      return json({ kinds });
    case '/api/v1/resources/events':
      return json({
        kind: 'Event',
        columns: eventColumns,
        rows: [
          { name: 'web-2.1', namespace: 'shop', status: 'Warning', cells: ['web-2.1', 'shop', minutesAgo(3), 'Warning', 'FailedScheduling', 'pod/web-2', '0/3 nodes are available'] },
          { name: 'web-1.1', namespace: 'shop', status: 'Normal', cells: ['web-1.1', 'shop', minutesAgo(1), 'Normal', 'Pulled', 'pod/web-1', 'Image pulled'] },
          { name: 'db.1', namespace: 'shop', status: 'Warning', cells: ['db.1', 'shop', minutesAgo(30), 'Warning', 'BackOff', 'pod/db-0', 'Back-off restarting'] },
        ],
        continue: '',
      });
    case '/api/v1/resources/nodes':
      return json({ kind: 'Node', columns: [{ name: 'Name', type: 'STRING', priority: 0 }], rows: [{ name: 'node-1', cells: ['node-1'] }], continue: '' });
    case '/api/v1/resources/pods': {
      const ns = url.searchParams.get('namespace');
      const filter = url.searchParams.get('filter');
      const selector = url.searchParams.get('labelSelector');
      if (selector === 'app in') {
        return json({ type: 'about:blank', title: 'Invalid label selector', status: 400, detail: 'labelSelector: unexpected end of input', field: 'labelSelector', requestId: 'req-7' }, 400);
      }
      const matching = pods.filter(
        (p) => (!ns || p.namespace === ns) && (!filter || p.name.includes(filter)) && (!selector || selector === `app=${p.labels.app}`),
      );
      // A big cluster: the first page only, with more on the server (a row not sent with it).
      if (bigCluster && !filter) {
        return json({ kind: 'Pod', columns: podColumns, rows: matching.filter((p) => p.name !== 'web-1'), continue: 'more' });
      }
      return json({ kind: 'Pod', columns: podColumns, rows: matching, continue: '' });
    }
    case '/api/v1/resources/nosuch':
      return json({ type: 'about:blank', title: 'Unknown kind', status: 404, detail: 'No resource kind "nosuch"', requestId: 'req-9' }, 404);
    default:
      return json({ title: 'Not found', status: 404 }, 404);
  }
}

function renderApp(hash = '#/k/pods') {
  window.history.replaceState(null, '', `/${hash}`);
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false, refetchInterval: false } });
  return render(
    <AppProviders client={client}>
      <App />
    </AppProviders>,
  );
}

const shownNames = () => screen.getAllByTestId('resource-name').map((n) => n.textContent);

beforeEach(() => {
  requests = [];
  bigCluster = false;
  authMode = 'local';
  resetRegistry();
  localStorage.clear();
  vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL) => fakeApi(input)));
});
afterEach(() => vi.unstubAllGlobals());

describe('App shell', () => {
  it('opens on the overview: counts by kind and status, problem pods, recent warnings, all linked', async () => {
    renderApp('');
    const pods = await screen.findByTestId('count-pods');
    await waitFor(() => expect(within(pods).getByTestId('count').textContent).toBe('3'));
    expect(within(pods).getByText('2 Running').closest('a')?.getAttribute('href')).toBe('#/k/pods?status=Running');
    expect(within(pods).getByText('1 Pending')).toBeTruthy();
    expect(within(screen.getByTestId('count-nodes')).getByText('Nodes').closest('a')?.getAttribute('href')).toBe('#/k/nodes');

    const problems = screen.getByTestId('problem-pods');
    await within(problems).findByText('shop/web-2');
    expect(within(problems).queryByText(/coredns/)).toBeNull();
    expect(within(problems).getByText('shop/web-2').closest('a')?.getAttribute('href')).toBe('#/k/pods/shop/web-2');

    const warnings = screen.getByTestId('recent-warnings');
    await within(warnings).findByText('FailedScheduling');
    const reasons = within(warnings).getAllByText(/^(FailedScheduling|BackOff|Pulled)$/).map((e) => e.textContent);
    expect(reasons).toEqual(['FailedScheduling', 'BackOff']); // Warnings only, newest first
    expect(within(warnings).getByText('0/3 nodes are available')).toBeTruthy();
    expect(['', '#/']).toContain(window.location.hash); // the bare address is the overview
    expect(screen.getByRole('link', { name: 'Overview' }).getAttribute('aria-current')).toBe('page');
  });

  it('opens a list of pods of all namespaces, with cluster, version and user in the header', async () => {
    renderApp();
    expect(await screen.findByText('web-1')).toBeTruthy();
    expect(screen.getByText('coredns-1')).toBeTruthy();
    expect(window.location.hash).toBe('#/k/pods');
    expect(await screen.findByTestId('cluster-server')).toHaveProperty('textContent', '10.1.2.3:6443');
    expect(screen.getByTestId('cluster-version').textContent).toBe('Kubernetes v1.34.1');
    expect(screen.getByTestId('user-name').textContent).toBe('alice');
    expect(screen.queryByText('Sign out')).toBeNull(); // local sign-in: nothing to sign out of here
    expect(requests).toContain('/api/v1/resources/pods?limit=500');
  });

  it('offers sign-out through OAuth2-Proxy in proxy mode', async () => {
    authMode = 'proxy';
    renderApp();
    const signOut = await screen.findByText('Sign out');
    expect(signOut.closest('a')?.getAttribute('href')).toBe('/oauth2/sign_out');
  });

  it('makes every sidebar entry a link (open in a new tab works), grouped, with the API group where names clash', async () => {
    renderApp('#/k/pods?ns=shop');
    const nav = await screen.findByRole('navigation', { name: 'Resource kinds' });
    await within(nav).findByRole('link', { name: 'Pods' });
    const groups = within(nav).getAllByRole('group').map((g) => g.getAttribute('aria-label'));
    expect(groups).toEqual(['Workloads', 'Access', 'Cluster']);
    const pods = within(nav).getByRole('link', { name: 'Pods' });
    expect(pods.getAttribute('href')).toBe('#/k/pods?ns=shop');
    expect(pods.getAttribute('aria-current')).toBe('page');
    // A namespaced kind keeps the namespace, a cluster-scoped one has none.
    expect(within(nav).getByRole('link', { name: 'Roles' }).getAttribute('href')).toBe('#/k/roles.rbac.authorization.k8s.io?ns=shop');
    expect(within(nav).getByRole('link', { name: 'Nodes' }).getAttribute('href')).toBe('#/k/nodes');
    // Two kinds called Event: the API group tells them apart.
    expect(within(nav).getByRole('link', { name: 'Events core' }).getAttribute('href')).toBe('#/k/events?ns=shop');
    expect(within(nav).getByRole('link', { name: 'Events events.k8s.io' })).toBeTruthy();
    expect(within(nav).queryAllByRole('button')).toEqual([]);

    fireEvent.click(within(nav).getByRole('link', { name: 'Nodes' }));
    expect(await screen.findByText('node-1')).toBeTruthy();
    expect(window.location.hash).toBe('#/k/nodes');
    expect(within(nav).getByRole('link', { name: 'Nodes' }).getAttribute('aria-current')).toBe('page');
  });

  it('a deep link opens its kind, namespace, filters and sort', async () => {
    renderApp('#/k/pods?ns=shop&q=web&sort=Age&dir=desc');
    await screen.findByText('web-1');
    expect(requests).toContain('/api/v1/resources/pods?namespace=shop&limit=500');
    expect(shownNames()).toEqual(['web-2', 'web-1']); // the older first
    expect((screen.getByLabelText('Filter by name') as HTMLInputElement).value).toBe('web');
    expect(screen.getByRole('button', { name: /Namespace/ }).querySelector('input')?.value).toBe('shop');
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).not.toContain('NAMESPACE');
  });

  it('rewrites an old #/resources link', async () => {
    renderApp('#/resources/pods?namespace=kube-system');
    expect(await screen.findByText('coredns-1')).toBeTruthy();
    expect(window.location.hash).toBe('#/k/pods?ns=kube-system');
  });

  it('offers only readable namespaces, searchable, and records the choice in the URL', async () => {
    renderApp();
    await screen.findByText('coredns-1');
    fireEvent.click(screen.getByRole('button', { name: /Namespace/ }));
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['All namespaces', 'kube-system', 'shop', 'team-a']);
    fireEvent.change(screen.getByPlaceholderText('Search namespaces'), { target: { value: 'sh' } });
    await waitFor(() => expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['shop']));
    fireEvent.click(screen.getByRole('option', { name: 'shop' }));
    await waitFor(() => expect(requests).toContain('/api/v1/resources/pods?namespace=shop&limit=500'));
    await waitFor(() => expect(screen.queryByText('coredns-1')).toBeNull());
    expect(window.location.hash).toBe('#/k/pods?ns=shop');
  });
});

describe('App list', () => {
  it('filters by name as you type and keeps the filter in the URL', async () => {
    renderApp();
    await screen.findByText('coredns-1');
    fireEvent.change(screen.getByLabelText('Filter by name'), { target: { value: 'web' } });
    await waitFor(() => expect(screen.queryByText('coredns-1')).toBeNull());
    expect(shownNames()).toEqual(['web-1', 'web-2']);
    expect(window.location.hash).toBe('#/k/pods?q=web');
    expect(screen.getByTestId('resource-count').textContent).toContain('2 of 3');
  });

  it('filters a list with more pages on the server by asking the server', async () => {
    bigCluster = true;
    renderApp();
    await screen.findByText('coredns-1');
    expect(screen.queryByText('web-1')).toBeNull(); // not on the first page
    fireEvent.change(screen.getByLabelText('Filter by name'), { target: { value: 'web' } });
    expect(await screen.findByText('web-1')).toBeTruthy();
    expect(requests).toContain('/api/v1/resources/pods?filter=web&limit=500');
    expect(screen.queryByText('coredns-1')).toBeNull();
  });

  it('filters by status and sorts by a column header as its type says (IPs numerically)', async () => {
    renderApp();
    await screen.findByText('coredns-1');
    fireEvent.click(screen.getByTitle('Sort by IP'));
    await waitFor(() => expect(shownNames()).toEqual(['web-2', 'web-1', 'coredns-1']));
    expect(window.location.hash).toBe('#/k/pods?sort=IP');
    fireEvent.click(screen.getByTitle('Sort by IP'));
    await waitFor(() => expect(shownNames()).toEqual(['coredns-1', 'web-1', 'web-2']));
    expect(window.location.hash).toBe('#/k/pods?sort=IP&dir=desc');

    fireEvent.click(screen.getByRole('button', { name: /^Status;/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Pending' }));
    await waitFor(() => expect(shownNames()).toEqual(['web-2']));
    expect(window.location.hash).toBe('#/k/pods?status=Pending&sort=IP&dir=desc');
  });

  it('sends a label selector to the server once complete, and shows its problem+json', async () => {
    renderApp();
    await screen.findByText('coredns-1');
    const input = screen.getByLabelText('Label selector');
    fireEvent.change(input, { target: { value: 'app=web' } });
    expect(requests.some((r) => r.includes('labelSelector'))).toBe(false); // not per keystroke
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(screen.queryByText('coredns-1')).toBeNull());
    expect(requests).toContain('/api/v1/resources/pods?labelSelector=app%3Dweb&limit=500');
    expect(window.location.hash).toBe('#/k/pods?l=app%3Dweb');

    fireEvent.change(input, { target: { value: 'app in' } });
    fireEvent.blur(input);
    const error = await screen.findByTestId('resource-error');
    expect(error.textContent).toContain('Invalid label selector (400)');
    expect(error.textContent).toContain('labelSelector: unexpected end of input');
    expect(error.textContent).toContain('req-7');
  });

  it('a link selects an object: its row is marked and its summary shown, the list kept', async () => {
    renderApp('#/k/pods?ns=shop');
    const link = (await screen.findByText('web-2')).closest('a')!;
    expect(link.getAttribute('href')).toBe('#/k/pods/shop/web-2?ns=shop');
    fireEvent.click(link);
    const panel = await screen.findByTestId('selected-object');
    expect(within(panel).getByText('web-2')).toBeTruthy();
    expect(within(panel).getByText('10.0.0.9')).toBeTruthy();
    expect(within(panel).getByText('Pending')).toBeTruthy();
    expect(screen.getByText('web-2', { selector: 'a' }).closest('[role="row"]')?.getAttribute('aria-selected')).toBe('true');
    expect(shownNames()).toEqual(['web-1', 'web-2']);
    fireEvent.click(within(panel).getByRole('link', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByTestId('selected-object')).toBeNull());
    expect(window.location.hash).toBe('#/k/pods?ns=shop');
  });

  it('remembers the compact density', async () => {
    const first = renderApp();
    await screen.findByText('web-1');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compact' }));
    expect(screen.getByText('web-1').closest('[role="row"]')?.getAttribute('style')).toContain('height: 28px');
    first.unmount();
    renderApp();
    await screen.findByText('web-1');
    expect(screen.getByText('web-1').closest('[role="row"]')?.getAttribute('style')).toContain('height: 28px');
  });

  it('Refresh fetches the page again now', async () => {
    renderApp();
    await screen.findByText('web-1');
    const before = requests.filter((r) => r.startsWith('/api/v1/resources/pods')).length;
    fireEvent.click(screen.getByRole('button', { name: /Refresh/ }));
    await waitFor(() => expect(requests.filter((r) => r.startsWith('/api/v1/resources/pods')).length).toBe(before + 1));
  });

  it('shows the problem+json title, detail and request id when the list fails', async () => {
    renderApp('#/k/nosuch');
    const error = await screen.findByTestId('resource-error');
    expect(error.textContent).toContain('Unknown kind (404)');
    expect(error.textContent).toContain('No resource kind "nosuch"');
    expect(error.textContent).toContain('req-9');
  });
});

describe('App pages', () => {
  it('shows a page a plugin registered, reached from its sidebar link, and goes back to the table', async () => {
    registerRoute({ path: 'charts', title: 'Helm charts', component: () => <p>chart list here</p> });
    registerSidebarEntry({ id: 'charts', label: 'Charts', url: 'charts', category: 'Apps' });
    renderApp();
    await screen.findByText('web-1');
    const charts = screen.getByRole('link', { name: 'Charts' });
    expect(charts.getAttribute('href')).toBe('#/p/charts');
    fireEvent.click(charts);
    expect(await screen.findByText('chart list here')).toBeTruthy();
    expect(window.location.hash).toBe('#/p/charts');
    fireEvent.click(screen.getByRole('link', { name: 'Pods' }));
    expect(await screen.findByText('web-1')).toBeTruthy();
    expect(window.location.hash).toBe('#/k/pods');
  });

  it('a page that fails to render shows its error and Reload in its place; the shell keeps working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught error
    registerRoute({ path: 'broken', component: () => { throw new Error('chart index is corrupt'); } });
    renderApp('#/p/broken');
    const error = await screen.findByTestId('page-error');
    expect(error.textContent).toContain('chart index is corrupt');
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    fireEvent.click(within(error).getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalled();
    vi.unstubAllGlobals();
    vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL) => fakeApi(input)));
    await act(async () => {
      fireEvent.click(await screen.findByRole('link', { name: 'Pods' }));
    });
    expect(await screen.findByText('web-1')).toBeTruthy();
    expect(screen.queryByTestId('page-error')).toBeNull();
  });
});
