import { useRef } from 'preact/hooks';

/**
 * Esc closes the note editor when the key is *released*, after a press that began in the editor.
 * The editor is an iframe that disappears on close: closing on the press would leave the key's
 * release to land on the reader's page (its scripts would see a stray Esc) and, in Chromium,
 * leave that release unacknowledged for whoever sent it (an automation driver waits forever).
 * Closing on the release keeps both halves inside the frame. A release without a press here
 * (Esc pressed on the page, released after the editor took the focus) does nothing.
 */
export function useEscapeRelease(onClose: () => void): { onKeyDown: (e: KeyboardEvent) => boolean; onKeyUp: (e: KeyboardEvent) => void } {
  const pressed = useRef(false);
  return {
    /** True when the event was Esc (and is now handled). */
    onKeyDown: (e) => {
      if (e.key !== 'Escape') return false;
      e.preventDefault();
      pressed.current = true;
      return true;
    },
    onKeyUp: (e) => {
      if (e.key !== 'Escape' || !pressed.current) return;
      e.preventDefault();
      pressed.current = false;
      onClose();
    },
  };
}
