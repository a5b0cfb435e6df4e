// The browser says why a form field is invalid in its own language ("Please fill out this
// field."), whatever the interface's. One listener for the whole window gives every field the
// app's message instead, in the interface language; typing clears it so the field is checked again.
import { strings } from './strings';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function isField(target: EventTarget | null): target is Field {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** The app's message for a field's failure; '' when the field is valid. */
export function validityMessage(validity: ValidityState): string {
  if (validity.valid) return '';
  // Only required fields are checked in Hamish's forms; anything else is said the same way.
  return strings.t('fieldRequired');
}

/** Follows the window's form checks; returns the function that stops. */
export function followValidity(target: Window = window): () => void {
  const onInvalid = (event: Event) => {
    if (!isField(event.target)) return;
    event.target.setCustomValidity('');
    event.target.setCustomValidity(validityMessage(event.target.validity));
  };
  const onInput = (event: Event) => {
    if (isField(event.target)) event.target.setCustomValidity('');
  };
  // 'invalid' does not bubble: listen while it goes down.
  target.addEventListener('invalid', onInvalid, true);
  target.addEventListener('input', onInput, true);
  target.addEventListener('change', onInput, true);
  return () => {
    target.removeEventListener('invalid', onInvalid, true);
    target.removeEventListener('input', onInput, true);
    target.removeEventListener('change', onInput, true);
  };
}
