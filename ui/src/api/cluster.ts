import { bool, obj, optStr, str, strArray } from './coerce';
import { getJson } from './http';
import type { ClusterInfo, ClusterMode } from './types';

const MODES: ClusterMode[] = ['demo', 'kubeconfig', 'in-cluster', 'api-url'];

/** GET /api/v1/cluster */
export function adaptClusterInfo(raw: unknown): ClusterInfo {
  const o = obj(raw);
  const mode = str(o.mode).toLowerCase() as ClusterMode;
  const u = o.user;
  const user = typeof u === 'string' ? { name: u } : obj(u);
  return {
    mode: MODES.includes(mode) ? mode : 'unknown',
    server: str(o.server),
    kubernetesVersion: str(o.kubernetesVersion),
    authMode: str(o.authMode),
    reachable: bool(o.reachable, true),
    error: optStr(o.error),
    user: {
      name: str(user.name),
      email: optStr(user.email),
      groups: strArray(user.groups),
    },
  };
}

export async function fetchClusterInfo(signal?: AbortSignal): Promise<ClusterInfo> {
  return adaptClusterInfo(await getJson('/api/v1/cluster', undefined, signal));
}
