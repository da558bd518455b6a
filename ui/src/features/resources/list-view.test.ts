import { describe, expect, it } from 'vitest';
import type { ColumnDef, ResourceRow } from '../../api/types';
import { filterRows, nextSort, rowStatus, sortRows, statusesOf } from './list-view';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const columns: ColumnDef[] = [
  { name: 'Name', type: 'STRING', priority: 0 },
  { name: 'Status', type: 'STRING', priority: 0 },
  { name: 'Age', type: 'DATE', priority: 0 },
  { name: 'IP', type: 'STRING', priority: 1 },
];
const row = (name: string, status: string, created: string, ip: string): ResourceRow => ({
  name, namespace: 'shop', cells: [name, status, created, ip], labels: {},
});
const rows = [
  row('web-10', 'Running', '2026-03-10T11:00:00Z', '10.0.0.10'),
  row('web-2', 'Pending', '2026-03-10T11:59:00Z', '10.0.0.9'),
  row('db-0', 'running', '2026-03-01T00:00:00Z', '9.255.0.1'),
];
const names = (rs: readonly ResourceRow[]) => rs.map((r) => r.name);

describe('list view', () => {
  it('filters by name and by status, both ignoring case', () => {
    expect(names(filterRows(rows, columns, { name: 'WEB', status: '' }))).toEqual(['web-10', 'web-2']);
    expect(names(filterRows(rows, columns, { name: '', status: 'Running' }))).toEqual(['web-10', 'db-0']);
    expect(names(filterRows(rows, columns, { name: 'web', status: 'running' }))).toEqual(['web-10']);
    expect(filterRows(rows, columns, { name: ' ', status: '' })).toBe(rows);
  });

  it('reads the status from the Status cell, else from the row', () => {
    expect(rowStatus(rows[1], columns)).toBe('Pending');
    expect(rowStatus({ name: 'x', cells: ['x'], labels: {}, status: 'Bound' }, [columns[0]])).toBe('Bound');
    expect(statusesOf(rows, columns)).toEqual(['Pending', 'running', 'Running']);
  });

  it('sorts by the column type: ages by timestamp, IPs by number, names naturally', () => {
    expect(names(sortRows(rows, columns, 'Age', 'asc', NOW))).toEqual(['web-2', 'web-10', 'db-0']);
    expect(names(sortRows(rows, columns, 'age', 'desc', NOW))).toEqual(['db-0', 'web-10', 'web-2']);
    expect(names(sortRows(rows, columns, 'IP', 'asc', NOW))).toEqual(['db-0', 'web-2', 'web-10']);
    expect(names(sortRows(rows, columns, 'Name', 'asc', NOW))).toEqual(['db-0', 'web-2', 'web-10']);
    expect(sortRows(rows, columns, 'nosuch', 'asc', NOW)).toBe(rows);
  });

  it('flips the direction on the same column and starts ascending on another', () => {
    expect(nextSort({ sort: 'Age', dir: 'asc' }, 'Age')).toEqual({ sort: 'Age', dir: 'desc' });
    expect(nextSort({ sort: 'Age', dir: 'desc' }, 'Name')).toEqual({ sort: 'Name', dir: 'asc' });
  });
});
