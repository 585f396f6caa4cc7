import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StartupError } from '@/components/StartupError';

describe('startup error', () => {
  it('says the data could not be opened, in the browser language, with the reason as text', () => {
    render(<StartupError error={new Error('UpgradeError <b>v3</b>')} browserLanguage="fr-FR" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Riposte n’a pas pu ouvrir ses données');
    expect(screen.getByText('Error: UpgradeError <b>v3</b>')).toBeInTheDocument();
  });
});
