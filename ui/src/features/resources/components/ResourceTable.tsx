import { Box, DataTable, Text, type ColumnConfig } from 'grommet';
import { useMemo } from 'react';
import type { ColumnDef, ResourceRow } from '../../../api/types';
import type { TableColumn } from '../../../lib/plugin-registry';
import { spanLength } from '../../../lib/age';
import { formatCell, isStatusColumn, isTimeColumn, visibleColumns } from '../cell-format';
import { StatusBadge } from './StatusBadge';

type TableDatum = { key: string; row: ResourceRow } & Record<string, unknown>;

export interface ResourceTableProps {
  columns: ColumnDef[];
  rows: ResourceRow[];
  /** Across all namespaces (shows the Namespace column). */
  allNamespaces: boolean;
  now: number;
  /** Columns contributed by plugins for this kind. */
  extraColumns?: TableColumn[];
}

/** The rows of one kind, with the kind's own columns. Presentational: no data fetching. */
export function ResourceTable({ columns, rows, allNamespaces, now, extraColumns = [] }: ResourceTableProps) {
  const shown = useMemo(() => visibleColumns(columns, allNamespaces), [columns, allNamespaces]);

  const data = useMemo<TableDatum[]>(
    () =>
      rows.map((row) => {
        const d: TableDatum = { key: `${row.namespace ?? ''}/${row.name}`, row };
        row.cells.forEach((v, i) => {
          // A span sorts by its length (a running one's grows with `now`), not by its start.
          d[`c${i}`] = columns[i]?.type === 'DURATION' ? spanLength(v, now) : v;
        });
        return d;
      }),
    [rows, columns, now],
  );

  const tableColumns = useMemo<ColumnConfig<TableDatum>[]>(() => {
    const own = shown.map((i, pos): ColumnConfig<TableDatum> => {
      const col = columns[i];
      const isName = pos === 0 && col.name.toLowerCase() === 'name';
      return {
        property: `c${i}`,
        header: <Text size="small" weight={600} title={col.description}>{col.name.toUpperCase()}</Text>,
        sortable: true,
        align: col.type === 'INTEGER' || col.type === 'NUMBER' ? 'end' : 'start',
        render: (d) => {
          const v = d.row.cells[i] ?? null;
          if (isStatusColumn(col)) return <StatusBadge status={String(v ?? d.row.status ?? '')} />;
          const text = formatCell(v, col, now);
          return isName ? (
            <Text weight={500} data-testid="resource-name">{text}</Text>
          ) : (
            <Text size="small" title={isTimeColumn(col) && v ? String(v) : undefined}>{text}</Text>
          );
        },
      };
    });
    const extra = extraColumns.map(
      (c): ColumnConfig<TableDatum> => ({
        property: `plugin:${c.id}`,
        header: <Text size="small" weight={600}>{c.header.toUpperCase()}</Text>,
        sortable: false,
        render: (d) => c.render({ name: d.row.name, namespace: d.row.namespace, labels: d.row.labels }),
      }),
    );
    return [...own, ...extra];
  }, [shown, columns, now, extraColumns]);

  return (
    <Box overflow={{ horizontal: 'auto' }}>
      <DataTable<TableDatum>
        aria-label="Resources"
        data-testid="resource-table"
        columns={tableColumns}
        data={data}
        primaryKey="key"
        sortable
        step={100}
      />
    </Box>
  );
}
