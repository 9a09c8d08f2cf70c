import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../utils/settings/types';
import { watchSettings } from './settings-store';

/** The settings, starting from `initial` (read before the first render) and following changes. */
export function useSettings(initial: Settings): Settings {
  const [settings, setSettings] = useState(initial);
  useEffect(() => watchSettings(setSettings), []);
  return settings;
}
