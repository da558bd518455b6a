import { getJson } from './http';
import { obj } from './coerce';

/** A Kubernetes object as the server sends it (managedFields stripped, Secrets with key names only). */
export type KubeObject = Record<string, unknown>;

/** The `:ns` path segment the server takes for a cluster-scoped object. */
const CLUSTER_SCOPE = '_';

/** GET /api/v1/resources/{kind}/{namespace}/{name} as JSON. */
export async function fetchObject(resourceName: string, namespace: string | undefined, name: string, signal?: AbortSignal): Promise<KubeObject> {
  const path = `/api/v1/resources/${encodeURIComponent(resourceName)}/${encodeURIComponent(namespace || CLUSTER_SCOPE)}/${encodeURIComponent(name)}`;
  return obj(await getJson(path, undefined, signal));
}
