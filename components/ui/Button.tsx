import type { ButtonHTMLAttributes } from 'react';

export type ButtonVariant = 'default' | 'primary' | 'danger' | 'ghost';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
}

/** A button that is never a form submitter by accident: `type` defaults to "button". */
export function Button({ variant = 'default', className, type = 'button', ...rest }: ButtonProps) {
  const classes = ['button', variant !== 'default' ? `button--${variant}` : '', className ?? ''].filter(Boolean).join(' ');
  return <button type={type} className={classes} {...rest} />;
}
