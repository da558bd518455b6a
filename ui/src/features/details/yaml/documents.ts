import { parseAllDocuments, stringify } from 'yaml';

export interface YamlDocument {
  index: number;
  /** 1-based line where the document starts in the whole text. */
  startLine: number;
  text: string;
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
  /** A YAML syntax error or a missing field; the document is not sent. */
  error?: string;
}

/** Splits a multi-document YAML text (`---`) into documents, each with what is needed to send it. */
export function splitDocuments(source: string): YamlDocument[] {
  const docs = parseAllDocuments(source);
  const list = Array.isArray(docs) ? docs : [];
  const out: YamlDocument[] = [];
  for (const doc of list) {
    if (doc.errors.length === 0 && (doc.toJS() ?? null) === null) continue; // an empty document between separators
    // The content's first line (doc.range starts at the `---` marker).
    const start = doc.contents?.range?.[0] ?? doc.range[0];
    const startLine = source.slice(0, start).split('\n').length;
    const base = { index: out.length, startLine, text: '', apiVersion: '', kind: '', name: '' };
    if (doc.errors.length > 0) {
      out.push({ ...base, error: doc.errors[0].message });
      continue;
    }
    const value = doc.toJS() as Record<string, unknown> | null;
    const metadata = (value?.metadata ?? {}) as Record<string, unknown>;
    const d: YamlDocument = {
      ...base,
      text: stringify(value),
      apiVersion: String(value?.apiVersion ?? ''),
      kind: String(value?.kind ?? ''),
      name: String(metadata.name ?? metadata.generateName ?? ''),
      namespace: metadata.namespace === undefined ? undefined : String(metadata.namespace),
    };
    if (!d.apiVersion || !d.kind) d.error = 'apiVersion and kind are required';
    else if (!d.name) d.error = 'metadata.name is required';
    out.push(d);
  }
  return out;
}
