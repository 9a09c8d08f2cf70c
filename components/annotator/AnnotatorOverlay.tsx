import type { AnnotatorView } from '../../utils/annotator/controller';
import type { EditorPage } from '../../utils/annotator/editor-frame';
import type { NoteEditorAction } from '../../utils/messaging';
import type { Theme } from '../../utils/settings/types';
import { NoteEditorFrame } from './NoteEditorFrame';
import { NoteTooltip } from './NoteTooltip';
import { SelectionToolbar } from './SelectionToolbar';
import { useRetiring } from './use-retiring';

/** How long a closed note editor's frame stays (hidden) on the page: see use-retiring.ts. */
const EDITOR_RETIRE_MS = 300;

export interface AnnotatorActions {
  pick: (categoryId: string) => void;
  note: () => void;
  dismissToolbar: () => void;
  /** A signal of the note editor page of editor `key` (already checked to come from its iframe). */
  editorSignal: (key: number, action: NoteEditorAction) => void;
}

export interface AnnotatorOverlayProps {
  view: AnnotatorView;
  actions: AnnotatorActions;
  viewport: { width: number; height: number };
  /** The note editor page (an extension page, shown in an iframe). */
  editorPage: EditorPage;
  /** The reader's theme setting ('auto' follows the system); the language comes from a LangProvider. */
  theme?: Theme;
}

/** Everything the annotator floats over the page: toolbar, note editor, tooltip. */
export function AnnotatorOverlay({ view, actions, viewport, editorPage, theme = 'auto' }: AnnotatorOverlayProps) {
  const retiring = useRetiring(view.editor, EDITOR_RETIRE_MS);
  // One keyed list, so the closing editor keeps its own iframe element as it retires.
  const editors = [retiring, view.editor].filter((e) => e !== null);
  return (
    <div class="ui" data-theme={theme}>
      {view.tooltip && !view.editor ? <NoteTooltip view={view.tooltip} viewport={viewport} /> : null}
      {view.toolbar ? (
        <SelectionToolbar
          view={view.toolbar}
          categories={view.categories}
          viewport={viewport}
          onPick={actions.pick}
          onNote={actions.note}
          onDismiss={actions.dismissToolbar}
        />
      ) : null}
      {editors.map((e) => (
        <NoteEditorFrame key={e.key} view={e} retiring={e === retiring} editorPage={editorPage} viewport={viewport} onSignal={actions.editorSignal} />
      ))}
    </div>
  );
}
