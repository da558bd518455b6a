import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerRoute, registerSidebarEntry, resetRegistry } from '../lib/plugin-registry';
import { useSelection } from '../stores/selection-store';
import { App } from './App';
import { AppProviders, createQueryClient } from './providers';

const podColumns = [
  { name: 'Name', type: 'STRING', priority: 0 },
  { name: 'Namespace', type: 'STRING', priority: 0 },
  { name: 'Status', type: 'STRING', priority: 0 },
  { name: 'Age', type: 'DATE', priority: 0 },
];
const pods = [
  { name: 'web-1', namespace: 'shop', cells: ['web-1', 'shop', 'Running', new Date().toISOString()], labels: {} },
  { name: 'coredns-1', namespace: 'kube-system', cells: ['coredns-1', 'kube-system', 'Running', new Date().toISOString()], labels: {} },
];

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

let requests: string[] = [];
let bigCluster = false;

function fakeApi(input: RequestInfo | URL) {
  const url = new URL(String(input), 'http://localhost');
  requests.push(url.pathname + url.search);
  switch (url.pathname) {
    case '/api/v1/cluster':
      return json({ mode: 'demo', server: 'https://127.0.0.1:1', reachable: true, user: { name: 'alice', groups: [] } });
    case '/api/v1/namespaces':
      return json({ items: [{ name: 'shop', status: 'Active' }, { name: 'kube-system', status: 'Active' }] });
    case '/api/v1/resources':
      return json({ kinds: [{ resourceName: 'pods', kind: 'Pod', plural: 'pods', version: 'v1', namespaced: true, category: 'Workloads', columns: podColumns }] });
    case '/api/v1/resources/pods': {
      const ns = url.searchParams.get('namespace');
      const filter = url.searchParams.get('filter');
      const matching = pods.filter((p) => (!ns || p.namespace === ns) && (!filter || p.name.includes(filter)));
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

function renderApp() {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false, refetchInterval: false } });
  return render(
    <AppProviders client={client}>
      <App />
    </AppProviders>,
  );
}

beforeEach(() => {
  requests = [];
  bigCluster = false;
  window.history.replaceState(null, '', '/');
  useSelection.setState({ resourceName: 'pods', namespace: '', page: '', sidebarOpen: true });
  resetRegistry();
  vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL) => fakeApi(input)));
});
afterEach(() => vi.unstubAllGlobals());

describe('App', () => {
  it('shows the demo badge, the user, the sidebar and pods of all namespaces', async () => {
    renderApp();
    expect(await screen.findByText('Demo cluster')).toBeTruthy();
    expect(screen.getByText('alice')).toBeTruthy();
    expect(await screen.findByText('web-1')).toBeTruthy();
    expect(screen.getByText('coredns-1')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pods' }).getAttribute('aria-current')).toBe('page');
    expect(requests).toContain('/api/v1/resources/pods?limit=500');
    expect(window.location.hash).toBe('#/resources/pods');
  });

  it('choosing a namespace re-queries the list for that namespace and records it in the URL', async () => {
    renderApp();
    await screen.findByText('coredns-1');
    fireEvent.click(screen.getByRole('button', { name: /Namespace/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'shop' }));
    await waitFor(() => expect(requests).toContain('/api/v1/resources/pods?namespace=shop&limit=500'));
    await waitFor(() => expect(screen.queryByText('coredns-1')).toBeNull());
    expect(screen.getByText('web-1')).toBeTruthy();
    expect(window.location.hash).toBe('#/resources/pods?namespace=shop');
  });

  it('filters rows by name', async () => {
    renderApp();
    await screen.findByText('coredns-1');
    fireEvent.change(screen.getByLabelText('Filter by name'), { target: { value: 'web' } });
    expect(screen.queryByText('coredns-1')).toBeNull();
    expect(screen.getByText('web-1')).toBeTruthy();
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

  it('takes the kind from the URL and shows the problem+json detail when the list fails', async () => {
    window.history.replaceState(null, '', '/#/resources/nosuch');
    renderApp();
    const error = await screen.findByTestId('resource-error');
    expect(error.textContent).toContain('Unknown kind (404)');
    expect(error.textContent).toContain('No resource kind "nosuch"');
    expect(error.textContent).toContain('req-9');
  });

  it('shows a page a plugin registered, reached from its sidebar entry, and goes back to the table', async () => {
    registerRoute({ path: 'charts', title: 'Helm charts', component: () => <p>chart list here</p> });
    registerSidebarEntry({ id: 'charts', label: 'Charts', url: 'charts', category: 'Apps' });
    renderApp();
    await screen.findByText('web-1');
    fireEvent.click(screen.getByRole('link', { name: 'Charts' }));
    expect(await screen.findByText('chart list here')).toBeTruthy();
    expect(window.location.hash).toBe('#/charts');
    fireEvent.click(screen.getByRole('button', { name: 'Pods' }));
    expect(await screen.findByText('web-1')).toBeTruthy();
    expect(window.location.hash).toBe('#/resources/pods');
  });
});
