import { diffLines } from 'diff';
import { stringify } from 'yaml';
import { editableObject, type KubeObject } from './object-yaml';
import { fieldCauses, lineOfField } from './field-lines';

export interface DiffLine {
  kind: 'added' | 'removed' | 'same';
  text: string;
}

/**
 * What an apply would change: the object now against the dry run's answer, both as the editor
 * shows objects (no status, no server-owned metadata, Secrets by key name). Unchanged runs longer
 * than `context` lines on either side of a change are folded into one `…` line.
 */
export function applyDiff(current: KubeObject, dryRun: KubeObject, context = 3): DiffLine[] {
  const text = (o: KubeObject) => stringify(editableObject(o), { lineWidth: 0, aliasDuplicateObjects: false });
  const lines: DiffLine[] = [];
  for (const part of diffLines(text(current), text(dryRun))) {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    for (const t of part.value.replace(/\n$/, '').split('\n')) lines.push({ kind, text: t });
  }
  const near = lines.map((_, i) => lines.slice(Math.max(0, i - context), i + context + 1).some((l) => l.kind !== 'same'));
  const out: DiffLine[] = [];
  lines.forEach((l, i) => {
    if (near[i]) out.push(l);
    else if (out.length === 0 || out[out.length - 1].text !== '…' || out[out.length - 1].kind !== 'same') out.push({ kind: 'same', text: '…' });
  });
  return out;
}

export function hasChanges(diff: DiffLine[]): boolean {
  return diff.some((l) => l.kind !== 'same');
}

export interface LineProblem {
  /** 1-based line in the edited text; undefined when the field is not written in it. */
  line?: number;
  field: string;
  message: string;
}

/** The API server's validation errors of a rejected apply, each at the line of the field it names. */
export function problemsAtLines(text: string, error: unknown): LineProblem[] {
  return fieldCauses(error).map((c) => ({ ...c, line: lineOfField(text, c.field)?.line }));
}
