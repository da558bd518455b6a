import { fireEvent, render, screen, within } from '@testing-library/react';
import { Grommet } from 'grommet';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { ColumnDef, ResourceRow } from '../../../api/types';
import { theme } from '../../../app/theme';
import { sortRows, nextSort } from '../list-view';
import type { SortDir } from '../../../lib/urls';
import { ResourceTable } from './ResourceTable';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const columns: ColumnDef[] = [
  { name: 'Name', type: 'STRING', priority: 0 },
  { name: 'Namespace', type: 'STRING', priority: 0 },
  { name: 'Ready', type: 'STRING', priority: 0 },
  { name: 'Status', type: 'STRING', priority: 0 },
  { name: 'Restarts', type: 'INTEGER', priority: 0 },
  { name: 'Age', type: 'DATE', priority: 0 },
  { name: 'IP', type: 'STRING', priority: 1 },
];
const rows: ResourceRow[] = [
  { name: 'web-7d4b9c-abcde', namespace: 'shop', cells: ['web-7d4b9c-abcde', 'shop', '1/1', 'Running', 0, '2026-03-10T11:55:00Z', '10.0.0.5'], labels: {} },
  { name: 'db-0', namespace: 'shop', cells: ['db-0', 'shop', '0/1', 'CrashLoopBackOff', 7, '2026-03-07T12:00:00Z', '10.0.0.6'], labels: {} },
];

const headerTexts = () =>
  within(screen.getByRole('table'))
    .getAllByRole('columnheader')
    .map((h) => (h.textContent ?? '').replace(/ [▲▼]$/, ''));

function renderTable(allNamespaces: boolean) {
  return render(
    <Grommet theme={theme}>
      <ResourceTable columns={columns} rows={rows} allNamespaces={allNamespaces} now={NOW} />
    </Grommet>,
  );
}

describe('ResourceTable', () => {
  it('renders one row per resource with the priority-0 columns', () => {
    renderTable(true);
    expect(headerTexts()).toEqual(['NAME', 'NAMESPACE', 'READY', 'STATUS', 'RESTARTS', 'AGE']);
    expect(screen.getAllByTestId('resource-name').map((n) => n.textContent)).toEqual(['web-7d4b9c-abcde', 'db-0']);
    // priority-1 column (IP) is not shown by default
    expect(screen.queryByText('10.0.0.5')).toBeNull();
  });

  it('shows DATE cells as kubectl ages and statuses as coloured badges', () => {
    renderTable(true);
    expect(screen.getByText('5m')).toBeTruthy();
    expect(screen.getByText('3d')).toBeTruthy();
    const running = screen.getByText('Running').closest('[data-status]');
    const crashing = screen.getByText('CrashLoopBackOff').closest('[data-status]');
    expect(running?.getAttribute('data-status')).toBe('status-ok');
    expect(crashing?.getAttribute('data-status')).toBe('status-critical');
  });

  it('drops the Namespace column inside one namespace, like kubectl', () => {
    renderTable(false);
    expect(headerTexts()).not.toContain('NAMESPACE');
  });

  it('shows DURATION cells as lengths and keeps a running one counting as time passes', () => {
    const jobColumns: ColumnDef[] = [
      { name: 'Name', type: 'STRING', priority: 0 },
      { name: 'Duration', type: 'DURATION', priority: 0 },
      { name: 'Age', type: 'DATE', priority: 0 },
    ];
    const jobRows: ResourceRow[] = [
      { name: 'migrate', namespace: 'shop', cells: ['migrate', '2026-03-10T11:00:00Z/2026-03-10T11:03:25Z', '2026-03-10T11:00:00Z'], labels: {} },
      { name: 'import', namespace: 'shop', cells: ['import', '2026-03-10T11:59:10Z/', '2026-03-10T11:59:00Z'], labels: {} },
      { name: 'queued', namespace: 'shop', cells: ['queued', null, '2026-03-10T11:59:50Z'], labels: {} },
    ];
    const table = (now: number) => (
      <Grommet theme={theme}>
        <ResourceTable columns={jobColumns} rows={jobRows} allNamespaces={false} now={now} />
      </Grommet>
    );
    const cellsOf = (name: string) =>
      within(screen.getByText(name).closest('[role="row"]') as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    const { rerender } = render(table(NOW));
    expect(cellsOf('migrate')).toEqual(['migrate', '3m25s', '60m']);
    expect(cellsOf('import')).toEqual(['import', '50s', '60s']);
    expect(cellsOf('queued')).toEqual(['queued', '', '10s']);

    // The same rows a minute later: nothing was refetched, ages and the running job move on.
    rerender(table(NOW + 60_000));
    expect(cellsOf('migrate')).toEqual(['migrate', '3m25s', '61m']);
    expect(cellsOf('import')).toEqual(['import', '110s', '2m']);
    expect(cellsOf('queued')).toEqual(['queued', '', '70s']);
  });

  it('sorts a DURATION column by length, a running span measured to now', () => {
    const jobColumns: ColumnDef[] = [
      { name: 'Name', type: 'STRING', priority: 0 },
      { name: 'Duration', type: 'DURATION', priority: 0 },
    ];
    const jobRows: ResourceRow[] = [
      // Started first, but the shortest.
      { name: 'quick', namespace: 'shop', cells: ['quick', '2026-03-10T08:00:00Z/2026-03-10T08:00:05Z'], labels: {} },
      { name: 'long', namespace: 'shop', cells: ['long', '2026-03-10T09:00:00Z/2026-03-10T11:00:00Z'], labels: {} },
      { name: 'running', namespace: 'shop', cells: ['running', '2026-03-10T11:59:00Z/'], labels: {} },
    ];
    function Sorted() {
      const [sort, setSort] = useState<{ sort: string; dir: SortDir }>({ sort: '', dir: 'asc' });
      return (
        <ResourceTable
          columns={jobColumns}
          rows={sortRows(jobRows, jobColumns, sort.sort, sort.dir, NOW)}
          allNamespaces={false}
          now={NOW}
          sort={{ column: sort.sort, dir: sort.dir }}
          onSort={(c) => setSort(nextSort(sort, c))}
        />
      );
    }
    render(
      <Grommet theme={theme}>
        <Sorted />
      </Grommet>,
    );
    const names = () => screen.getAllByTestId('resource-name').map((n) => n.textContent);
    fireEvent.click(within(screen.getByRole('table')).getByText('DURATION'));
    expect(names()).toEqual(['quick', 'running', 'long']);
    expect(screen.getAllByRole('columnheader')[1].getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(screen.getByRole('table')).getByText('DURATION'));
    expect(names()).toEqual(['long', 'running', 'quick']);
    expect(screen.getAllByRole('columnheader')[1].getAttribute('aria-sort')).toBe('descending');
  });

  it('renders only the rows in view: 10,000 rows put about a window of them in the DOM', () => {
    const many: ResourceRow[] = Array.from({ length: 10_000 }, (_, i) => ({
      name: `pod-${i}`, namespace: 'load', cells: [`pod-${i}`, 'load', '1/1', 'Running', 0, '2026-03-10T11:00:00Z', '10.0.0.1'], labels: {},
    }));
    render(
      <Grommet theme={theme}>
        <ResourceTable columns={columns} rows={many} allNamespaces={false} now={NOW} />
      </Grommet>,
    );
    const table = screen.getByRole('table');
    expect(table.getAttribute('aria-rowcount')).toBe('10001');
    const rendered = within(table).getAllByRole('row').length - 1; // minus the header row
    // An 800 px window of 40 px rows is 20 rows, plus the overscan on each side.
    expect(rendered).toBeGreaterThanOrEqual(20);
    expect(rendered).toBeLessThan(60);
    expect(screen.getByText('pod-0')).toBeTruthy();
    expect(screen.queryByText('pod-9999')).toBeNull();
  });

  it('links names to their selection and marks the selected row', () => {
    render(
      <MemoryRouter>
        <Grommet theme={theme}>
          <ResourceTable
            columns={columns}
            rows={rows}
            allNamespaces
            now={NOW}
            rowHref={(r) => `/k/pods/${r.namespace}/${r.name}`}
            selectedKey="shop/db-0"
          />
        </Grommet>
      </MemoryRouter>,
    );
    expect(screen.getByText('db-0').closest('a')?.getAttribute('href')).toBe('/k/pods/shop/db-0');
    expect(screen.getByText('db-0').closest('[role="row"]')?.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByText('web-7d4b9c-abcde').closest('[role="row"]')?.getAttribute('aria-selected')).toBeNull();
  });

  it('isolates a plugin column that throws: its cells say so, the rest of the row shows', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const extraColumns = [
      { id: 'cost', resourceName: 'pods', header: 'Cost', render: (r: { name: string }) => { if (r.name === 'db-0') throw new Error('no price'); return <span>$1</span>; } },
    ];
    render(
      <Grommet theme={theme}>
        <ResourceTable columns={columns} rows={rows} allNamespaces now={NOW} extraColumns={extraColumns} />
      </Grommet>,
    );
    expect(headerTexts()).toContain('COST');
    expect(screen.getByText('$1')).toBeTruthy();
    const failed = screen.getByTestId('slot-error');
    expect(failed.textContent).toBe('cost failed');
    expect(failed.getAttribute('title')).toBe('no price');
    expect(screen.getByText('CrashLoopBackOff')).toBeTruthy();
  });
});
