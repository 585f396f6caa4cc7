import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Form } from '@/components/ui';

describe('Form', () => {
  it('hands the submit to its handler, leaves the checks to it and never lets the page reload', () => {
    const onSubmit = vi.fn();
    render(
      <Form aria-label="Marque" className="card" onSubmit={onSubmit}>
        <input required aria-label="Nom" defaultValue="" />
      </Form>,
    );
    const form = screen.getByRole('form', { name: 'Marque' });
    expect(form).toHaveAttribute('novalidate');
    expect(form).toHaveClass('card');
    const event = new Event('submit', { bubbles: true, cancelable: true });
    fireEvent(form, event);
    expect(event.defaultPrevented).toBe(true);
    // The empty required field does not stop it: the form's own check words the error.
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith();
  });
});
