// The one way the app shows a dialog (settings, export, shortcuts, search): a backdrop that closes
// it on a press outside, Escape to close, aria-modal, and focus that moves in, stays in (Tab and
// Shift+Tab cycle inside) and goes back where it was when the dialog closes.
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type ReactElement,
  type ReactNode,
} from 'react';

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

/** What Tab reaches inside `root`, in order: of a radio group, only its checked radio (as browsers do). */
export function tabbables(root: HTMLElement): HTMLElement[] {
  const all = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
  return all.filter((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || el.checked || !el.name) return true;
    return !all.some(
      (other) => other instanceof HTMLInputElement && other.type === 'radio' && other.name === el.name && other.checked,
    );
  });
}

interface ModalProps {
  /** The dialog's accessible name. */
  label: string;
  /** `alertdialog` for a question that needs an answer (a removal). */
  role?: 'dialog' | 'alertdialog';
  onClose: () => void;
  /** Classes besides `dialog`. */
  className?: string;
  /** A form dialog submits with Enter. */
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  /** The dialog's own keys; Escape and Tab are the Modal's unless this prevents their default. */
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void;
  children: ReactNode;
}

export function Modal({ label, role = 'dialog', onClose, className, onSubmit, onKeyDown, children }: ModalProps): ReactElement {
  const dialog = useRef<HTMLDivElement & HTMLFormElement>(null);
  // Where focus was before the dialog opened; read while rendering, before any autoFocus inside moves it.
  const [opener] = useState(() => (typeof document === 'undefined' ? null : (document.activeElement as HTMLElement | null)));

  useLayoutEffect(() => {
    const root = dialog.current;
    // An element inside may have taken focus already (autoFocus); otherwise the first one that can.
    if (root && !root.contains(document.activeElement)) (tabbables(root)[0] ?? root).focus();
    return () => {
      // Back to the opener, unless focus has gone somewhere else on purpose while the dialog was open.
      const now = document.activeElement;
      const leftInside = !now || now === document.body || !!root?.contains(now);
      if (leftInside && opener?.isConnected && opener !== document.body) opener.focus();
    };
  }, [opener]);

  // Focus can fall out of the dialog while it is open (the focused button turns disabled while an
  // export runs, or its part is replaced by the result): Escape and Tab still belong to the dialog.
  const latestClose = useRef(onClose);
  useLayoutEffect(() => {
    latestClose.current = onClose;
  });
  useEffect(() => {
    const onStrayKey = (event: globalThis.KeyboardEvent) => {
      const root = dialog.current;
      if (!root || event.defaultPrevented || root.contains(event.target as Node)) return;
      if (event.key === 'Escape') latestClose.current();
      else if (event.key === 'Tab') ((event.shiftKey ? tabbables(root).at(-1) : tabbables(root)[0]) ?? root).focus();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onStrayKey);
    return () => document.removeEventListener('keydown', onStrayKey);
  }, []);

  const keyDown = (event: KeyboardEvent<HTMLElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented) return;
    if (event.key === 'Escape') {
      onClose();
      event.preventDefault();
    } else if (event.key === 'Tab' && dialog.current) {
      const items = tabbables(dialog.current);
      const first = items[0];
      const last = items.at(-1);
      if (!first || !last) return event.preventDefault();
      const at = document.activeElement;
      const outside = !dialog.current.contains(at) || at === dialog.current;
      if (event.shiftKey && (at === first || outside)) {
        last.focus();
        event.preventDefault();
      } else if (!event.shiftKey && (at === last || outside)) {
        first.focus();
        event.preventDefault();
      }
    }
  };

  const props = {
    ref: dialog,
    className: className ? `dialog ${className}` : 'dialog',
    role,
    'aria-modal': true,
    'aria-label': label,
    tabIndex: -1,
    onKeyDown: keyDown,
  } as const;
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      {onSubmit ? (
        <form {...props} onSubmit={onSubmit}>
          {children}
        </form>
      ) : (
        <div {...props}>{children}</div>
      )}
    </div>
  );
}
