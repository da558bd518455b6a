import { yaml } from '@codemirror/lang-yaml';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { Box, Text } from 'grommet';
import { useEffect, useMemo, useRef } from 'react';
import type { KubeObject } from '../../../api/resource-object';
import { isSecret, toYaml } from '../yaml/object-yaml';

/**
 * The object as YAML, read-only, in CodeMirror (this module and its imports are a lazy chunk).
 * A newer object replaces the text in place, so the view stays live while open. Secrets are
 * redacted by toYaml: key names only, never values.
 */
export default function YamlView({ object }: { object: KubeObject }) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const text = useMemo(() => toYaml(object), [object]);

  useEffect(() => {
    if (!host.current) return undefined;
    const v = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: text,
        extensions: [basicSetup, yaml(), EditorState.readOnly.of(true), EditorView.editable.of(false), EditorView.lineWrapping],
      }),
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
    // Created once; later texts are dispatched below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const v = view.current;
    if (!v || v.state.doc.toString() === text) return;
    v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: text } });
  }, [text]);

  return (
    <Box gap="xsmall">
      {isSecret(object) && (
        <Text size="small" color="text-weak">Secret values are never shown: only the names of its keys.</Text>
      )}
      <Box ref={host} data-testid="yaml-view" aria-label="YAML" border={{ color: 'border-weak' }} round="xsmall" style={{ fontSize: 13 }} />
    </Box>
  );
}
