import { useStrings } from '../shared/i18n';
import { TRACKER } from './strings';

export interface TrackButtonProps {
  text: string;
  busy: boolean;
  onTrack: () => void;
}

/** "跟踪 Track" for one commitment not tracked yet. */
export function TrackButton({ text, busy, onTrack }: TrackButtonProps) {
  const t = useStrings(TRACKER);
  return (
    <button type="button" class="tr-track" aria-label={t.trackLabel(text)} disabled={busy} onClick={onTrack}>
      {busy ? t.tracking : t.track}
    </button>
  );
}

export interface TrackAllBarProps {
  tracked: number;
  total: number;
  busy: boolean;
  onTrackAll: () => void;
}

/** "全部跟踪 Track all" with how many are tracked already. */
export function TrackAllBar({ tracked, total, busy, onTrackAll }: TrackAllBarProps) {
  const t = useStrings(TRACKER);
  return (
    <p class="tr-bar">
      <span class="tr-count">{t.trackedCount(tracked, total)}</span>{' '}
      <button type="button" class="tr-track-all" disabled={busy || tracked >= total || total === 0} onClick={onTrackAll}>
        {busy ? t.tracking : t.trackAll}
      </button>
    </p>
  );
}
