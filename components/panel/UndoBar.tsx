import { useEffect, useRef } from 'preact/hooks';
import { useStrings } from '../shared/i18n';
import { PANEL as CATALOG } from './strings';

export const UNDO_MS = 10_000;

interface Props {
  /** Changes with each deletion, restarting the countdown. */
  id: string;
  onUndo: () => void;
  /** Called once the time is up: the bar goes away. */
  onExpire: () => void;
  timeoutMs?: number;
}

/**
 * "已删除 · 撤销 Undo" for a few seconds after a delete. The delete is soft in storage, so the
 * undo is possible later too; the bar only keeps the common case one click away.
 */
export function UndoBar({ id, onUndo, onExpire, timeoutMs = UNDO_MS }: Props) {
  const PANEL = useStrings(CATALOG);
  // The latest callback without restarting the timer when the parent re-renders.
  const expire = useRef(onExpire);
  expire.current = onExpire;
  const button = useRef<HTMLButtonElement>(null);
  // The deleted item's buttons are gone with it: keyboard focus moves to Undo instead of the page top.
  useEffect(() => {
    button.current?.focus();
  }, [id]);
  useEffect(() => {
    const timer = setTimeout(() => expire.current(), timeoutMs);
    return () => clearTimeout(timer);
  }, [id, timeoutMs]);

  return (
    <div class="undo-bar" role="status">
      <span>{PANEL.deleted}</span>
      <span aria-hidden="true"> · </span>
      <button ref={button} type="button" class="primary" onClick={onUndo}>
        {PANEL.undo}
      </button>
    </div>
  );
}
