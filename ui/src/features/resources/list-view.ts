import type { ColumnDef, ResourceRow } from '../../api/types';
import { sortByKey, sortKey } from '../../lib/sorting';
import type { SortDir } from '../../lib/urls';
import { isStatusColumn } from './cell-format';

/*
 * What the list shows of the rows it holds: the name and status filters, then the sort by the
 * column's type. Pure functions over the cached rows, so a keystroke or a sort costs one pass
 * over them and no request (the label selector, which the server evaluates, is not here).
 */

/** A row's status word: the Status/Phase cell, else the row's own status. */
export function rowStatus(row: ResourceRow, columns: readonly ColumnDef[]): string {
  return statusAt(row, columns.findIndex(isStatusColumn));
}

/** rowStatus with the status column's index found once (-1: none), for loops over many rows. */
function statusAt(row: ResourceRow, i: number): string {
  const cell = i >= 0 ? row.cells[i] : null;
  return cell !== null && cell !== undefined && cell !== '' ? String(cell) : (row.status ?? '');
}

/** The distinct statuses among `rows`, sorted, for the status filter's options. */
export function statusesOf(rows: readonly ResourceRow[], columns: readonly ColumnDef[]): string[] {
  const i = columns.findIndex(isStatusColumn);
  const seen = new Set<string>();
  for (const r of rows) {
    const s = statusAt(r, i);
    if (s) seen.add(s);
  }
  return [...seen].sort((a, b) => a.localeCompare(b));
}

/** Rows whose name contains `name` and whose status is `status` (both case-insensitive; '' = any). */
export function filterRows(
  rows: readonly ResourceRow[],
  columns: readonly ColumnDef[],
  { name, status }: { name: string; status: string },
): readonly ResourceRow[] {
  const n = name.trim().toLowerCase();
  const s = status.trim().toLowerCase();
  if (!n && !s) return rows;
  const i = columns.findIndex(isStatusColumn);
  return rows.filter((r) => (!n || r.name.toLowerCase().includes(n)) && (!s || statusAt(r, i).toLowerCase() === s));
}

/**
 * `rows` sorted by the column named `sort` (case-insensitive) as its type says: ages by timestamp,
 * IPs numerically, quantities by value, text naturally. No (or an unknown) column: the server's order.
 */
export function sortRows(
  rows: readonly ResourceRow[],
  columns: readonly ColumnDef[],
  sort: string,
  dir: SortDir,
  now: number,
): readonly ResourceRow[] {
  const i = sort ? columns.findIndex((c) => c.name.toLowerCase() === sort.toLowerCase()) : -1;
  if (i < 0) return rows;
  const type = columns[i].type;
  return sortByKey(rows, (r) => sortKey(r.cells[i] ?? null, type, now), dir);
}

/** Whether sorting by `sort` depends on the clock (a running span's length grows). */
export function sortMovesWithTime(columns: readonly ColumnDef[], sort: string): boolean {
  return columns.some((c) => c.type === 'DURATION' && c.name.toLowerCase() === sort.toLowerCase());
}

/** The sort after a click on `column`'s header: the same column flips, another starts ascending. */
export function nextSort(current: { sort: string; dir: SortDir }, column: string): { sort: string; dir: SortDir } {
  if (current.sort.toLowerCase() === column.toLowerCase()) return { sort: column, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { sort: column, dir: 'asc' };
}
