import { EditorView } from '@codemirror/view';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetRegistry } from '../lib/plugin-registry';
import { App } from './App';
import { AppProviders, createQueryClient } from './providers';

// The detail page at the selected-object URL, against a fake API: what a pod's page shows, owner
// and owned links both ways (ownership decided by uid, not by name), its events, and the YAML tab.

const col = (name: string, type = 'STRING') => ({ name, type, priority: 0 });
const podColumns = [col('Name'), col('Namespace'), col('Status'), col('Restarts', 'INTEGER')];
const rsColumns = [col('Name'), col('Namespace'), col('Ready')];
const eventColumns = [col('Name'), col('Namespace'), col('Last Seen', 'DATE'), col('Type'), col('Reason'), col('Object'), col('Message')];
const kinds = [
  { resourceName: 'pods', group: '', kind: 'Pod', plural: 'pods', version: 'v1', namespaced: true, category: 'Workloads', columns: podColumns },
  { resourceName: 'replicasets.apps', group: 'apps', kind: 'ReplicaSet', plural: 'replicasets', version: 'v1', namespaced: true, category: 'Workloads', columns: rsColumns },
  { resourceName: 'secrets', group: '', kind: 'Secret', plural: 'secrets', version: 'v1', namespaced: true, category: 'Config', columns: [col('Name')] },
  { resourceName: 'events', group: '', kind: 'Event', plural: 'events', version: 'v1', namespaced: true, category: 'Cluster', columns: eventColumns },
];
const ago = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

const pod = (name: string, ownerUid: string) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name, namespace: 'shop', uid: `uid-${name}`, labels: { app: 'web' }, annotations: { team: 'checkout' },
    ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-7f', uid: ownerUid, controller: true }],
  },
  spec: { nodeName: 'node-1', containers: [{ name: 'app', image: 'nginx:1.27' }] },
  status: {
    phase: 'Running',
    conditions: [{ type: 'Ready', status: 'False', reason: 'ContainersNotReady' }],
    containerStatuses: [{
      name: 'app', ready: false, restartCount: 4, state: { waiting: { reason: 'CrashLoopBackOff' } },
      lastState: { terminated: { reason: 'OOMKilled', exitCode: 137, finishedAt: ago(2) } },
    }],
  },
});
const objects: Record<string, unknown> = {
  'pods/shop/web-7f-abc': pod('web-7f-abc', 'uid-rs'),
  // Named like a child of web-7f but owned by another ReplicaSet (same name, recreated): not listed.
  'pods/shop/web-7f-old': pod('web-7f-old', 'uid-gone'),
  'replicasets.apps/shop/web-7f': {
    apiVersion: 'apps/v1', kind: 'ReplicaSet',
    metadata: { name: 'web-7f', namespace: 'shop', uid: 'uid-rs' },
    spec: { replicas: 1, selector: { matchLabels: { app: 'web' } } },
    status: { readyReplicas: 0 },
  },
  // A server that (wrongly) sent values: the page still shows key names only.
  'secrets/shop/db': { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db', namespace: 'shop', uid: 's' }, type: 'Opaque', data: { password: 'aHVudGVyMg==' } },
};

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

let requests: string[] = [];
let allowPatch = true;
const writes: { method: string; url: string; body: string; type: string }[] = [];

function fakeApi(input: RequestInfo | URL, init: RequestInit = {}) {
  const url = new URL(String(input), 'http://localhost');
  requests.push(url.pathname + url.search);
  const path = url.pathname;
  const method = init.method ?? 'GET';
  if (method !== 'GET') {
    const body = String(init.body ?? '');
    writes.push({ method, url: url.pathname + url.search, body, type: new Headers(init.headers).get('Content-Type') ?? '' });
    if (path === '/api/v1/access-reviews') {
      return json({ reviews: JSON.parse(body).reviews.map((r: Record<string, string>) => ({ ...r, allowed: r.verb === 'patch' && allowPatch })) });
    }
    if (method === 'PUT' && path === '/api/v1/resources/replicasets.apps/shop/web-7f') {
      if (body.includes('replicas: -1')) {
        return json({ type: 'about:blank', title: 'Unprocessable', status: 422, detail: 'ReplicaSet.apps "web-7f" is invalid: [spec.replicas: Invalid value: -1: must be greater than or equal to 0]' }, 422);
      }
      const rs = objects['replicasets.apps/shop/web-7f'] as { spec: Record<string, unknown> };
      const replicas = Number(/replicas: (\d+)/.exec(body)?.[1] ?? 1);
      return json({ ...rs, spec: { ...rs.spec, replicas } });
    }
    return json({ title: 'Not allowed here', status: 405 }, 405);
  }
  const one = /^\/api\/v1\/resources\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(path);
  if (one) {
    const o = objects[`${one[1]}/${one[2]}/${one[3]}`];
    return o ? json(o) : json({ title: 'Not found', status: 404, detail: `${one[3]} not found` }, 404);
  }
  const row = (name: string, cells: unknown[]) => ({ name, namespace: 'shop', labels: { app: 'web' }, cells: [name, 'shop', ...cells] });
  switch (path) {
    case '/api/v1/cluster':
      return json({ mode: 'kubeconfig', server: 'https://x', kubernetesVersion: 'v1.34.1', authMode: 'local', reachable: true, user: { name: 'alice', groups: [] } });
    case '/api/v1/namespaces':
      return json([{ name: 'shop', status: 'Active' }]);
    case '/api/v1/resources':
      return json({ kinds });
    case '/api/v1/resources/pods':
      return json({ kind: 'Pod', columns: podColumns, rows: [row('web-7f-abc', ['CrashLoopBackOff', 4]), row('web-7f-old', ['Running', 0])], continue: '' });
    case '/api/v1/resources/replicasets.apps':
      return json({ kind: 'ReplicaSet', columns: rsColumns, rows: [row('web-7f', ['0/1'])], continue: '' });
    case '/api/v1/resources/secrets':
      return json({ kind: 'Secret', columns: [col('Name'), col('Namespace')], rows: [row('db', [])], continue: '' });
    case '/api/v1/resources/events':
      return json({
        kind: 'Event', columns: eventColumns, continue: '',
        rows: [
          row('web-7f-abc.1', [ago(1), 'Warning', 'BackOff', 'pod/web-7f-abc', 'Back-off restarting failed container']),
          row('web-7f-old.1', [ago(1), 'Normal', 'Pulled', 'pod/web-7f-old', 'Image pulled']),
        ],
      });
    default:
      return json({ title: 'Not found', status: 404 }, 404);
  }
}

function renderApp(hash: string) {
  window.history.replaceState(null, '', `/${hash}`);
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false, refetchInterval: false } });
  return render(
    <AppProviders client={client}>
      <App />
    </AppProviders>,
  );
}

beforeEach(() => {
  // jsdom lays nothing out; CodeMirror measures text ranges after each update.
  const rects = Object.assign([] as unknown as DOMRectList, { item: () => null });
  Range.prototype.getClientRects ??= () => rects;
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
  requests = [];
  writes.length = 0;
  allowPatch = true;
  resetRegistry();
  localStorage.clear();
  vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => fakeApi(input, init)));
});
afterEach(() => vi.unstubAllGlobals());

describe('detail page', () => {
  it('shows a pod\'s containers, conditions, labels, annotations and its owner, linked', async () => {
    renderApp('#/k/pods/shop/web-7f-abc?ns=shop');
    const page = await screen.findByTestId('selected-object');
    const container = await within(page).findByTestId('container');
    expect(within(container).getByTestId('container-state').textContent).toBe('Waiting (CrashLoopBackOff)');
    expect(within(container).getByTestId('container-restarts').textContent).toBe('4 restarts');
    expect(within(container).getByTestId('container-last-termination').textContent).toMatch(/^Last ended: OOMKilled, exit code 137, 2m(\d+s)? ago$/);
    expect(within(page).getByTestId('conditions').textContent).toContain('ContainersNotReady');
    expect(within(page).getByTestId('kind-fields').textContent).toContain('node-1');
    expect(within(page).getByTestId('annotations').textContent).toContain('checkout');
    const owner = within(within(page).getByTestId('owners')).getByRole('link');
    expect(owner.getAttribute('href')).toBe('#/k/replicasets.apps/shop/web-7f');
  });

  it('an owner lists the objects whose ownerReferences name its uid, linked back', async () => {
    renderApp('#/k/replicasets.apps/shop/web-7f?ns=shop');
    const owned = await screen.findByTestId('owned');
    const link = await within(owned).findByRole('link', { name: /web-7f-abc/ });
    expect(link.getAttribute('href')).toBe('#/k/pods/shop/web-7f-abc');
    expect(within(owned).queryByText(/web-7f-old/)).toBeNull();
    // Candidates came from the pods matching the ReplicaSet's selector.
    expect(requests).toContain('/api/v1/resources/pods?namespace=shop&labelSelector=app%3Dweb&limit=500');
  });

  it('the events tab shows the events about this object only, and the tab is in the URL', async () => {
    renderApp('#/k/pods/shop/web-7f-abc?ns=shop&tab=events');
    const events = await screen.findAllByTestId('event');
    expect(events).toHaveLength(1);
    expect(events[0].textContent).toContain('Back-off restarting failed container');
    fireEvent.click(screen.getByRole('tab', { name: 'Summary' }));
    await waitFor(() => expect(window.location.hash).toBe('#/k/pods/shop/web-7f-abc?ns=shop'));
    expect(await screen.findByTestId('containers')).toBeTruthy();
  });

  it('the YAML tab shows the object read-only, a Secret with key names only', async () => {
    renderApp('#/k/pods/shop/web-7f-abc?ns=shop');
    fireEvent.click(await screen.findByRole('tab', { name: 'YAML' }));
    await waitFor(() => expect(window.location.hash).toBe('#/k/pods/shop/web-7f-abc?ns=shop&tab=yaml'));
    const yaml = await screen.findByTestId('yaml-view', {}, { timeout: 5000 });
    await waitFor(() => expect(yaml.textContent).toContain('kind: Pod'));
    expect(yaml.querySelector('[contenteditable="true"]')).toBeNull();
  });

  it('a Secret\'s YAML never shows a value', async () => {
    renderApp('#/k/secrets/shop/db?ns=shop&tab=yaml');
    const yaml = await screen.findByTestId('yaml-view', {}, { timeout: 5000 });
    await waitFor(() => expect(yaml.textContent).toContain('dataKeys'));
    expect(yaml.textContent).toContain('password');
    expect(yaml.textContent).not.toContain('aHVudGVyMg==');
  });

  it('edits as YAML: the dry run\'s diff first, then the apply; for a user allowed to patch', async () => {
    renderApp('#/k/replicasets.apps/shop/web-7f?ns=shop&tab=yaml');
    const edit = await screen.findByRole('button', { name: 'Edit as YAML' }, { timeout: 5000 });
    await waitFor(() => expect((edit as HTMLButtonElement).disabled).toBe(false));
    expect(JSON.parse(writes[0].body)).toEqual({ reviews: [{ verb: 'patch', kind: 'replicasets.apps', namespace: 'shop', name: 'web-7f' }] });
    fireEvent.click(edit);
    const editor = EditorView.findFromDOM((await screen.findByTestId('yaml-edit')).querySelector('.cm-editor') as HTMLElement)!;
    const text = editor.state.doc.toString();
    expect(text).not.toMatch(/uid|status:/); // what the server owns is not offered for editing
    editor.dispatch({ changes: { from: 0, to: text.length, insert: text.replace('replicas: 1', 'replicas: 3') } });
    fireEvent.click(screen.getByRole('button', { name: 'Review changes' }));
    const diff = await screen.findByTestId('yaml-diff');
    expect(diff.textContent).toContain('-   replicas: 1');
    expect(diff.textContent).toContain('+   replicas: 3');
    expect(writes[1]).toMatchObject({ method: 'PUT', url: '/api/v1/resources/replicasets.apps/shop/web-7f?dryRun=true', type: 'application/yaml' });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(screen.queryByTestId('yaml-editor')).toBeNull());
    expect(writes[2]).toMatchObject({ method: 'PUT', url: '/api/v1/resources/replicasets.apps/shop/web-7f' });
    expect(writes[2].body).toContain('replicas: 3');
  });

  it('shows the API server\'s validation errors at their lines, and applies nothing', async () => {
    renderApp('#/k/replicasets.apps/shop/web-7f?ns=shop&tab=yaml');
    const edit = await screen.findByRole('button', { name: 'Edit as YAML' }, { timeout: 5000 });
    await waitFor(() => expect((edit as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(edit);
    const editor = EditorView.findFromDOM((await screen.findByTestId('yaml-edit')).querySelector('.cm-editor') as HTMLElement)!;
    const text = editor.state.doc.toString().replace('replicas: 1', 'replicas: -1');
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text } });
    fireEvent.click(screen.getByRole('button', { name: 'Review changes' }));
    const problems = await screen.findByTestId('yaml-problems');
    const line = text.split('\n').findIndex((l) => l.includes('replicas: -1')) + 1;
    expect(problems.textContent).toContain(`Line ${line}: spec.replicas: Invalid value: -1: must be greater than or equal to 0`);
    expect(problems.textContent).toContain('Unprocessable (422)');
    expect(screen.queryByRole('button', { name: 'Apply' })).toBeNull();
    expect(writes.filter((w) => w.method === 'PUT').map((w) => w.url)).toEqual(['/api/v1/resources/replicasets.apps/shop/web-7f?dryRun=true']);
  });

  it('a user not allowed to patch gets a disabled Edit that says why', async () => {
    allowPatch = false;
    renderApp('#/k/replicasets.apps/shop/web-7f?ns=shop&tab=yaml');
    const refusal = await screen.findByTestId('edit-refusal', {}, { timeout: 5000 });
    expect(refusal.textContent).toBe('Your Kubernetes role does not allow "patch" on replicasets.apps web-7f in namespace shop.');
    expect((screen.getByRole('button', { name: /^Edit \(not allowed/ }) as HTMLButtonElement).disabled).toBe(true);
  });
});
