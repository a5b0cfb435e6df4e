// @vitest-environment jsdom
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import './strings';
import { followValidity } from './validity';

afterEach(() => void i18next.changeLanguage('en'));

describe('form checks in the interface language', () => {
  it("replaces the browser's message for an empty required field, and clears it on typing", () => {
    void i18next.changeLanguage('ar');
    const stop = followValidity();
    document.body.innerHTML = '<form><input required id="f"></form>';
    const field = document.getElementById('f') as HTMLInputElement;
    expect(field.form!.checkValidity()).toBe(false);
    expect(field.validationMessage).toBe('املأ هذا الحقل.');
    field.value = 'x';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    expect(field.validationMessage).toBe('');
    expect(field.form!.checkValidity()).toBe(true);
    stop();
  });
});
