/*
 * The selection lives in the URL hash so a reload or a shared link keeps it, and Liberty only
 * has to serve index.html at "/". Format: `#/resources/<resourceName>?namespace=<ns>`.
 */

export interface HashRoute {
  resourceName: string;
  /** '' = all namespaces */
  namespace: string;
}

export const DEFAULT_KIND = 'pods';

export function parseHash(hash: string): HashRoute {
  const h = hash.replace(/^#/, '');
  const [path, qs = ''] = h.split('?', 2);
  const m = /^\/?resources\/([^/]+)\/?$/.exec(path);
  const params = new URLSearchParams(qs);
  return {
    resourceName: m ? decodeURIComponent(m[1]) : DEFAULT_KIND,
    namespace: params.get('namespace') ?? '',
  };
}

export function formatHash(route: HashRoute): string {
  const qs = route.namespace ? `?namespace=${encodeURIComponent(route.namespace)}` : '';
  return `#/resources/${encodeURIComponent(route.resourceName)}${qs}`;
}
