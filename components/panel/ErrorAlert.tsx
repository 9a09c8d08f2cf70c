import { useStrings } from '../shared/i18n';
import { PANEL as CATALOG } from './strings';

interface Props {
  message: string | null;
  onDismiss: () => void;
}

/**
 * Where storage and messaging failures are shown: role=alert so a screen reader says the message
 * (Chinese first, as the background writes it) as soon as it appears.
 */
export function ErrorAlert({ message, onDismiss }: Props) {
  const PANEL = useStrings(CATALOG);
  return (
    <div role="alert" class="alert" hidden={message === null}>
      {message !== null && (
        <>
          <p class="alert-text">{message}</p>
          <button type="button" class="link-button" onClick={onDismiss}>
            {PANEL.dismiss}
          </button>
        </>
      )}
    </div>
  );
}
