import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Button, focusFirstInvalid, NoticeProvider, TextField, useNotice } from '@/components/ui';

function Notifier() {
  const { notify } = useNotice();
  return (
    <>
      <Button onClick={() => notify('error', 'Corrigez les champs en rouge.')}>erreur</Button>
      <Button onClick={() => notify('success', 'Enregistré.')}>succès</Button>
    </>
  );
}

function Form() {
  const [invalid, setInvalid] = useState(false);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setInvalid(true);
        focusFirstInvalid();
      }}
    >
      <TextField label="Prénom" value="Ana" onChange={() => undefined} />
      <TextField label="Nom de la marque" value="" onChange={() => undefined} error={invalid ? 'Obligatoire' : undefined} />
      <button type="submit">Créer</button>
    </form>
  );
}

describe('notices', () => {
  it('keep one error at a time, and a success clears it', async () => {
    const user = userEvent.setup();
    render(
      <NoticeProvider dismissLabel="Fermer">
        <Notifier />
      </NoticeProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'erreur' }));
    await user.click(screen.getByRole('button', { name: 'erreur' }));
    await user.click(screen.getByRole('button', { name: 'erreur' }));
    expect(within(screen.getByRole('alert')).getAllByText('Corrigez les champs en rouge.')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'succès' }));
    expect(within(screen.getByRole('alert')).queryByText('Corrigez les champs en rouge.')).not.toBeInTheDocument();
    expect(within(screen.getByRole('status')).getByText('Enregistré.')).toBeInTheDocument();
  });
});

describe('a refused submit', () => {
  it('takes the focus to the first invalid field, not the button', async () => {
    const user = userEvent.setup();
    render(<Form />);
    await user.click(screen.getByRole('button', { name: 'Créer' }));
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.getByLabelText('Nom de la marque')).toHaveFocus();
  });
});
