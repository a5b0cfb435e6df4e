import { expect, test } from './fixtures';
import { Dialog } from './models/dialog';

test('the shortcuts sheet lists the commands; a dialog keeps focus inside and gives it back when it closes', async ({
  hamish,
}) => {
  const { page } = hamish;
  const sheet = new Dialog(page, 'Keyboard shortcuts');
  const opener = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await opener.focus();
  await opener.press('Enter');
  await expect(sheet.root).toBeVisible();
  await expect(sheet.root).toHaveAttribute('aria-modal', 'true');
  for (const text of [
    'Search the library',
    /(Ctrl|⌘)\+K · (Ctrl|⌘)\+Shift\+F/,
    'Alt+↓ · Alt+↑',
    'Cancel a pin or link you started',
  ])
    await expect(sheet.root).toContainText(text);
  // Its only control is Close: Tab and Shift+Tab stay on it.
  const close = sheet.root.getByRole('button', { name: 'Close' });
  await expect(close).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(close).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(close).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sheet.root).toBeHidden();
  await expect(opener).toBeFocused();

  // Settings (Ctrl+,): focus starts on the first field and Tab wraps from the last control to it.
  const settings = new Dialog(page, 'Reading and interface');
  await page.keyboard.press('ControlOrMeta+,');
  await expect(settings.root.getByLabel('Interface language')).toBeFocused();
  await settings.root.getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('Tab');
  await expect(settings.root.getByLabel('Interface language')).toBeFocused();
  await settings.clickOutside();
  await expect(settings.root).toBeHidden();
});
