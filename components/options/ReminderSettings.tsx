import { useId, useState } from 'preact/hooks';
import type { Settings } from '../../utils/settings/types';
import { useStrings } from '../shared/i18n';
import type { ReminderToggle } from './reminder-permissions';
import { OPTIONS as CATALOG } from './strings';

interface Props {
  settings: Settings;
  /** Asks for (or gives back) the permissions; called straight from the click (a user gesture). */
  onToggle: (on: boolean) => Promise<ReminderToggle>;
  onChange: (settings: Settings) => void;
}

/** The optional due-date reminders: one labelled checkbox, saved on only when the browser grants the permissions. */
export function ReminderSettings({ settings, onToggle, onChange }: Props) {
  const OPTIONS = useStrings(CATALOG);
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<'refused' | 'unsupported' | null>(null);
  return (
    <section class="reminders" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{OPTIONS.remindersTitle}</h2>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.reminders}
          disabled={busy}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            // Controlled: the box shows the saved value until the browser has answered.
            e.currentTarget.checked = settings.reminders;
            setBusy(true);
            setProblem(null);
            void onToggle(on)
              .then((result) => {
                if (result === 'on' || result === 'off') onChange({ ...settings, reminders: result === 'on' });
                else setProblem(result);
              })
              .finally(() => setBusy(false));
          }}
        />
        <span>{OPTIONS.reminders}</span>
      </label>
      <p id={`${id}-hint`} class="hint">
        {OPTIONS.remindersHint}
      </p>
      {problem && (
        <p role="status" class="hint">
          {problem === 'refused' ? OPTIONS.remindersRefused : OPTIONS.remindersUnsupported}
        </p>
      )}
    </section>
  );
}
