import { Text, ThemeContext } from 'grommet';
import { normalizeColor } from 'grommet/utils';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useContext, useEffect, useMemo, useRef, type CSSProperties, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { ColumnDef, ResourceRow } from '../../../api/types';
import type { TableColumn } from '../../../lib/plugin-registry';
import { SlotErrorBoundary } from '../../../lib/SlotErrorBoundary';
import type { SortDir } from '../../../lib/urls';
import { formatCell, isStatusColumn, isTimeColumn, visibleColumns } from '../cell-format';
import { useNow } from '../use-now';
import { StatusBadge } from './StatusBadge';

/*
 * The rows of one kind as an ARIA table of CSS-grid rows, virtualized: only the rows in view (and
 * a few beyond) are in the DOM, so 10,000 rows cost what 40 do, and a live update re-renders the
 * rows on screen only. The header row is sticky inside the same scroll box, so it stays on top and
 * scrolls sideways with the columns.
 */

export type Density = 'comfortable' | 'compact';

export const ROW_HEIGHT: Record<Density, number> = { comfortable: 40, compact: 28 };
/** Rows rendered beyond each edge of the view, so a fast scroll shows no blank band. */
const OVERSCAN = 12;

export interface ResourceTableProps {
  columns: ColumnDef[];
  /** Already filtered and sorted (see list-view.ts). */
  rows: readonly ResourceRow[];
  /** Across all namespaces (shows the Namespace column). */
  allNamespaces: boolean;
  /** The clock ages are computed against; by default the browser's, ticking every second. */
  now?: number;
  /** Columns contributed by plugins for this kind. */
  extraColumns?: TableColumn[];
  /** The sorted column's name and direction ('' = the server's order). */
  sort?: { column: string; dir: SortDir };
  /** A header was clicked: sort by that column. Without it the headers are not sortable. */
  onSort?: (column: string) => void;
  /** Where a row's name links to (its selection); without it names are plain text. */
  rowHref?: (row: ResourceRow) => string;
  /** `namespace/name` of the selected row, highlighted and scrolled into view. */
  selectedKey?: string;
  density?: Density;
}

export function rowKey(row: Pick<ResourceRow, 'namespace' | 'name'>): string {
  return `${row.namespace ?? ''}/${row.name}`;
}

/** Minimum width of a column, by what it holds; the rest of the width is shared out. */
function minWidth(col: ColumnDef, isName: boolean): number {
  if (isName) return 240;
  if (isStatusColumn(col)) return 150;
  if (col.name.toLowerCase() === 'namespace') return 140;
  if (isTimeColumn(col)) return 80;
  if (col.type === 'INTEGER' || col.type === 'NUMBER' || col.type === 'BOOLEAN') return 90;
  return 120;
}

interface Cell {
  key: string;
  header: string;
  title?: string;
  /** The column's name as the sort parameter spells it; undefined = not sortable. */
  sortName?: string;
  end: boolean;
  min: number;
  grow: number;
  render: (row: ResourceRow, now: number) => ReactNode;
}

export function ResourceTable({
  columns,
  rows,
  allNamespaces,
  now: fixedNow,
  extraColumns = [],
  sort,
  onSort,
  rowHref,
  selectedKey,
  density = 'comfortable',
}: ResourceTableProps) {
  const tick = useNow(1000);
  const now = fixedNow ?? tick;
  const theme = useContext(ThemeContext) as object;
  const color = (name: string) => normalizeColor(name, theme);
  const shown = useMemo(() => visibleColumns(columns, allNamespaces), [columns, allNamespaces]);

  const cells = useMemo<Cell[]>(() => {
    const own = shown.map((i, pos): Cell => {
      const col = columns[i];
      const isName = pos === 0 && col.name.toLowerCase() === 'name';
      return {
        key: `c${i}`,
        header: col.name.toUpperCase(),
        title: col.description,
        sortName: col.name,
        end: col.type === 'INTEGER' || col.type === 'NUMBER',
        min: minWidth(col, isName),
        grow: isName ? 3 : 1,
        render: (row, at) => {
          const v = row.cells[i] ?? null;
          if (isStatusColumn(col)) return <StatusBadge status={String(v ?? row.status ?? '')} />;
          const text = formatCell(v, col, at);
          if (isName) {
            return rowHref ? (
              <Link to={rowHref(row)} data-testid="resource-name" style={{ color: 'inherit', fontWeight: 500 }}>
                {text}
              </Link>
            ) : (
              <Text weight={500} data-testid="resource-name">{text}</Text>
            );
          }
          return <Text size="small" title={isTimeColumn(col) && v ? String(v) : undefined}>{text}</Text>;
        },
      };
    });
    const extra = extraColumns.map(
      (c): Cell => ({
        key: `plugin:${c.id}`,
        header: c.header.toUpperCase(),
        end: false,
        min: 120,
        grow: 1,
        // Rendered as a component inside a boundary: a plugin's column that throws marks its cells only.
        render: (row) => (
          <SlotErrorBoundary owner={c.id}>
            <PluginCell column={c} row={row} />
          </SlotErrorBoundary>
        ),
      }),
    );
    return [...own, ...extra];
  }, [shown, columns, extraColumns, rowHref]);

  const template = cells.map((c) => `minmax(${c.min}px, ${c.grow}fr)`).join(' ');
  const width = cells.reduce((sum, c) => sum + c.min, 0);
  const rowHeight = ROW_HEIGHT[density];

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    getItemKey: (index) => rowKey(rows[index]),
  });
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);

  // A shared link to a selected object opens with its row in view (once; the user scrolls after).
  const scrolledTo = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!selectedKey || scrolledTo.current === selectedKey) return;
    const index = rows.findIndex((r) => rowKey(r) === selectedKey);
    if (index < 0) return;
    scrolledTo.current = selectedKey;
    virtualizer.scrollToIndex(index, { align: 'center' });
  }, [selectedKey, rows, virtualizer]);

  const gridRow: CSSProperties = { display: 'grid', gridTemplateColumns: template, alignItems: 'center' };
  const cellStyle = (c: Cell): CSSProperties => ({
    padding: '0 12px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    textAlign: c.end ? 'end' : 'start',
  });

  return (
    <div
      ref={scrollRef}
      role="table"
      aria-label="Resources"
      aria-rowcount={rows.length + 1}
      data-testid="resource-table"
      data-virtual-viewport=""
      style={{
        flex: '1 1 auto',
        minHeight: 240,
        overflow: 'auto',
        position: 'relative',
        background: color('background-front'),
        border: `1px solid ${color('border-weak')}`,
        borderRadius: 6,
      }}
    >
      <div style={{ minWidth: width }}>
        <div role="rowgroup" style={{ position: 'sticky', top: 0, zIndex: 1, background: color('background-front') }}>
          <div role="row" aria-rowindex={1} style={{ ...gridRow, height: 40, borderBottom: `2px solid ${color('border-weak')}` }}>
            {cells.map((c) => {
              const sorted = sort && c.sortName && sort.column.toLowerCase() === c.sortName.toLowerCase() ? sort.dir : undefined;
              const label = (
                <Text size="small" weight={600} title={c.title}>
                  {c.header}
                  {sorted && <span aria-hidden>{sorted === 'asc' ? ' ▲' : ' ▼'}</span>}
                </Text>
              );
              return (
                <div
                  key={c.key}
                  role="columnheader"
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  style={cellStyle(c)}
                >
                  {onSort && c.sortName ? (
                    <button
                      type="button"
                      onClick={() => onSort(c.sortName!)}
                      title={`Sort by ${c.sortName}`}
                      style={{ all: 'unset', cursor: 'pointer', display: 'block', width: '100%', textAlign: c.end ? 'end' : 'start' }}
                    >
                      {label}
                    </button>
                  ) : (
                    label
                  )}
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            return (
              <TableRow
                key={item.key}
                row={row}
                cells={cells}
                now={now}
                index={item.index}
                style={{
                  ...gridRow,
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: item.size,
                  transform: `translateY(${item.start}px)`,
                  borderBottom: `1px solid ${color('border-weak')}`,
                  background: rowKey(row) === selectedKey ? color('background-contrast') : undefined,
                  boxShadow: rowKey(row) === selectedKey ? `inset 4px 0 0 ${color('background-selected-primary-strong')}` : undefined,
                }}
                selected={rowKey(row) === selectedKey}
                cellStyle={cellStyle}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

interface TableRowProps {
  row: ResourceRow;
  cells: Cell[];
  now: number;
  index: number;
  style: CSSProperties;
  selected: boolean;
  cellStyle: (c: Cell) => CSSProperties;
}

/** One row; re-renders only when its row object, the columns or the clock change. */
const TableRow = memo(function TableRow({ row, cells, now, index, style, selected, cellStyle }: TableRowProps) {
  return (
    <div role="row" aria-rowindex={index + 2} aria-selected={selected || undefined} data-row-key={rowKey(row)} style={style}>
      {cells.map((c) => (
        <div key={c.key} role="cell" style={cellStyle(c)}>
          {c.render(row, now)}
        </div>
      ))}
    </div>
  );
}, sameRow);

function sameRow(a: TableRowProps, b: TableRowProps): boolean {
  return (
    a.row === b.row &&
    a.cells === b.cells &&
    a.now === b.now &&
    a.index === b.index &&
    a.selected === b.selected &&
    a.style.transform === b.style.transform &&
    a.style.height === b.style.height &&
    a.style.gridTemplateColumns === b.style.gridTemplateColumns
  );
}

function PluginCell({ column, row }: { column: TableColumn; row: ResourceRow }) {
  return <>{column.render({ name: row.name, namespace: row.namespace, labels: row.labels })}</>;
}
