import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/problem';
import { applyDiff, hasChanges, problemsAtLines } from './edit-model';

const deploy = (replicas: number, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop', uid: 'u', resourceVersion: String(replicas), labels: { a: '1', b: '2', c: '3', d: '4', e: '5' } },
  spec: { replicas, selector: { matchLabels: { app: 'web' } } },
  status: { readyReplicas: 1 },
  ...extra,
});

describe('edit model', () => {
  it('diffs what an apply changes, not what the server owns, with folded context', () => {
    const diff = applyDiff(deploy(1), deploy(3), 1);
    expect(diff.filter((l) => l.kind !== 'same')).toEqual([
      { kind: 'removed', text: '  replicas: 1' },
      { kind: 'added', text: '  replicas: 3' },
    ]);
    expect(diff[0]).toEqual({ kind: 'same', text: '…' });
    expect(hasChanges(diff)).toBe(true);
    // resourceVersion and status differ, yet nothing the user wrote changed.
    expect(hasChanges(applyDiff(deploy(2), { ...deploy(2), metadata: { ...deploy(2).metadata, resourceVersion: '9' }, status: {} }))).toBe(false);
  });

  it('never diffs a Secret\'s values', () => {
    const secret = (v: string) => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { password: v } });
    const diff = applyDiff(secret('b2xk'), secret('bmV3'));
    expect(diff.map((l) => l.text).join('\n')).not.toMatch(/b2xk|bmV3/);
  });

  it('places the API server\'s validation errors at their lines', () => {
    const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: -1\n';
    const error = new ApiError({
      status: 422, title: 'Invalid',
      detail: 'Deployment.apps "web" is invalid: [spec.replicas: Invalid value: -1: must be greater than or equal to 0, spec.template.metadata.labels: Invalid value: null: `selector` does not match template `labels`]',
    });
    expect(problemsAtLines(text, error)).toEqual([
      { field: 'spec.replicas', message: 'Invalid value: -1: must be greater than or equal to 0', line: 6 },
      { field: 'spec.template.metadata.labels', message: 'Invalid value: null: `selector` does not match template `labels`', line: 5 },
    ]);
  });
});
