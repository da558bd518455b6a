/*
 * The UI's URL contract: every view has a shareable path, and these functions are the only place
 * that builds or reads one.
 *   /?ns                               cluster overview
 *   /k/:kind?ns&q&l&status&sort&dir     a kind's list (ns: namespace, q: name filter,
 *                                       l: label selector, status, sort: column, dir: asc|desc)
 *   /k/:kind/:ns/:name?tab=            one object (`_` as :ns for a cluster-scoped kind)
 *   /create                            create from YAML
 *   /p/:plugin/*                       a page contributed by a plugin
 * Older `#/resources/<kind>?namespace=<ns>` links are rewritten to /k/<kind>?ns=<ns>.
 *
 * The router keeps these paths in the URL's hash (`/#/k/pods?ns=shop`): the server serves
 * index.html at `/` only, so a path route would 404 on reload or in a new tab.
 */

export const OVERVIEW_PATH = '/';
export const CREATE_PATH = '/create';
/** The :ns segment of a cluster-scoped object's detail path. */
export const CLUSTER_SCOPE = '_';

export type SortDir = 'asc' | 'desc';

export interface ListParams {
  /** '' = all namespaces */
  ns: string;
  /** name filter */
  q: string;
  /** label selector */
  l: string;
  /** status filter (exact status word, case-insensitive) */
  status: string;
  /** column name to sort by; '' = the server's order (namespace, name) */
  sort: string;
  dir: SortDir;
}

export const EMPTY_LIST_PARAMS: ListParams = { ns: '', q: '', l: '', status: '', sort: '', dir: 'asc' };

const seg = (s: string) => encodeURIComponent(s);

/** `?ns=shop&sort=Age&dir=desc` ('' when nothing is set): empty parameters and the default direction are left out. */
export function listQuery(params: Partial<ListParams> = {}): string {
  const p = { ...EMPTY_LIST_PARAMS, ...params };
  const qs = new URLSearchParams();
  for (const key of ['ns', 'q', 'l', 'status', 'sort'] as const) {
    if (p[key]) qs.set(key, p[key]);
  }
  if (p.sort && p.dir === 'desc') qs.set('dir', 'desc');
  const query = qs.toString();
  return query ? `?${query}` : '';
}

/** `/?ns=shop`: the overview, of one namespace or ('' ) of all the user may read. */
export function overviewUrl(ns = ''): string {
  return `${OVERVIEW_PATH}${listQuery({ ns })}`;
}

/** `/k/pods?ns=shop&sort=Age&dir=desc` */
export function listUrl(kind: string, params: Partial<ListParams> = {}): string {
  return `/k/${seg(kind)}${listQuery(params)}`;
}

export function parseListParams(search: string | URLSearchParams): ListParams {
  const qs = typeof search === 'string' ? new URLSearchParams(search) : search;
  const get = (k: string) => (qs.get(k) ?? '').trim();
  return {
    ns: get('ns'),
    q: get('q'),
    l: get('l'),
    status: get('status'),
    sort: get('sort'),
    dir: get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

/** `/k/pods/shop/web-1?tab=yaml`; a cluster-scoped object gets `_` for its namespace. */
export function detailUrl(kind: string, namespace: string | undefined, name: string, tab?: string): string {
  return `${detailPath(kind, namespace, name)}${tab ? `?tab=${seg(tab)}` : ''}`;
}

function detailPath(kind: string, namespace: string | undefined, name: string): string {
  const ns = namespace ? seg(namespace) : CLUSTER_SCOPE;
  return `/k/${seg(kind)}/${ns}/${seg(name)}`;
}

/**
 * An object selected in its list, the list's parameters kept (`/k/pods/shop/web-1?ns=shop&q=web`),
 * so the list under it stays as it was and closing the selection returns to it.
 */
export function selectedUrl(kind: string, namespace: string | undefined, name: string, params: Partial<ListParams>): string {
  return `${detailPath(kind, namespace, name)}${listQuery(params)}`;
}

/** The namespace a detail path names: undefined for `_` (cluster-scoped). */
export function namespaceOfSegment(ns: string | undefined): string | undefined {
  return !ns || ns === CLUSTER_SCOPE ? undefined : ns;
}

export function pluginUrl(plugin: string, rest = ''): string {
  const tail = rest.replace(/^\/+/, '');
  return `/p/${seg(plugin)}${tail ? `/${tail}` : ''}`;
}

/**
 * The path an old hash link (`#/resources/pods?namespace=shop`, `#/charts`) stands for today,
 * or null when the hash is not one.
 */
export function pathOfLegacyHash(hash: string): string | null {
  const h = hash.replace(/^#/, '');
  if (!h.startsWith('/')) return null;
  const [rawPath, qs = ''] = h.split('?', 2);
  const path = rawPath.replace(/^\/+|\/+$/g, '');
  const ns = new URLSearchParams(qs).get('namespace') ?? '';
  const m = /^resources\/([^/]+)$/.exec(path);
  if (m) return listUrl(decodeURIComponent(m[1]), { ns });
  if (path === '' || path === 'resources') return listUrl('pods', { ns });
  return `/p/${path}`;
}

/**
 * Where a plugin's sidebar entry leads: a host path as is (`k/pods`, `/p/charts`), an old-style
 * one (`resources/pods`, `charts`) as pathOfLegacyHash rewrites it.
 */
export function sidebarEntryPath(url: string): string {
  const path = url.replace(/^#?\/*/, '');
  if (/^(k|p)\//.test(path)) return `/${path}`;
  return pathOfLegacyHash(`#/${path}`) ?? '/';
}
