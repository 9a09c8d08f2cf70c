import { useEffect, useRef, useState } from 'preact/hooks';
import { NoteEditor } from '../../components/annotator/NoteEditor';
import { useEscapeRelease } from '../../components/annotator/use-escape-release';
import { STRINGS as CATALOG } from '../../components/annotator/strings';
import { useStrings } from '../../components/shared/i18n';
import { DEFAULT_CATEGORIES, type Category } from '../../utils/annotations/types';
import type { BackgroundRequests, Client, NoteEditorAction } from '../../utils/messaging';

export interface NoteEditorAppProps {
  /** The annotation to edit (from the iframe's URL). */
  id: string;
  /** Requests to the background, which owns the database. */
  client: Client<BackgroundRequests>;
  /** Tells the annotator on the page what happened (over a private MessagePort): never any text. */
  signal: (action: NoteEditorAction) => void;
  /** Calls `listener` whenever the annotator reports a press on the page outside the editor; returns the unsubscribe. */
  onPressedOutside: (listener: () => void) => () => void;
}

type Phase = { kind: 'loading' } | { kind: 'missing' } | { kind: 'failed'; message: string } | { kind: 'ready'; quote: string; categories: readonly Category[] };

/**
 * The note editor page: one highlight's note and category, loaded from and saved to the
 * background directly. It runs in an iframe on the reader's page, so the note is typed in the
 * extension's own document, out of reach of the page's scripts — and of the annotator content
 * script, which only hears "close", "saved" or "deleted".
 *
 * The draft lives here until the background confirms a save: a failed save (a full disk) shows
 * its message and keeps every typed word.
 */
export function App({ id, client, signal, onPressedOutside }: NoteEditorAppProps) {
  const STRINGS = useStrings(CATALOG);
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [saved, setSaved] = useState({ note: '', category: '' });
  const [note, setNote] = useState('');
  const [category, setCategory] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const escape = useEscapeRelease(() => signal('close'));

  useEffect(() => {
    let live = true;
    void (async () => {
      const [a, cats] = await Promise.all([client('annotation-get', { id }), client('categories-list', {})]);
      if (!live) return;
      if (!a.ok) return setPhase({ kind: 'failed', message: a.message });
      if (!a.value || a.value.deletedAt !== null) return setPhase({ kind: 'missing' });
      // Without the categories the reader can still write the note: the defaults stand in.
      const categories = cats.ok && cats.value.length > 0 ? cats.value : DEFAULT_CATEGORIES;
      setSaved({ note: a.value.note, category: a.value.category });
      setNote(a.value.note);
      setCategory(a.value.category);
      setPhase({ kind: 'ready', quote: a.value.target.quote.exact, categories });
    })();
    return () => {
      live = false;
    };
  }, [id, client]);

  const dirty = phase.kind === 'ready' && (note !== saved.note || category !== saved.category);
  // The listener below is registered once; it reads the state of the latest render.
  const keep = useRef(false);
  keep.current = dirty || busy;
  useEffect(
    () =>
      onPressedOutside(() => {
        // A press on the page closes the editor only when nothing would be lost: with unsaved
        // text it stays open (the reader may be selecting a word of the page to quote, or have
        // missed the editor by a pixel); Esc or the close button still closes it.
        if (!keep.current) signal('close');
      }),
    [onPressedOutside, signal],
  );

  const save = async () => {
    if (phase.kind !== 'ready' || busy) return;
    setBusy(true);
    setError(null);
    const r = await client('annotation-update', { id, patch: { note, category } });
    setBusy(false);
    if (!r.ok) {
      setError(r.message);
      return;
    }
    setSaved({ note, category });
    signal('saved');
  };

  const remove = async () => {
    if (phase.kind !== 'ready' || busy) return;
    setBusy(true);
    setError(null);
    const r = await client('annotation-delete', { id });
    setBusy(false);
    if (!r.ok) {
      setError(r.message);
      return;
    }
    signal('deleted');
  };

  if (phase.kind !== 'ready') {
    return (
      <div class="status" role="dialog" aria-label={STRINGS.editorTitle} onKeyDown={escape.onKeyDown} onKeyUp={escape.onKeyUp}>
        <h1>{STRINGS.editorTitle}</h1>
        <p role={phase.kind === 'loading' ? 'status' : 'alert'}>{phase.kind === 'failed' ? phase.message : phase.kind === 'missing' ? STRINGS.missing : STRINGS.loading}</p>
        <div class="row">
          <button type="button" onClick={() => signal('close')}>
            {STRINGS.close}
          </button>
        </div>
      </div>
    );
  }
  return (
    <NoteEditor
      quote={phase.quote}
      categories={phase.categories}
      note={note}
      category={category}
      error={error}
      unsaved={dirty}
      busy={busy}
      onNote={setNote}
      onCategory={setCategory}
      onSave={() => void save()}
      onDelete={() => void remove()}
      onClose={() => signal('close')}
    />
  );
}
