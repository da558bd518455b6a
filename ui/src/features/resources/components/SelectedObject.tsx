import { Box, Heading, Tag, Text } from 'grommet';
import { Link } from 'react-router';
import type { ColumnDef, ResourceRow } from '../../../api/types';
import { formatCell, isStatusColumn } from '../cell-format';
import { useNow } from '../use-now';
import { StatusBadge } from './StatusBadge';

export interface SelectedObjectProps {
  kindTitle: string;
  name: string;
  namespace?: string;
  /** The object's row in the loaded list; undefined when it is not there (filtered out, deleted). */
  row?: ResourceRow;
  columns: ColumnDef[];
  closeHref: string;
}

/**
 * The object a link selected (`/k/:kind/:ns/:name`), beside its list: every column of its row
 * (the wide ones too) and its labels, live with the list.
 */
export function SelectedObject({ kindTitle, name, namespace, row, columns, closeHref }: SelectedObjectProps) {
  return (
    <Box
      as="section"
      aria-label={`${kindTitle} ${name}`}
      data-testid="selected-object"
      width={{ min: '260px', max: '360px' }}
      flex={false}
      pad="small"
      gap="small"
      background="background-front"
      border={{ color: 'border-weak' }}
      round="xsmall"
      overflow={{ vertical: 'auto' }}
    >
      <Box direction="row" justify="between" align="start" gap="small">
        <Box>
          <Text size="xsmall" color="text-weak">{kindTitle}{namespace ? ` · ${namespace}` : ''}</Text>
          <Heading level={3} margin="none" style={{ wordBreak: 'break-all' }}>{name}</Heading>
        </Box>
        <Link to={closeHref} aria-label="Close" style={{ color: 'inherit', textDecoration: 'none', fontSize: 20 }}>×</Link>
      </Box>
      <RowSummary row={row} columns={columns} />
    </Box>
  );
}

/**
 * Every column of the object's row (the wide ones too) and, unless the caller shows them itself,
 * its labels; a sentence when the row is not loaded.
 */
export function RowSummary({ row, columns, labels = true }: { row?: ResourceRow; columns: ColumnDef[]; labels?: boolean }) {
  const now = useNow(1000);
  if (!row) {
    return <Text size="small" color="text-weak">Not in the list as loaded: it may be filtered out, on a later page, or deleted.</Text>;
  }
  return (
    <>
      <Box as="dl" margin="none" gap="xsmall" data-testid="row-summary">
        {columns.map((c, i) =>
          /^(name|namespace)$/i.test(c.name) ? null : (
            <Box key={c.name} direction="row" gap="small">
              <Text as="dt" size="small" color="text-weak" style={{ minWidth: 100 }}>{c.name}</Text>
              <Box as="dd" margin="none">
                {isStatusColumn(c) ? (
                  <StatusBadge status={String(row.cells[i] ?? row.status ?? '')} />
                ) : (
                  <Text size="small">{formatCell(row.cells[i] ?? null, c, now)}</Text>
                )}
              </Box>
            </Box>
          ),
        )}
      </Box>
      {labels && Object.keys(row.labels).length > 0 && (
        <Box gap="xsmall">
          <Text size="small" color="text-weak">Labels</Text>
          <Box direction="row" wrap gap="xsmall">
            {Object.entries(row.labels).map(([k, v]) => (
              <Tag key={k} size="small" name={k} value={v} />
            ))}
          </Box>
        </Box>
      )}
    </>
  );
}
