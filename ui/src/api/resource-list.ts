import { list, obj, optStr, str, strMap } from './coerce';
import { adaptColumns } from './columns';
import { getJson } from './http';
import type { CellValue, ColumnDef, ResourceList, ResourceRow } from './types';

export interface ResourceListQuery {
  resourceName: string;
  /** Empty or undefined: all namespaces (or a cluster-scoped kind). */
  namespace?: string;
  labelSelector?: string;
  /** Names containing this text (case-insensitive), filtered by the server. */
  filter?: string;
  limit?: number;
  continueToken?: string;
}

function cell(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

/** One row of the REST table or of a WebSocket message. */
export function adaptRow(raw: unknown, columns: ColumnDef[]): ResourceRow {
  const o = obj(raw);
  // cells normally come as an array aligned with columns; accept an object keyed by column name.
  const cells = Array.isArray(o.cells)
    ? o.cells.map(cell)
    : columns.map((c) => cell(obj(o.cells)[c.name]));
  return {
    name: str(o.name),
    namespace: optStr(o.namespace),
    cells,
    status: optStr(o.status),
    labels: strMap(o.labels),
    created: optStr(o.created),
  };
}

/**
 * The host puts Name (and Namespace) first in columns and cells. Should a response lack them,
 * add them from the row fields, so the table always shows what a row is.
 */
function withIdentityColumns(columns: ColumnDef[], rows: ResourceRow[]): { columns: ColumnDef[]; rows: ResourceRow[] } {
  const has = (n: string) => columns.some((c) => c.name.toLowerCase() === n);
  const addNamespace = !has('namespace') && rows.some((r) => r.namespace);
  const addName = !has('name');
  if (!addName && !addNamespace) return { columns, rows };
  const extra: ColumnDef[] = [];
  if (addName) extra.push({ name: 'Name', type: 'STRING', priority: 0 });
  if (addNamespace) extra.push({ name: 'Namespace', type: 'STRING', priority: 0 });
  return {
    columns: [...extra, ...columns],
    rows: rows.map((r) => ({
      ...r,
      cells: [...(addName ? [r.name] : []), ...(addNamespace ? [r.namespace ?? null] : []), ...r.cells],
    })),
  };
}

/** GET /api/v1/resources/{resourceName} */
export function adaptResourceList(raw: unknown): ResourceList {
  const o = obj(raw);
  const declared = adaptColumns(o.columns);
  const { columns, rows } = withIdentityColumns(declared, list(o.rows).map((r) => adaptRow(r, declared)));
  return {
    kind: str(o.kind),
    columns,
    rows,
    continueToken: str(o.continue),
    resourceVersion: str(o.resourceVersion),
  };
}

export async function fetchResourceList(q: ResourceListQuery, signal?: AbortSignal): Promise<ResourceList> {
  const raw = await getJson(
    `/api/v1/resources/${encodeURIComponent(q.resourceName)}`,
    { namespace: q.namespace, labelSelector: q.labelSelector, filter: q.filter, limit: q.limit, continue: q.continueToken },
    signal,
  );
  return adaptResourceList(raw);
}
