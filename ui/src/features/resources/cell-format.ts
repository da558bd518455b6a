import type { CellValue, ColumnDef } from '../../api/types';
import { formatAge } from '../../lib/age';

/** Column names whose value is a status word shown as a coloured badge. */
export function isStatusColumn(c: ColumnDef): boolean {
  return /^(status|phase)$/i.test(c.name);
}

/** Text for one cell as kubectl would print it. DATE columns become ages ("5m", "3h", "2d"). */
export function formatCell(value: CellValue, column: ColumnDef, now: number): string {
  if (value === null || value === '') return column.type === 'DATE' ? '' : '<none>';
  switch (column.type) {
    case 'DATE':
      return formatAge(typeof value === 'boolean' ? null : value, now);
    case 'BOOLEAN':
      return value === true || value === 'true' ? 'True' : 'False';
    default:
      return String(value);
  }
}

/** Columns shown by default: kubectl's non-wide set; the Namespace column only across namespaces. */
export function visibleColumns(columns: ColumnDef[], allNamespaces: boolean): number[] {
  return columns
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.priority === 0 && (allNamespaces || c.name.toLowerCase() !== 'namespace'))
    .map(({ i }) => i);
}
