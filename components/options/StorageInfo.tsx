import { useState } from 'preact/hooks';
import type { StorageEstimateInfo } from '../../utils/storage/estimate';
import { formatBytes, formatPercent } from './format-bytes';
import { useStrings } from '../shared/i18n';
import { OPTIONS as CATALOG } from './strings';

interface Props {
  estimate: StorageEstimateInfo | null;
  /** navigator.storage.persisted(): null when the browser cannot tell. */
  persisted: boolean | null;
  /** navigator.storage.persist(): true granted, false refused, null unsupported. */
  onRequestPersist: () => Promise<boolean | null>;
}

/** How much room Duban's data takes, and whether the browser may evict it. */
export function StorageInfo({ estimate, persisted, onRequestPersist }: Props) {
  const OPTIONS = useStrings(CATALOG);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<string>('');
  const [granted, setGranted] = useState<boolean | null>(persisted);
  const now = granted ?? persisted;

  const ask = async () => {
    setBusy(true);
    const r = await onRequestPersist();
    setBusy(false);
    if (r === true) setGranted(true);
    setOutcome(r === true ? OPTIONS.persistGranted : r === false ? OPTIONS.persistRefused : OPTIONS.persistUnsupported);
  };

  return (
    <section class="storage-info" aria-labelledby="storage-title">
      <h2 id="storage-title">{OPTIONS.storageTitle}</h2>
      {estimate ? (
        <>
          <p>{OPTIONS.usage(formatBytes(estimate.usage), formatBytes(estimate.quota), formatPercent(estimate.fraction))}</p>
          <progress max={1} value={Math.min(1, estimate.fraction)} aria-label={OPTIONS.storageTitle} />
        </>
      ) : (
        <p class="hint">{OPTIONS.usageUnknown}</p>
      )}
      <p>{now === true ? OPTIONS.persistentYes : now === false ? OPTIONS.persistentNo : OPTIONS.persistentUnknown}</p>
      {now !== true && (
        <button type="button" disabled={busy} onClick={() => void ask()}>
          {busy ? OPTIONS.asking : OPTIONS.askPersist}
        </button>
      )}
      <p class="status" role="status" aria-live="polite">
        {outcome}
      </p>
    </section>
  );
}
