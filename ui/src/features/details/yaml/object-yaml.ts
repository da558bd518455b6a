import { stringify } from 'yaml';

export type KubeObject = Record<string, unknown>;

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A core v1 Secret (the only kind whose values the UI must never show). */
export function isSecret(o: KubeObject): boolean {
  return o.kind === 'Secret' && (o.apiVersion === 'v1' || o.apiVersion === undefined);
}

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/**
 * A Secret as the UI may show it: `data`/`stringData` replaced by their key names. The server
 * already answers Secrets this way (`dataKeys`); this is a second guard so that no code path of
 * the UI can put a value on screen even if an answer ever carried one.
 */
export function redactSecret(o: KubeObject): KubeObject {
  if (!isSecret(o)) return o;
  const out: KubeObject = { ...o };
  for (const [field, keysField] of [['data', 'dataKeys'], ['stringData', 'stringDataKeys']] as const) {
    if (field in out) {
      const values = out[field];
      delete out[field];
      const keys = isMap(values) ? Object.keys(values).sort() : [];
      const known = Array.isArray(out[keysField]) ? (out[keysField] as unknown[]).map(String) : [];
      out[keysField] = [...new Set([...known, ...keys])].sort();
    }
  }
  if (isMap(out.metadata) && isMap(out.metadata.annotations) && LAST_APPLIED in out.metadata.annotations) {
    const annotations = { ...out.metadata.annotations };
    delete annotations[LAST_APPLIED];
    out.metadata = { ...out.metadata, annotations };
  }
  return out;
}

/** The object as the YAML view shows it (Secrets redacted). */
export function toYaml(o: KubeObject): string {
  return stringify(redactSecret(o), { lineWidth: 0, aliasDuplicateObjects: false });
}

const SERVER_OWNED_METADATA = ['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'managedFields', 'selfLink'];

/**
 * What the editor starts from: the object without what the server owns (status, uid,
 * resourceVersion, ...), so that applying it back changes nothing. For a Secret the key names
 * are not sent back (`dataKeys` is no field of a Secret): values are write-only, set through
 * `stringData`.
 */
export function editableObject(o: KubeObject): KubeObject {
  const out: KubeObject = { ...redactSecret(o) };
  delete out.status;
  if (isMap(out.metadata)) {
    const metadata = { ...out.metadata };
    for (const k of SERVER_OWNED_METADATA) delete metadata[k];
    out.metadata = metadata;
  }
  if (isSecret(out)) {
    delete out.dataKeys;
    delete out.stringDataKeys;
  }
  return out;
}

/** The editor's starting text; for a Secret a comment saying which keys exist and how to set values. */
export function editableYaml(o: KubeObject): string {
  const text = stringify(editableObject(o), { lineWidth: 0, aliasDuplicateObjects: false });
  if (!isSecret(o)) return text;
  const keys = Array.isArray(redactSecret(o).dataKeys) ? (redactSecret(o).dataKeys as unknown[]).map(String) : [];
  return (
    `# Secret values are write-only: they are never shown. Existing keys: ${keys.join(', ') || '(none)'}.\n`
    + '# To set or replace a value, add it under stringData (plain text), e.g.\n# stringData:\n#   password: new-value\n'
    + text
  );
}
