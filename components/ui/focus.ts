/**
 * After a refused submit, takes the keyboard to the first field marked invalid in the form being
 * submitted (the one holding the focus), once React has rendered the errors: the user lands on what
 * to fix instead of staying on the button, and a screen reader reads the field with its error.
 */
export function focusFirstInvalid(): void {
  const form = document.activeElement?.closest('form') ?? document;
  setTimeout(() => {
    const field = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.focus();
  }, 0);
}
