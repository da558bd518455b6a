import { yaml } from '@codemirror/lang-yaml';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { Box, Button, Text } from 'grommet';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { KubeObject } from '../../../api/resource-object';
import { applyYaml } from '../api/apply-object';
import { applyDiff, hasChanges, problemsAtLines, type DiffLine, type LineProblem } from '../yaml/edit-model';
import { editableYaml, isSecret, toYaml } from '../yaml/object-yaml';
import { describeError } from './describe';

export interface YamlViewProps {
  object: KubeObject;
  resourceName: string;
  namespace?: string;
  name: string;
  /** Whether the user may apply changes (the batch access check); undefined while asked. */
  canEdit?: boolean;
  /** Why editing is not offered, shown on the disabled button. */
  editRefusal?: string;
  /** After an apply: the page reads the object again. */
  onApplied?: () => void;
}

/**
 * The object as YAML in CodeMirror (this module and its imports are a lazy chunk). Read-only and
 * live by default: a newer object replaces the text in place. "Edit" (for users allowed to) opens
 * an editor on the object without what the server owns; "Review changes" sends it as a dry-run
 * server-side apply and shows the diff; "Apply" sends it for real. The API server's validation
 * errors are shown at the lines of the fields they name. Secrets: key names only, values never
 * shown (new values go in as stringData, write-only).
 */
export default function YamlView(props: YamlViewProps) {
  const [editing, setEditing] = useState(false);
  return editing
    ? <YamlEditor {...props} onDone={(applied) => { setEditing(false); if (applied) props.onApplied?.(); }} />
    : <ReadOnlyYaml {...props} onEdit={() => setEditing(true)} />;
}

function ReadOnlyYaml({ object, canEdit, editRefusal, onEdit }: YamlViewProps & { onEdit: () => void }) {
  const text = useMemo(() => toYaml(object), [object]);
  const { host, view } = useEditor(text, [EditorState.readOnly.of(true), EditorView.editable.of(false)]);
  useEffect(() => {
    const v = view.current;
    if (!v || v.state.doc.toString() === text) return;
    v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: text } });
  }, [text, view]);
  return (
    <Box gap="xsmall">
      <Box direction="row" gap="small" align="center" wrap>
        <Button
          label="Edit"
          secondary
          size="small"
          disabled={canEdit !== true}
          onClick={onEdit}
          tip={canEdit === false && editRefusal ? editRefusal : undefined}
          a11yTitle={canEdit === false && editRefusal ? `Edit (not allowed: ${editRefusal})` : 'Edit as YAML'}
        />
        {canEdit === false && editRefusal && <Text size="xsmall" color="text-weak" data-testid="edit-refusal">{editRefusal}</Text>}
      </Box>
      {isSecret(object) && <Text size="small" color="text-weak">Secret values are never shown: only the names of its keys.</Text>}
      <Box ref={host} data-testid="yaml-view" aria-label="YAML" border={{ color: 'border-weak' }} round="xsmall" style={{ fontSize: 13 }} />
    </Box>
  );
}

type Stage =
  | { step: 'editing' }
  | { step: 'checking' }
  | { step: 'reviewed'; diff: DiffLine[]; text: string }
  | { step: 'applying'; diff: DiffLine[]; text: string }
  | { step: 'failed'; problems: LineProblem[]; message: string };

function YamlEditor({ object, resourceName, namespace, name, onDone }: YamlViewProps & { onDone: (applied: boolean) => void }) {
  const initial = useMemo(() => editableYaml(object), []); // eslint-disable-line react-hooks/exhaustive-deps
  const [stage, setStage] = useState<Stage>({ step: 'editing' });
  const { host, view } = useEditor(initial, [
    lintGutter(),
    // Any edit makes an earlier review stale: it has to be checked again before it is applied.
    EditorView.updateListener.of((u) => {
      if (u.docChanged) setStage((s) => (s.step === 'reviewed' || s.step === 'failed' ? { step: 'editing' } : s));
    }),
  ]);
  const text = () => view.current?.state.doc.toString() ?? initial;
  const showProblems = (t: string, error: unknown) => {
    const problems = problemsAtLines(t, error);
    const v = view.current;
    if (v) {
      const diagnostics: Diagnostic[] = problems.filter((p) => p.line !== undefined).map((p) => {
        const line = v.state.doc.line(Math.min(p.line!, v.state.doc.lines));
        return { from: line.from, to: line.to, severity: 'error', message: `${p.field}: ${p.message}` };
      });
      v.dispatch(setDiagnostics(v.state, diagnostics));
    }
    setStage({ step: 'failed', problems, message: describeError(error) });
  };
  const review = async () => {
    const t = text();
    setStage({ step: 'checking' });
    try {
      const after = await applyYaml(resourceName, namespace, name, t, true);
      if (view.current) view.current.dispatch(setDiagnostics(view.current.state, []));
      setStage({ step: 'reviewed', diff: applyDiff(object, after), text: t });
    } catch (e) {
      showProblems(t, e);
    }
  };
  const apply = async (t: string, diff: DiffLine[]) => {
    setStage({ step: 'applying', diff, text: t });
    try {
      await applyYaml(resourceName, namespace, name, t, false);
      onDone(true);
    } catch (e) {
      showProblems(t, e);
    }
  };
  return (
    <Box gap="xsmall" data-testid="yaml-editor">
      <Text size="small" color="text-weak">
        Editing {name}: changes are sent as a server-side apply. Review them (a dry run) before applying.
      </Text>
      <Box ref={host} data-testid="yaml-edit" aria-label="YAML editor" border={{ color: 'border-weak' }} round="xsmall" style={{ fontSize: 13 }} />
      <Box direction="row" gap="small" wrap>
        <Button label={stage.step === 'checking' ? 'Checking…' : 'Review changes'} primary={stage.step !== 'reviewed'} size="small"
          disabled={stage.step === 'checking' || stage.step === 'applying'} onClick={review} />
        {(stage.step === 'reviewed' || stage.step === 'applying') && (
          <Button label={stage.step === 'applying' ? 'Applying…' : 'Apply'} primary size="small"
            disabled={stage.step === 'applying' || !hasChanges(stage.diff)} onClick={() => apply(stage.text, stage.diff)} />
        )}
        <Button label="Cancel" size="small" onClick={() => onDone(false)} />
      </Box>
      {(stage.step === 'reviewed' || stage.step === 'applying') && (
        hasChanges(stage.diff) ? (
          <Box as="pre" data-testid="yaml-diff" margin="none" pad="xsmall" border={{ color: 'border-weak' }} round="xsmall" style={{ fontSize: 12, overflowX: 'auto' }}>
            {stage.diff.map((l, i) => (
              <Text key={i} as="div" size="xsmall" color={l.kind === 'added' ? 'status-ok' : l.kind === 'removed' ? 'status-critical' : 'text-weak'}
                style={{ fontFamily: 'monospace', whiteSpace: 'pre' }}>
                {l.kind === 'added' ? '+ ' : l.kind === 'removed' ? '- ' : '  '}{l.text}
              </Text>
            ))}
          </Box>
        ) : <Text size="small" data-testid="yaml-diff-none">The dry run changes nothing.</Text>
      )}
      {stage.step === 'failed' && (
        <Box data-testid="yaml-problems" pad="xsmall" round="xsmall" background="validation-critical" gap="xxsmall">
          <Text size="small" weight="bold">{stage.message}</Text>
          {stage.problems.map((p) => (
            <Text key={`${p.field}-${p.message}`} size="small">
              {p.line !== undefined ? `Line ${p.line}: ` : ''}{p.field}: {p.message}
            </Text>
          ))}
        </Box>
      )}
    </Box>
  );
}

/** One CodeMirror editor on `doc` for the component's life, YAML highlighting and line wrapping included. */
function useEditor(doc: string, extensions: Extension[]) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  useEffect(() => {
    if (!host.current) return undefined;
    const v = new EditorView({
      parent: host.current,
      state: EditorState.create({ doc, extensions: [basicSetup, yaml(), EditorView.lineWrapping, ...extensions] }),
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  return { host, view };
}
