import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './hash-route';

describe('hash route', () => {
  it('defaults to pods in all namespaces', () => {
    expect(parseHash('')).toEqual({ resourceName: 'pods', namespace: '' });
    expect(parseHash('#/something-else')).toEqual({ resourceName: 'pods', namespace: '' });
  });

  it('round-trips kind and namespace', () => {
    const r = { resourceName: 'deployments.apps', namespace: 'shop' };
    expect(formatHash(r)).toBe('#/resources/deployments.apps?namespace=shop');
    expect(parseHash(formatHash(r))).toEqual(r);
    expect(formatHash({ resourceName: 'nodes', namespace: '' })).toBe('#/resources/nodes');
  });
});
