/*
 * The selection lives in the URL hash so a reload or a shared link keeps it, and Liberty only
 * has to serve index.html at "/". Formats:
 *   `#/resources/<resourceName>?namespace=<ns>`  a kind's table (the default view: pods)
 *   `#/<page>?namespace=<ns>`                     a page registered by a plugin (registerRoute)
 */

export interface HashRoute {
  resourceName: string;
  /** '' = all namespaces */
  namespace: string;
  /** Path of a plugin page, '' for the resource view. */
  page: string;
}

export const DEFAULT_KIND = 'pods';

export function parseHash(hash: string): HashRoute {
  const h = hash.replace(/^#/, '');
  const [rawPath, qs = ''] = h.split('?', 2);
  const path = rawPath.replace(/^\/+|\/+$/g, '');
  const m = /^resources\/([^/]+)$/.exec(path);
  const namespace = new URLSearchParams(qs).get('namespace') ?? '';
  if (m) return { resourceName: decodeURIComponent(m[1]), namespace, page: '' };
  // Anything else but the bare root (or a stray "resources") is a plugin page.
  const page = path === '' || path.startsWith('resources') ? '' : path;
  return { resourceName: DEFAULT_KIND, namespace, page };
}

export function formatHash(route: HashRoute): string {
  const qs = route.namespace ? `?namespace=${encodeURIComponent(route.namespace)}` : '';
  if (route.page) return `#/${route.page}${qs}`;
  return `#/resources/${encodeURIComponent(route.resourceName)}${qs}`;
}
