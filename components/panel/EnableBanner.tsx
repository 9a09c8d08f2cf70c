import { useState } from 'preact/hooks';
import { useStrings } from '../shared/i18n';
import { PANEL as CATALOG } from './strings';

interface Props {
  /** Resolves true once the annotator runs in the tab. */
  onEnable: () => Promise<boolean>;
}

/** Shown when no annotator answers in the tab: Duban only runs where the reader wants it. */
export function EnableBanner({ onEnable }: Props) {
  const PANEL = useStrings(CATALOG);
  const [busy, setBusy] = useState(false);
  return (
    <div class="banner">
      <p>{PANEL.enableHint}</p>
      <button
        type="button"
        class="primary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          await onEnable();
          setBusy(false);
        }}
      >
        {PANEL.enable}
      </button>
    </div>
  );
}
