import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './hash-route';

describe('hash route', () => {
  it('defaults to pods in all namespaces', () => {
    expect(parseHash('')).toEqual({ resourceName: 'pods', namespace: '', page: '' });
    expect(parseHash('#/')).toEqual({ resourceName: 'pods', namespace: '', page: '' });
    expect(parseHash('#/resources/')).toEqual({ resourceName: 'pods', namespace: '', page: '' });
  });

  it('round-trips kind and namespace', () => {
    const r = { resourceName: 'deployments.apps', namespace: 'shop', page: '' };
    expect(formatHash(r)).toBe('#/resources/deployments.apps?namespace=shop');
    expect(parseHash(formatHash(r))).toEqual(r);
    expect(formatHash({ resourceName: 'nodes', namespace: '', page: '' })).toBe('#/resources/nodes');
  });

  it('treats other paths as plugin pages, keeping the namespace', () => {
    expect(parseHash('#/charts/upload?namespace=shop')).toEqual({ resourceName: 'pods', namespace: 'shop', page: 'charts/upload' });
    expect(formatHash({ resourceName: 'pods', namespace: 'shop', page: 'charts/upload' })).toBe('#/charts/upload?namespace=shop');
  });
});
