import { describe, expect, it } from 'vitest';
import type { CellValue, ColumnType } from '../api/types';
import { compareKeys, ipv4Value, quantityValue, sortByKey, sortKey } from './sorting';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const sorted = (values: CellValue[], type: ColumnType, dir: 'asc' | 'desc' = 'asc') =>
  sortByKey(values, (v) => sortKey(v, type, NOW), dir);

describe('sorting by column type', () => {
  it('sorts ages by timestamp, not by their text', () => {
    const fiveMin = '2026-03-10T11:55:00Z';
    const tenHours = '2026-03-10T02:00:00Z';
    const threeDays = '2026-03-07T12:00:00Z';
    // As text "10h" < "3d" < "5m"; by age: 5m, 10h, 3d.
    expect(sorted([threeDays, fiveMin, tenHours], 'DATE')).toEqual([fiveMin, tenHours, threeDays]);
    expect(sorted([threeDays, fiveMin, tenHours], 'DATE', 'desc')).toEqual([threeDays, tenHours, fiveMin]);
  });

  it('sorts IPv4 addresses numerically', () => {
    expect(sorted(['10.0.0.10', '10.0.0.9', '9.255.0.1', '10.0.1.0'], 'STRING')).toEqual(['9.255.0.1', '10.0.0.9', '10.0.0.10', '10.0.1.0']);
    expect(ipv4Value('10.0.0.256')).toBeUndefined();
  });

  it('sorts quantities by value', () => {
    expect(sorted(['1Gi', '512Mi', '2G', '100m', '1'], 'STRING')).toEqual(['100m', '1', '512Mi', '1Gi', '2G']);
    expect(quantityValue('1.5Ki')).toBe(1536);
    expect(quantityValue('web')).toBeUndefined();
  });

  it('sorts other text naturally and numbers numerically', () => {
    expect(sorted(['web-10', 'web-2', 'Web-1'], 'STRING')).toEqual(['Web-1', 'web-2', 'web-10']);
    expect(sorted([10, 9, 100], 'INTEGER')).toEqual([9, 10, 100]);
  });

  it('puts empty cells last in both directions and keeps ties in incoming order', () => {
    expect(sorted([null, 3, '<none>', 1], 'INTEGER')).toEqual([1, 3, null, '<none>']);
    expect(sorted([null, 3, 1], 'INTEGER', 'desc')).toEqual([3, 1, null]);
    const rows = [{ n: 'a', v: 1 }, { n: 'b', v: 0 }, { n: 'c', v: 1 }];
    expect(sortByKey(rows, (r) => r.v, 'desc').map((r) => r.n)).toEqual(['a', 'c', 'b']);
    expect(compareKeys(1, 'x', 'asc')).toBeLessThan(0);
  });

  it('sorts running and finished durations by length', () => {
    expect(sorted(['2026-03-10T11:59:00Z/', '2026-03-10T08:00:00Z/2026-03-10T08:00:05Z'], 'DURATION')).toEqual([
      '2026-03-10T08:00:00Z/2026-03-10T08:00:05Z',
      '2026-03-10T11:59:00Z/',
    ]);
  });
});
