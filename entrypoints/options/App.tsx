import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CategoryEditor, type CategoryUsage } from '../../components/options/CategoryEditor';
import { StorageInfo } from '../../components/options/StorageInfo';
import { AppearanceSettings } from '../../components/options/AppearanceSettings';
import { toggleReminderPermissions } from '../../components/options/reminder-permissions';
import { ReminderSettings } from '../../components/options/ReminderSettings';
import { OPTIONS as CATALOG } from '../../components/options/strings';
import { useLang, useStrings } from '../../components/shared/i18n';
import { useCurrentSettings } from '../../components/shared/SettingsRoot';
import { saveSettings } from '../../components/shared/settings-store';
import { ErrorAlert } from '../../components/panel/ErrorAlert';
import { ExportImport } from '../../components/panel/ExportImport';
import { downloadText } from '../../components/panel/download';
import { exportActions } from '../../components/panel/export-actions';
import type { Category } from '../../utils/annotations/types';
import { createClient, isDubanEvent, type BackgroundRequests } from '../../utils/messaging';
import { persistStorage, storageEstimate, type StorageEstimateInfo } from '../../utils/storage/estimate';

const bg = createClient<BackgroundRequests>((m) => browser.runtime.sendMessage(m));

/** How many annotations use each category (deleted-but-undoable ones too: they block removal as well). */
async function loadUsage(): Promise<CategoryUsage | null> {
  const r = await bg('categories-usage', {});
  return r.ok ? r.value : null;
}

/** The options page: language and theme, reminders, categories, storage, export and import. */
export function App() {
  const OPTIONS = useStrings(CATALOG);
  const lang = useLang();
  const settings = useCurrentSettings();
  const [categories, setCategories] = useState<Category[] | null>(null);
  const [usage, setUsage] = useState<CategoryUsage | null>(null);
  const [estimate, setEstimate] = useState<StorageEstimateInfo | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const usageTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const loadCategories = useCallback(async () => {
    const r = await bg('categories-list', {});
    if (r.ok) setCategories(r.value);
    else setError(r.message);
  }, []);

  const loadStorage = useCallback(async () => {
    setEstimate(await storageEstimate());
    try {
      setPersisted(typeof navigator.storage?.persisted === 'function' ? await navigator.storage.persisted() : null);
    } catch {
      setPersisted(null);
    }
  }, []);

  useEffect(() => {
    void loadCategories();
    void loadStorage();
    void loadUsage().then(setUsage);
    const onMessage = (m: unknown) => {
      if (!isDubanEvent(m)) return undefined;
      if (m.type === 'categories-changed') void loadCategories();
      if (m.type === 'annotations-changed') {
        // Edits come in bursts while someone annotates in another tab: count once they settle.
        if (usageTimer.current) clearTimeout(usageTimer.current);
        usageTimer.current = setTimeout(() => {
          void loadUsage().then(setUsage);
          void loadStorage();
        }, 500);
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [loadCategories, loadStorage]);

  return (
    <main class="options">
      <h1>{OPTIONS.title}</h1>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      {/* Stored only: every page (this one too) follows storage.onChanged. */}
      <AppearanceSettings settings={settings} onChange={(s) => void saveSettings(s).catch(() => setError(OPTIONS.settingsSaveFailed))} />
      <ReminderSettings
        settings={settings}
        onToggle={toggleReminderPermissions}
        onChange={(s) => void saveSettings(s).catch(() => setError(OPTIONS.settingsSaveFailed))}
      />
      {categories && <CategoryEditor categories={categories} usage={usage} onSave={(list) => bg('categories-save', { categories: list })} />}
      <StorageInfo
        estimate={estimate}
        persisted={persisted}
        onRequestPersist={async () => {
          const r = await persistStorage();
          await loadStorage();
          return r;
        }}
      />
      <ExportImport {...exportActions(bg, null, lang)} pageUrl={null} pageScope={false} download={downloadText} onError={setError} />
    </main>
  );
}
