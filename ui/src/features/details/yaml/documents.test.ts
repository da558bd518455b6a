import { describe, expect, it } from 'vitest';
import { splitDocuments } from './documents';

describe('splitDocuments', () => {
  it('splits several documents and says where each starts', () => {
    const text = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: a, namespace: team-a}',
      '---',
      '',
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      '---',
      'kind: Service',
      'metadata: {name: s}',
      '---',
      'a: [unclosed',
    ].join('\n');
    const docs = splitDocuments(text);
    expect(docs.map((d) => [d.kind, d.name, d.namespace, d.startLine, d.error !== undefined])).toEqual([
      ['ConfigMap', 'a', 'team-a', 1, false],
      ['Deployment', 'web', undefined, 7, false],
      ['Service', 's', undefined, 12, true],
      ['', '', undefined, 15, true],
    ]);
    expect(docs[2].error).toBe('apiVersion and kind are required');
  });
});
