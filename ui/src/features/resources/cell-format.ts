import type { CellValue, ColumnDef } from '../../api/types';
import { formatAge, formatSpan } from '../../lib/age';

/** Column names whose value is a status word shown as a coloured badge. */
export function isStatusColumn(c: ColumnDef): boolean {
  return /^(status|phase)$/i.test(c.name);
}

/**
 * Text for one cell as kubectl would print it. DATE columns become ages ("5m", "3h", "2d") and
 * DURATION columns lengths ("3m20s"), both against `now`, so they tick while the row stays the same.
 */
export function formatCell(value: CellValue, column: ColumnDef, now: number): string {
  if (value === null || value === '') return isTimeColumn(column) ? '' : '<none>';
  switch (column.type) {
    case 'DATE':
      return formatAge(typeof value === 'boolean' ? null : value, now);
    case 'DURATION':
      return formatSpan(value, now);
    case 'BOOLEAN':
      return value === true || value === 'true' ? 'True' : 'False';
    default:
      return String(value);
  }
}

/** Columns whose cells hold times the browser turns into ages or durations. */
export function isTimeColumn(c: ColumnDef): boolean {
  return c.type === 'DATE' || c.type === 'DURATION';
}

/** Columns shown by default: kubectl's non-wide set; the Namespace column only across namespaces. */
export function visibleColumns(columns: ColumnDef[], allNamespaces: boolean): number[] {
  return columns
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.priority === 0 && (allNamespaces || c.name.toLowerCase() !== 'namespace'))
    .map(({ i }) => i);
}
