import { describe, expect, it } from 'vitest';
import { editableObject, editableYaml, redactSecret, toYaml } from './object-yaml';

const secret = {
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: {
    name: 'db',
    namespace: 'shop',
    resourceVersion: '7',
    annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{"data":{"password":"c2VjcmV0"}}', team: 'a' },
  },
  type: 'Opaque',
  data: { password: 'c2VjcmV0', user: 'YWRtaW4=' },
  stringData: { token: 'plain-token' },
};

describe('Secret redaction', () => {
  it('never puts a value in the YAML view, only key names', () => {
    const yaml = toYaml(secret);
    expect(yaml).not.toContain('c2VjcmV0');
    expect(yaml).not.toContain('YWRtaW4=');
    expect(yaml).not.toContain('plain-token');
    expect(yaml).toContain('dataKeys:\n  - password\n  - user');
    expect(yaml).toContain('stringDataKeys:\n  - token');
    expect(yaml).toContain('team: a');
  });

  it('keeps the key names the server already sent', () => {
    const served = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db' }, dataKeys: ['a', 'b'] };
    expect(redactSecret(served)).toEqual(served);
  });

  it('leaves other kinds alone, ConfigMap data included', () => {
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { k: 'v' } };
    expect(toYaml(cm)).toContain('k: v');
  });

  it('starts the editor without values, with the key names in a comment', () => {
    const text = editableYaml(secret);
    expect(text).not.toContain('c2VjcmV0');
    expect(text).not.toContain('plain-token');
    expect(text).toContain('Existing keys: password, user');
    expect(text).not.toContain('dataKeys');
  });
});

describe('editableObject', () => {
  it('drops what the server owns so applying it back changes nothing', () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', uid: 'u', resourceVersion: '1', managedFields: [], labels: { a: 'b' } }, spec: {}, status: { phase: 'Running' } };
    expect(editableObject(pod)).toEqual({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', labels: { a: 'b' } }, spec: {} });
  });
});
