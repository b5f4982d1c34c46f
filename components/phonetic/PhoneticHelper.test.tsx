// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PhoneticHelper, type PhoneticHelperProps } from './PhoneticHelper';

afterEach(cleanup);

function setup(overrides: Partial<PhoneticHelperProps> = {}) {
  const props: PhoneticHelperProps = { draft: '', alphabet: 'icao', digits: 'plain', ...overrides };
  const view = render(<PhoneticHelper {...props} />);
  const input = screen.getByRole('textbox', { name: 'Text to spell' });
  const type = (value: string) => fireEvent.input(input, { target: { value } });
  const spelling = () => within(screen.getByRole('list', { name: 'Spelling' }));
  return { ...view, input, type, spelling };
}

describe('PhoneticHelper', () => {
  it('spells what the agent types, grouped, with case where the text mixes it', () => {
    const { type, spelling } = setup();
    type('Kb7-x');
    const groups = spelling().getAllByRole('listitem');
    expect(groups.map((g) => g.textContent)).toEqual([
      'Kcapital Kiloblowercase Bravo7Seven',
      '-dash',
      'xlowercase X-ray',
    ]);
  });

  it('offers the spell-worthy tokens of the draft and the customer message; a click fills the input', () => {
    const { input, spelling } = setup({
      draft: 'Your ticket is INC0012345. Ordinary words are not offered.',
      customerMessage: 'My email is anna.berg@example.com',
    });
    const tokens = within(screen.getByRole('list', { name: 'Found in this ticket' })).getAllByRole('button');
    expect(tokens.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Spell anna.berg@example.com e-mail',
      'Spell INC0012345 ticket',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Spell INC0012345 ticket' }));
    expect((input as HTMLInputElement).value).toBe('INC0012345');
    expect(spelling().getAllByRole('listitem')[0]?.textContent).toBe('IIndiaNNovemberCCharlie');
  });

  it('Insert hands the spelled line to onInsert', () => {
    const onInsert = vi.fn();
    const { type } = setup({ onInsert, digits: 'icao' });
    type('JSM-19');
    fireEvent.click(screen.getByRole('button', { name: /^Insert/ }));
    expect(onInsert).toHaveBeenCalledWith('Juliett – Sierra – Mike / dash / Wun – Niner');
  });

  it('changing the alphabet changes the spelling and tells the owner', () => {
    const onAlphabetChange = vi.fn();
    const onInsert = vi.fn();
    const { type } = setup({ onAlphabetChange, onInsert });
    type('ab2');
    fireEvent.change(screen.getByRole('combobox', { name: 'Alphabet' }), { target: { value: 'din5009' } });
    expect(onAlphabetChange).toHaveBeenCalledWith('din5009');
    fireEvent.click(screen.getByRole('button', { name: 'Insert spelling' }));
    expect(onInsert).toHaveBeenLastCalledWith('Aachen – Berlin – Zwei');
  });

  it('follows an alphabet chosen elsewhere (settings, pack)', () => {
    const onInsert = vi.fn();
    const { type, rerender } = setup({ onInsert });
    type('ab');
    rerender(<PhoneticHelper draft="" alphabet="italian" digits="plain" onInsert={onInsert} />);
    fireEvent.click(screen.getByRole('button', { name: 'Insert spelling' }));
    expect(onInsert).toHaveBeenLastCalledWith('Ancona – Bologna');
  });

  it('reads aloud and copies through the given callbacks', async () => {
    const speak = vi.fn();
    const copy = vi.fn();
    const { type } = setup({ speak, copy });
    type('a.b');
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(speak).toHaveBeenCalledWith('Alfa. dot. Bravo.');
    fireEvent.click(screen.getByRole('button', { name: 'Copy spelling' }));
    expect(copy).toHaveBeenCalledWith('Alfa / dot / Bravo');
    expect(await screen.findByText('Spelling copied.')).toBeTruthy();
  });

  it('shows page text as text, never as markup', () => {
    const { type } = setup();
    type('<b>x</b>');
    expect(document.querySelector('.rp-phonetic b')).toBeNull();
  });

  it('keeps the buttons disabled until there is something to spell', () => {
    setup({ onInsert: vi.fn() });
    for (const name of ['Insert spelling', 'Copy spelling', 'Read aloud']) {
      expect((screen.getByRole('button', { name }) as HTMLButtonElement).disabled).toBe(true);
    }
  });
});

describe('PhoneticHelper with pasted walls of text', () => {
  it('spells only the first characters and says so', () => {
    const onInsert = vi.fn();
    const { type } = setup({ onInsert });
    type('ab'.repeat(5000));
    expect(screen.getByText(/Only the first \d+ characters are spelled/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Insert spelling' }));
    const inserted = onInsert.mock.calls[0]?.[0] as string;
    expect(inserted.split(/ – | \/ /)).toHaveLength(200);
  });
});
