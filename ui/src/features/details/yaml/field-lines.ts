import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { ApiError } from '../../../api/problem';

/** A field path as the API server names it: `spec.template.spec.containers[0].image`. */
export function pathSegments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]|\[([^\]]*)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path)) !== null) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined) out.push(m[3]);
  }
  return out;
}

export interface FieldLine {
  /** 1-based line of the deepest part of the path found in the text. */
  line: number;
  /** Whether the whole path was found (else `line` is its closest ancestor). */
  exact: boolean;
}

/**
 * The line of `text` (one YAML document) where the field `path` is written, or its nearest
 * written ancestor (a missing required field is reported at its parent). Undefined when not even
 * the first segment is in the text.
 */
export function lineOfField(text: string, path: string): FieldLine | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, keepSourceTokens: false });
  let node: unknown = doc.contents;
  let found: number | undefined;
  const segments = pathSegments(path);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    let next: unknown;
    let at: number | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
      if (pair) {
        next = pair.value;
        at = (pair.key as Node | null)?.range?.[0];
      }
    } else if (isSeq(node) && typeof seg === 'number') {
      next = node.items[seg];
      at = (next as Node | undefined)?.range?.[0];
    }
    if (at === undefined) {
      return found === undefined ? undefined : { line: counter.linePos(found).line, exact: false };
    }
    found = at;
    node = next;
  }
  return found === undefined ? undefined : { line: counter.linePos(found).line, exact: true };
}

export interface FieldCause {
  field: string;
  message: string;
}

const CAUSE = /([A-Za-z][\w-]*(?:(?:\.[\w-]+)|(?:\[[^\]]*\]))*): ((?:Invalid value|Required value|Unsupported value|Duplicate value|Forbidden|Not found|Too long|Too many|Internal error)[^,\]]*)/g;

/**
 * The fields a rejected write names: the problem's `field` and every `path: Reason...` the API
 * server listed in its message (`Deployment.apps "web" is invalid: [spec.replicas: Invalid value: -1: ...]`).
 */
export function fieldCauses(error: unknown): FieldCause[] {
  if (!(error instanceof ApiError)) return [];
  const out: FieldCause[] = [];
  const detail = error.detail ?? '';
  let m: RegExpExecArray | null;
  CAUSE.lastIndex = 0;
  while ((m = CAUSE.exec(detail)) !== null) out.push({ field: m[1], message: m[2].trim() });
  if (error.field && !out.some((c) => c.field === error.field)) out.unshift({ field: error.field, message: detail || error.title });
  return out;
}
