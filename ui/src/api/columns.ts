import { list, num, obj, optStr, str } from './coerce';
import type { ColumnDef, ColumnType } from './types';

const TYPES: ColumnType[] = ['STRING', 'INTEGER', 'NUMBER', 'BOOLEAN', 'DATE', 'DURATION'];

/** Column descriptors, shared by /api/v1/resources and /api/v1/resources/{kind}. */
export function adaptColumns(raw: unknown): ColumnDef[] {
  return list(raw, 'columns')
    .map((c) => {
      const o = obj(c);
      const t = str(o.type, 'STRING').toUpperCase() as ColumnType;
      return {
        name: str(o.name),
        type: TYPES.includes(t) ? t : 'STRING',
        priority: num(o.priority, 0),
        description: optStr(o.description),
      };
    })
    .filter((c) => c.name !== '');
}
