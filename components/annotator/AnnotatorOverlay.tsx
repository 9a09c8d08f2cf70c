import type { AnnotatorView } from '../../utils/annotator/controller';
import { NoteEditor } from './NoteEditor';
import { NoteTooltip } from './NoteTooltip';
import { SelectionToolbar } from './SelectionToolbar';

export interface AnnotatorActions {
  pick: (categoryId: string) => void;
  note: () => void;
  dismissToolbar: () => void;
  save: (note: string, category: string) => void;
  remove: () => void;
  closeEditor: () => void;
}

export interface AnnotatorOverlayProps {
  view: AnnotatorView;
  actions: AnnotatorActions;
  viewport: { width: number; height: number };
}

/** Everything the annotator floats over the page: toolbar, note editor, tooltip. */
export function AnnotatorOverlay({ view, actions, viewport }: AnnotatorOverlayProps) {
  return (
    <div class="ui">
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
      {view.editor ? (
        <NoteEditor
          key={view.editor.key}
          view={view.editor}
          categories={view.categories}
          viewport={viewport}
          onSave={actions.save}
          onDelete={actions.remove}
          onClose={actions.closeEditor}
        />
      ) : null}
    </div>
  );
}
