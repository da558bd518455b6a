import type { ResourceListQuery } from './resource-list';

/** TanStack Query keys, in one place so that later cache writers (WebSocket events) match them. */
export const queryKeys = {
  cluster: ['cluster'] as const,
  namespaces: ['namespaces'] as const,
  resourceKinds: ['resource-kinds'] as const,
  resourceList: (q: Omit<ResourceListQuery, 'continueToken'>) =>
    ['resource-list', q.resourceName, q.namespace ?? '', q.labelSelector ?? '', q.filter ?? ''] as const,
  plugins: ['plugins'] as const,
  resourceObject: (resourceName: string, namespace: string | undefined, name: string) =>
    ['resource-object', resourceName, namespace ?? '', name] as const,
};
