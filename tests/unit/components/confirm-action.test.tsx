import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { DeleteContact } from '../../../components/contact-view/delete-contact';
import { DeleteEverything } from '../../../components/my-data/delete-everything';

const COUNTS = { contacts: 12, drafts: 1, timeline: 30, needs: 3, offers: 0, connections: 250 };

function renderDeleteContact(onDelete = vi.fn().mockResolvedValue(undefined)) {
  render(<DeleteContact name="Rowan Alder" drafts={2} timeline={1} snapshots={3} onDelete={onDelete} />);
  return onDelete;
}

describe('deleting one contact', () => {
  test('the first click only asks, naming the person and what goes with them', () => {
    const onDelete = renderDeleteContact();
    fireEvent.click(screen.getByRole('button', { name: 'Delete contact…' }));
    expect(onDelete).not.toHaveBeenCalled();
    const group = screen.getByRole('group', { name: 'Delete Rowan Alder?' });
    expect(group.textContent).toContain(
      'Deleted with them: 2 drafts, 1 timeline entry and 3 saved copies of their profile. This cannot be undone.',
    );
    // The trigger is gone: a second click of a double click cannot land on a button there.
    expect(screen.queryByRole('button', { name: 'Delete contact…' })).toBeNull();
  });

  test('what they do not have is not listed', () => {
    render(<DeleteContact name="Ada Brook" drafts={0} timeline={0} snapshots={1} onDelete={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete contact…' }));
    expect(screen.getByRole('group', { name: 'Delete Ada Brook?' }).textContent).toContain(
      'Deleted with them: 1 saved copy of their profile. This cannot be undone.',
    );
  });

  test('cancel keeps the contact and puts the focus back on the trigger', async () => {
    const onDelete = renderDeleteContact();
    fireEvent.click(screen.getByRole('button', { name: 'Delete contact…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onDelete).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Delete contact…'));
  });

  test('keyboard: the focus starts on Cancel, and Escape cancels', async () => {
    const onDelete = renderDeleteContact();
    fireEvent.click(screen.getByRole('button', { name: 'Delete contact…' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' })));
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(screen.queryByRole('group')).toBeNull();
    expect(onDelete).not.toHaveBeenCalled();
  });

  test('confirming deletes once; a failure keeps the confirmation open to retry', async () => {
    const onDelete = vi.fn().mockRejectedValueOnce(new Error('disk')).mockResolvedValueOnce(undefined);
    renderDeleteContact(onDelete);
    fireEvent.click(screen.getByRole('button', { name: 'Delete contact…' }));
    const confirm = screen.getByRole('button', { name: 'Delete Rowan Alder' });
    fireEvent.click(confirm);
    expect(screen.getByRole('button', { name: 'Deleting…' })).toHaveProperty('disabled', true);
    expect(await screen.findByRole('button', { name: 'Delete Rowan Alder' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete Rowan Alder' }));
    await waitFor(() => expect(onDelete).toHaveBeenCalledTimes(2));
  });
});

describe('deleting everything', () => {
  function open(onDelete = vi.fn().mockResolvedValue(undefined)) {
    render(<DeleteEverything counts={COUNTS} onDelete={onDelete} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    return onDelete;
  }

  test('says every count and suggests a backup first', () => {
    open();
    const text = screen.getByRole('group', { name: /Delete all of Mentor Board’s data/ }).textContent;
    expect(text).toContain(
      'This deletes 12 contacts, 1 draft, 30 timeline entries, 3 needs, 250 imported LinkedIn connections, who you are and your settings. It cannot be undone.',
    );
    expect(text).toContain('Export a backup first');
  });

  test('works only once DELETE is typed, by click or by Enter', async () => {
    const onDelete = open();
    const confirm = screen.getByRole('button', { name: 'Delete everything' });
    const typed = screen.getByLabelText('Type DELETE to confirm');
    expect(confirm).toHaveProperty('disabled', true);
    fireEvent.input(typed, { target: { value: 'delete' } });
    fireEvent.keyDown(typed, { key: 'Enter' });
    fireEvent.click(confirm);
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.input(typed, { target: { value: 'DELETE' } });
    expect(confirm).toHaveProperty('disabled', false);
    fireEvent.keyDown(typed, { key: 'Enter' });
    await waitFor(() => expect(onDelete).toHaveBeenCalledTimes(1));
  });

  test('cancel keeps everything and forgets what was typed', () => {
    const onDelete = open();
    fireEvent.input(screen.getByLabelText('Type DELETE to confirm'), { target: { value: 'DELETE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    expect((screen.getByLabelText('Type DELETE to confirm') as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('button', { name: 'Delete everything' })).toHaveProperty('disabled', true);
  });
});
