import { useStrings } from '../shared/i18n';
import { PANEL as CATALOG } from './strings';

export type GroupMode = 'category' | 'section';

interface Props {
  value: GroupMode;
  onChange: (mode: GroupMode) => void;
}

/** Two radio buttons in a fieldset: arrow keys move between them, as users expect of radios. */
export function GroupToggle({ value, onChange }: Props) {
  const PANEL = useStrings(CATALOG);
  const option = (mode: GroupMode, label: string) => (
    <label class="toggle-option">
      <input type="radio" name="group-by" value={mode} checked={value === mode} onChange={() => onChange(mode)} />
      {label}
    </label>
  );
  return (
    <fieldset class="toggle">
      <legend>{PANEL.groupBy}</legend>
      {option('category', PANEL.groupByCategory)}
      {option('section', PANEL.groupBySection)}
    </fieldset>
  );
}
