// @vitest-environment jsdom
import { act, createElement, Fragment } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Modal } from './Modal';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLElement;
let root: Root;
let opener: HTMLButtonElement;
const onClose = vi.fn();

/** A page with an opener button and, when open, a dialog of four controls (a radio group among them). */
function Page({ open }: { open: boolean }) {
  const controls = createElement(
    Fragment,
    null,
    createElement('input', { id: 'first', type: 'radio', name: 'r', defaultChecked: true }),
    createElement('input', { id: 'other', type: 'radio', name: 'r' }),
    createElement('input', { id: 'middle' }),
    createElement('button', { id: 'last' }, 'Close'),
  );
  return createElement(
    'div',
    null,
    createElement('button', { id: 'opener' }, 'open'),
    open && createElement(Modal, { label: 'Test dialog', onClose, children: controls }),
  );
}
const show = (open: boolean) => act(() => root.render(createElement(Page, { open })));

const byId = (id: string) => document.getElementById(id)!;
const key = (key: string, shiftKey = false) =>
  act(() => {
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }));
  });

beforeEach(async () => {
  onClose.mockReset();
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
  await show(false);
  opener = byId('opener') as HTMLButtonElement;
  opener.focus();
  await show(true);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('Modal', () => {
  it('is a labelled modal dialog and takes focus', () => {
    const dialog = document.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAttribute('aria-label')).toBe('Test dialog');
    expect(dialog.className).toBe('dialog');
    expect(dialog.parentElement!.className).toBe('dialog-backdrop');
    expect(document.activeElement).toBe(byId('first'));
  });

  it('keeps Tab and Shift+Tab inside', async () => {
    byId('last').focus();
    await key('Tab');
    expect(document.activeElement).toBe(byId('first'));
    await key('Tab', true);
    expect(document.activeElement).toBe(byId('last'));
    // In the middle, Tab is the browser's.
    byId('middle').focus();
    await key('Tab');
    expect(document.activeElement).toBe(byId('middle'));
  });

  it('closes on Escape and on a press on the backdrop, not inside', async () => {
    await key('Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
    await act(() => byId('middle').dispatchEvent(new MouseEvent('mousedown', { bubbles: true })));
    expect(onClose).toHaveBeenCalledTimes(1);
    await act(() => document.querySelector('.dialog-backdrop')!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true })));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('keeps Escape and Tab when focus has fallen out of it (a control it held was disabled)', async () => {
    (document.activeElement as HTMLElement).blur();
    expect(document.activeElement).toBe(document.body);
    await key('Tab');
    expect(document.activeElement).toBe(byId('first'));
    (document.activeElement as HTMLElement).blur();
    await key('Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('is an alertdialog when asked', async () => {
    await act(() =>
      root.render(
        createElement(Modal, { label: 'Remove?', role: 'alertdialog', onClose, children: createElement('button', null, 'x') }),
      ),
    );
    expect(document.querySelector('[role="alertdialog"]')?.getAttribute('aria-modal')).toBe('true');
  });

  it('gives focus back to the opener when it closes', async () => {
    byId('middle').focus();
    await show(false);
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
