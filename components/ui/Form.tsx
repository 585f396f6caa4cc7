import type { FormHTMLAttributes } from 'react';

export interface FormProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'noValidate'> {
  /** Called on submit (Enter in a field, or a submit button); a promise it returns is not awaited. */
  onSubmit: () => unknown;
}

/**
 * Every form of the options page: it checks its own fields and words the errors in the
 * interface's language beside each one, so the browser's own validation bubbles stay off
 * (`noValidate`), and submitting never reloads the page.
 */
export function Form({ onSubmit, ...rest }: FormProps) {
  return (
    <form
      {...rest}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    />
  );
}
