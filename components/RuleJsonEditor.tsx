import { useEffect, useRef } from 'react';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { json, jsonLanguage, jsonParseLinter } from '@codemirror/lang-json';
import { linter } from '@codemirror/lint';
import { handleRefresh, jsonCompletion, jsonSchemaLinter, stateExtensions, updateSchema } from 'codemirror-json-schema';
import { t } from '@/lib/i18n';
import { editorSetup } from './editorSetup';
import { packJsonSchema } from '@/lib/engine/json-schema';
import styles from './RuleJsonEditor.module.css';

type JsonSchema = NonNullable<Parameters<typeof updateSchema>[1]>;

let ruleSchema: Promise<JsonSchema | null> | null = null;

/**
 * The Rule part of the published pack schema (public/kizuki-pack.schema.json), with its
 * shared definitions, so the editor validates and completes exactly what packs accept.
 */
function loadRuleSchema(): Promise<JsonSchema | null> {
  ruleSchema ??= Promise.resolve().then(() => {
    const pack = packJsonSchema() as { $defs?: Record<string, object> };
    return pack.$defs?.Rule ? ({ ...pack.$defs.Rule, $defs: pack.$defs } as JsonSchema) : null;
  });
  return ruleSchema;
}

/** The rule as JSON in CodeMirror 6, linted and autocompleted from the published schema. */
export function RuleJsonEditor({ text, onChange, readOnly }: { text: string; onChange: (text: string) => void; readOnly?: boolean }) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: text,
        extensions: [
          editorSetup,
          // The parts of codemirror-json-schema we use; its hover tooltips would pull in a markdown highlighter.
          json(),
          linter(jsonParseLinter(), { delay: 300 }),
          linter(jsonSchemaLinter(), { delay: 300, needsRefresh: handleRefresh }),
          jsonLanguage.data.of({ autocomplete: jsonCompletion() }),
          stateExtensions(),
          EditorState.readOnly.of(!!readOnly),
          EditorView.lineWrapping,
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChangeRef.current(update.state.doc.toString());
          }),
          EditorView.contentAttributes.of({ 'aria-label': t('console_jsonLabel') }),
        ],
      }),
    });
    view.current = editor;
    void loadRuleSchema().then((schema) => schema && view.current === editor && updateSchema(editor, schema));
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is created once; later `text` changes are applied below without losing the cursor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [readOnly]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const current = editor.state.doc.toString();
    if (current !== text) editor.dispatch({ changes: { from: 0, to: current.length, insert: text } });
  }, [text]);

  return <div ref={host} className={styles.editor} data-testid="rule-json" />;
}
