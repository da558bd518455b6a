import type { ResourceList, ResourceRow } from './types';

/** A row's place in the server's default order (namespace, then name; KindIndex.key on the server). */
export function serverOrderKey(r: Pick<ResourceRow, 'namespace' | 'name'>): string {
  return `${r.namespace ?? ''}\u0000${r.name}`;
}

/**
 * What the cache holds after the slow safety poll (or any refetch) of a list the WebSocket keeps
 * whole. The poll asks for the first page only; taken as is it would cut a live 2,000-row list back
 * to its first 500 rows. Instead the polled page is authoritative for the key range it covers (rows
 * up to its last key, in the server's order: updated, added and, when missing, deleted there) and
 * the live rows past that range are kept; the list stays whole and live.
 * A list that is not live, or a poll that returned everything, is taken as polled.
 */
export function mergeSafetyPoll(cached: ResourceList | undefined, polled: ResourceList): ResourceList {
  if (!cached?.live || !polled.continueToken) return polled;
  const last = polled.rows.length ? serverOrderKey(polled.rows[polled.rows.length - 1]) : '';
  const beyond = cached.rows.filter((r) => serverOrderKey(r) > last);
  const rows = [...polled.rows, ...beyond];
  return { ...polled, rows, continueToken: '', live: true };
}
