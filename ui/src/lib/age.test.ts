import { describe, expect, it } from 'vitest';
import { formatAge, formatSpan } from './age';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();
const S = 1000, M = 60 * S, H = 60 * M, D = 24 * H;

describe('formatAge (kubectl AGE column)', () => {
  it.each([
    [0, '0s'],
    [45 * S, '45s'],
    [119 * S, '119s'],
    [5 * M, '5m'],
    [3 * M + 20 * S, '3m20s'],
    [42 * M, '42m'],
    [179 * M, '179m'],
    [3 * H, '3h'],
    [5 * H + 30 * M, '5h30m'],
    [20 * H, '20h'],
    [47 * H, '47h'],
    [2 * D, '2d'],
    [3 * D + 4 * H, '3d4h'],
    [30 * D, '30d'],
    [800 * D, '2y70d'],
    [9 * 365 * D, '9y'],
  ])('%i ms ago is %s', (ms, expected) => {
    expect(formatAge(ago(ms), NOW)).toBe(expected);
  });

  it('shows 0s, never <invalid>, for an object created "after now" by a browser clock behind the server', () => {
    expect(formatAge(new Date(NOW + 500).toISOString(), NOW)).toBe('0s');
    expect(formatAge(new Date(NOW + 5 * S).toISOString(), NOW)).toBe('0s');
    expect(formatAge(new Date(NOW + 3 * D).toISOString(), NOW)).toBe('0s');
    expect(formatSpan(`${new Date(NOW + 5 * S).toISOString()}/`, NOW)).toBe('0s');
  });

  it('accepts epoch millis and Date, and returns empty for missing or garbage', () => {
    expect(formatAge(NOW - 5 * M, NOW)).toBe('5m');
    expect(formatAge(new Date(NOW - 2 * D), NOW)).toBe('2d');
    expect(formatAge(undefined, NOW)).toBe('');
    expect(formatAge('', NOW)).toBe('');
    expect(formatAge('not a date', NOW)).toBe('');
  });
});

describe('formatSpan (kubectl DURATION column, e.g. a Job)', () => {
  it('shows the length of an ended span whatever the time now', () => {
    const span = '2026-03-10T10:00:00Z/2026-03-10T10:03:20Z';
    expect(formatSpan(span, NOW)).toBe('3m20s');
    expect(formatSpan(span, NOW + 5 * D)).toBe('3m20s');
  });

  it('measures an open span (still running) up to now, so it keeps counting', () => {
    const running = new Date(NOW - 45 * S).toISOString() + '/';
    expect(formatSpan(running, NOW)).toBe('45s');
    expect(formatSpan(running, NOW + 3 * M)).toBe('3m45s');
    expect(formatSpan(running, NOW + 2 * D)).toBe('2d');
  });

  it('returns empty for what is not a span', () => {
    expect(formatSpan(null, NOW)).toBe('');
    expect(formatSpan('', NOW)).toBe('');
    expect(formatSpan('Running', NOW)).toBe('');
    expect(formatSpan('soon/later', NOW)).toBe('');
    expect(formatSpan(42, NOW)).toBe('');
  });
});
