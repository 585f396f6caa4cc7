import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LineChart, StackedBarChart, niceMax } from '@/components/charts';
import { Button, CheckboxGroup, ConfirmDialog, Dialog, NavList, NumberField, TextField } from '@/components/ui';
import { expectNoAxeViolations } from './axe';

function DialogHarness({ onClose }: { onClose?: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Ouvrir</Button>
      <Button>Derrière</Button>
      {open ? (
        <Dialog
          title="Titre du dialogue"
          onClose={() => {
            onClose?.();
            setOpen(false);
          }}
          actions={
            <>
              <Button>Premier</Button>
              <Button>Dernier</Button>
            </>
          }
        >
          <p>Contenu</p>
        </Dialog>
      ) : null}
    </>
  );
}

describe('Dialog', () => {
  it('moves focus in, traps Tab inside, closes on Escape and gives focus back', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<DialogHarness onClose={onClose} />);
    const opener = screen.getByRole('button', { name: 'Ouvrir' });
    await user.click(opener);

    const dialog = screen.getByRole('dialog', { name: 'Titre du dialogue' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(screen.getByRole('button', { name: 'Premier' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Dernier' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Premier' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Dernier' })).toHaveFocus();
    await expectNoAxeViolations(document.body);

    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('ConfirmDialog focuses the safe choice and runs the action once on confirm', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn(async () => undefined);
    const onCancel = vi.fn();
    render(
      <ConfirmDialog danger title="Supprimer ?" confirmLabel="Supprimer" cancelLabel="Annuler" onConfirm={onConfirm} onCancel={onCancel}>
        <p>Définitif.</p>
      </ConfirmDialog>,
    );
    const dialog = screen.getByRole('alertdialog', { name: 'Supprimer ?' });
    expect(dialog).toHaveAccessibleDescription('Définitif.');
    expect(screen.getByRole('button', { name: 'Annuler' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Supprimer' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(onCancel).not.toHaveBeenCalled();
  });
});

describe('fields', () => {
  it('label, hint and error are wired to the control', async () => {
    const { container } = render(
      <>
        <TextField label="Nom" hint="Tel qu’affiché" error="Obligatoire." value="" onChange={() => undefined} />
        <NumberField label="Maximum" value={Number.NaN} onChange={() => undefined} />
        <CheckboxGroup legend="Réseaux" values={['x']} options={[{ value: 'x', label: 'X' }, { value: 'facebook', label: 'Facebook' }]} onChange={() => undefined} />
      </>,
    );
    const input = screen.getByLabelText('Nom');
    expect(input).toHaveAccessibleDescription('Tel qu’affiché Obligatoire.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Maximum')).toHaveValue(null);
    expect(screen.getByRole('group', { name: 'Réseaux' })).toBeInTheDocument();
    expect(screen.getByLabelText('X')).toBeChecked();
    await expectNoAxeViolations(container);
  });

  it('NumberField reports an emptied entry as NaN so the form can say why', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<NumberField label="Jours" value={5} onChange={onChange} />);
    await user.clear(screen.getByLabelText('Jours'));
    expect(onChange).toHaveBeenLastCalledWith(Number.NaN);
  });
});

describe('NavList', () => {
  it('marks the current link and selects without leaving the page', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<NavList label="Rubriques" items={[{ id: 'a', label: 'Alpha' }, { id: 'b', label: 'Bêta' }]} current="a" onSelect={onSelect} />);
    expect(screen.getByRole('link', { name: 'Alpha' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Bêta' })).not.toHaveAttribute('aria-current');
    await user.click(screen.getByRole('link', { name: 'Bêta' }));
    expect(onSelect).toHaveBeenCalledWith('b');
  });
});

describe('charts', () => {
  it('draw labelled SVG images with the data as a table for screen readers', async () => {
    const { container } = render(
      <>
        <LineChart title="Volume" labels={['1 mars', '2 mars', '3 mars']} series={[{ name: 'Commentaires', values: [3, 0, 7] }]} />
        <StackedBarChart
          title="Tonalité"
          labels={['1 mars', '2 mars']}
          series={[
            { name: 'Négative', values: [1, 2], color: 'red' },
            { name: 'Positive', values: [3, 0], color: 'green' },
          ]}
        />
      </>,
    );
    expect(screen.getByRole('img', { name: 'Volume' }).querySelector('polyline')?.getAttribute('points')?.split(' ')).toHaveLength(3);
    expect(screen.getByRole('img', { name: 'Tonalité' }).querySelectorAll('rect')).toHaveLength(3); // the zero is not drawn
    expect(screen.getByRole('table', { name: 'Volume' })).toHaveTextContent('3 mars7');
    await expectNoAxeViolations(container);
  });

  it('round axes up to 1, 2 or 5 × 10ⁿ', () => {
    expect([0, 1, 3, 7, 10, 11, 180, 501].map(niceMax)).toEqual([1, 1, 5, 10, 10, 20, 200, 1000]);
  });
});

describe('axe helper', () => {
  it('fails on an unlabelled control (so a passing check means something)', async () => {
    const { container } = render(<input type="text" />);
    await expect(expectNoAxeViolations(container)).rejects.toThrow(/label/);
  });
});
