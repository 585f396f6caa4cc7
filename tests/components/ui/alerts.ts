import { screen } from '@testing-library/react';

/**
 * The alert that says `text`, once it says it. The notices' live regions stay in the page while
 * empty (a screen reader announces only changes to a region already there), so a bare
 * `findByRole('alert')` can return the region before the error is written into it.
 */
export async function findAlert(text: string): Promise<HTMLElement> {
  const line = await screen.findByText(text, { exact: false });
  const alert = line.closest<HTMLElement>('[role="alert"]');
  if (!alert) throw new Error(`“${text}” is shown, but not in an alert`);
  return alert;
}
