import { describe, expect, it } from 'vitest';
import { mergeSafetyPoll } from './safety-poll';
import type { ResourceList, ResourceRow } from './types';

const columns = [{ name: 'Name', type: 'STRING' as const, priority: 0 }];
const row = (i: number, status = 'Running'): ResourceRow => {
  const name = `pod-${String(i).padStart(5, '0')}`;
  return { name, namespace: 'load', cells: [name], status, labels: {} };
};
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => row(from + i));
const list = (rows: ResourceRow[], continueToken = '', live?: boolean): ResourceList => ({
  kind: 'Pod', columns, rows, continueToken, resourceVersion: '1', live,
});

describe('mergeSafetyPoll', () => {
  it('keeps a live 2,000-row list whole when the poll brings its first 500 rows', () => {
    const live = list(range(0, 2000), '', true);
    const polled = list(range(0, 500), 'next-page-token');
    const merged = mergeSafetyPoll(live, polled);
    expect(merged.rows).toHaveLength(2000);
    expect(merged.continueToken).toBe('');
    expect(merged.live).toBe(true);
    expect(merged.rows.map((r) => r.name)).toEqual(range(0, 2000).map((r) => r.name));
  });

  it('takes the polled page as the truth for its range: updates, additions and deletions there', () => {
    const live = list(range(0, 2000), '', true);
    const page = range(0, 500).filter((r) => r.name !== 'pod-00007'); // deleted while the socket missed it
    page[3] = row(3, 'Failed'); // updated
    const polled = list(page, 'next');
    const merged = mergeSafetyPoll(live, polled);
    expect(merged.rows.find((r) => r.name === 'pod-00007')).toBeUndefined();
    expect(merged.rows.find((r) => r.name === 'pod-00003')?.status).toBe('Failed');
    expect(merged.rows).toHaveLength(1999);
  });

  it('takes a poll of a list that is not live, or a complete poll, as it came', () => {
    const polled = list(range(0, 500), 'next');
    expect(mergeSafetyPoll(list(range(0, 2000), ''), polled)).toBe(polled);
    expect(mergeSafetyPoll(undefined, polled)).toBe(polled);
    const whole = list(range(0, 10));
    expect(mergeSafetyPoll(list(range(0, 2000), '', true), whole)).toBe(whole);
  });
});
