// The Due view (issue #9): what is due and overdue, the drafted message one click away,
// snooze (a day, a week, a chosen date; keyboard usable), done, and the badge's count sent
// to the background.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/sidepanel/app';
import { getDb } from '../../../lib/db/database';
import { saveProfile, updateContact } from '../../../lib/db/repositories/contacts';
import { markDraftSent, saveDraft } from '../../../lib/db/repositories/drafts';
import { addNeed } from '../../../lib/db/repositories/needs';
import { listSnoozes } from '../../../lib/db/repositories/reminders';
import { addTimelineEntry, listTimeline } from '../../../lib/db/repositories/timeline';
import { makeSnapshot } from '../../support/snapshot';

const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);
const odile = makeSnapshot({
  name: 'Odile Marsh',
  canonicalUrl: 'https://www.linkedin.com/in/odile-marsh/',
  headline: 'Head of Design at Fernhill Labs',
});
const REPORT = 'Tell Odile what came of their advice';

let counts: number[];

beforeEach(async () => {
  history.replaceState({}, '', '/sidepanel.html?tabId=5');
  const db = getDb();
  await Promise.all(
    [db.contacts, db.snapshots, db.needs, db.timeline, db.reminders, db.settings, db.drafts].map((t) => t.clear()),
  );
  fakeBrowser.tabs.sendMessage = vi.fn().mockRejectedValue(new Error('Receiving end does not exist.'));
  counts = [];
  fakeBrowser.runtime.onMessage.addListener((message: { type?: string; count?: number }) => {
    if (message.type === 'mentor-board:due-count' && message.count !== undefined) counts.push(message.count);
  });
});

/** Odile, saved 20 days ago, whose advice the user acted on 15 days ago. */
async function actedOn15DaysAgo() {
  const { contact } = await saveProfile(odile, daysAgo(20));
  await addTimelineEntry({ contactId: contact.id, kind: 'advice-acted-on', note: 'ran weekly 1:1s' }, daysAgo(15));
  return contact;
}

const dueList = () => screen.findByRole('list', { name: "What's due" });
const reminder = async (title: string) =>
  (await within(await dueList()).findByText(title)).closest('li') as HTMLElement;

describe('the Due view', () => {
  test('lists the overdue report back with when, who and why, and the badge gets the count', async () => {
    await actedOn15DaysAgo();
    render(<App />);
    const item = await reminder(REPORT);
    expect(item.textContent).toMatch(/Overdue since/);
    expect(within(item).getByRole('button', { name: 'Open Odile Marsh' })).toBeTruthy();
    expect(item.textContent).toContain('the step most people miss');
    await waitFor(() => expect(counts.at(-1)).toBe(1));
  });

  test('one click on “Draft message” shows the report back, with what the user logged', async () => {
    await actedOn15DaysAgo();
    render(<App />);
    const item = await reminder(REPORT);
    const draft = within(item).getByRole('button', { name: 'Draft message' });
    expect(draft.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(draft);
    expect(draft.getAttribute('aria-expanded')).toBe('true');
    const kind = (await within(item).findByLabelText('What to write')) as HTMLSelectElement;
    expect(kind.value).toBe('follow-through');
    const message = within(item).getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
    expect(message.value).toMatch(/Hi Odile/);
    expect(message.value).toContain('ran weekly 1:1s');
    expect(within(item).getByRole('list', { name: 'Coach' })).toBeTruthy();
  });

  test('marking the drafted report sent logs it, and the reminder goes', async () => {
    const contact = await actedOn15DaysAgo();
    render(<App />);
    const item = await reminder(REPORT);
    fireEvent.click(within(item).getByRole('button', { name: 'Draft message' }));
    fireEvent.click(await within(item).findByRole('button', { name: 'Mark sent' }));
    await waitFor(async () => expect((await listTimeline(contact.id)).at(-1)?.kind).toBe('reported-back'));
    await waitFor(() => expect(screen.queryByText(REPORT)).toBeNull());
    await waitFor(() => expect(counts.at(-1)).toBe(0));
  });

  test('Done logs the step on the timeline, and the clock restarts', async () => {
    const contact = await actedOn15DaysAgo();
    render(<App />);
    fireEvent.click(within(await reminder(REPORT)).getByRole('button', { name: 'Done' }));
    expect(await screen.findByText(/Done: logged on Odile Marsh’s timeline/)).toBeTruthy();
    expect((await listTimeline(contact.id)).map((e) => e.kind)).toEqual(['advice-acted-on', 'reported-back']);
    expect(await screen.findByText(/Next: Keep in touch with Odile/)).toBeTruthy();
  });

  test('the snooze menu: labelled, keyboard usable, Escape closes it and focus returns', async () => {
    await actedOn15DaysAgo();
    render(<App />);
    const item = await reminder(REPORT);
    const toggle = within(item).getByRole('button', { name: 'Snooze' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const menu = within(item).getByRole('group', { name: `Snooze “${REPORT}”` });
    await waitFor(() => expect(document.activeElement).toBe(within(menu).getByRole('button', { name: '1 day' })));
    expect(within(menu).getByRole('button', { name: '1 week' })).toBeTruthy();
    expect(within(menu).getByLabelText('Until')).toBeTruthy();
    fireEvent.keyDown(within(menu).getByRole('button', { name: '1 week' }), { key: 'Escape' });
    expect(within(item).queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });

  test('snoozed for a week: out of what is due, in “coming up”, and it can be woken', async () => {
    const contact = await actedOn15DaysAgo();
    render(<App />);
    const item = await reminder(REPORT);
    fireEvent.click(within(item).getByRole('button', { name: 'Snooze' }));
    fireEvent.click(within(item).getByRole('button', { name: '1 week' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: "What's due" })).toBeNull());
    const [snooze] = await listSnoozes();
    expect(snooze?.id).toBe(`${contact.id}:report-back`);
    expect(Date.parse(snooze?.snoozedUntil ?? '') - Date.now()).toBeGreaterThan(6.9 * DAY_MS);
    const coming = await screen.findByRole('list', { name: 'Coming up' });
    expect(coming.textContent).toMatch(/Snoozed until/);
    await waitFor(() => expect(counts.at(-1)).toBe(0));
    fireEvent.click(within(coming).getByRole('button', { name: 'Wake it now' }));
    expect(await reminder(REPORT)).toBeTruthy();
  });

  test('snoozed until a chosen day; a day in the past is refused in words', async () => {
    await actedOn15DaysAgo();
    render(<App />);
    const item = await reminder(REPORT);
    fireEvent.click(within(item).getByRole('button', { name: 'Snooze' }));
    const day = within(item).getByLabelText('Until') as HTMLInputElement;
    fireEvent.input(day, { target: { value: '2001-01-01' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Snooze until then' }));
    expect(within(item).getByRole('alert').textContent).toBe('Pick a day after today.');
    expect(await listSnoozes()).toEqual([]);
    fireEvent.input(day, { target: { value: '2099-03-04' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Snooze until then' }));
    await waitFor(async () => expect((await listSnoozes())[0]?.snoozedUntil).toBe(new Date(2099, 2, 4).toISOString()));
  });

  test('my needs come up for review, and lead to the Me view', async () => {
    await saveProfile(odile);
    await addNeed({ text: 'Manage my first team', kind: 'skill' }, daysAgo(100));
    render(<App />);
    const item = await reminder('Review your needs');
    expect(within(item).queryByRole('button', { name: 'Draft message' })).toBeNull();
    fireEvent.click(within(item).getByRole('button', { name: 'Open my needs' }));
    expect(await screen.findByText(/Your needs were last looked at 100 days ago/)).toBeTruthy();
  });

  test('nothing saved: the empty view says what to do next', async () => {
    await saveProfile(odile);
    await getDb().contacts.update((await getDb().contacts.toArray())[0]?.id ?? '', { tags: ['archived'] });
    render(<App />);
    expect(await screen.findByText(/Save people from their profiles/)).toBeTruthy();
  });
});

describe('thanking the connector', () => {
  const wren = makeSnapshot({
    name: 'Wren Alcott',
    canonicalUrl: 'https://www.linkedin.com/in/wren-alcott/',
    headline: 'Community lead at Tidewater Guild',
  });

  /** Wren (a connector) was asked, in a sent request, to introduce the user to Odile. */
  async function askedWrenToIntroduceOdile() {
    const { contact: connector } = await saveProfile(wren, daysAgo(30));
    await updateContact(connector.id, { role: 'connector' });
    const { contact: target } = await saveProfile(odile, daysAgo(30));
    const request = await saveDraft(
      { contactId: target.id, connectorId: connector.id, kind: 'intro-request', channel: 'email', text: 'Would you…' },
      daysAgo(10),
    );
    await markDraftSent(request.id, daysAgo(10));
    return { connector, target };
  }

  const openDraft = async (title: string) => {
    const item = await reminder(title);
    fireEvent.click(within(item).getByRole('button', { name: 'Draft message' }));
    return (await within(item).findByRole('textbox', { name: 'Message' })) as HTMLTextAreaElement;
  };

  test('on the connector: the thank-you names the person they were asked to introduce', async () => {
    const { connector } = await askedWrenToIntroduceOdile();
    await addTimelineEntry({ contactId: connector.id, kind: 'intro-made' }, daysAgo(3));
    render(<App />);
    const message = await openDraft('Thank Wren for the introduction');
    await waitFor(() => expect(message.value).toMatch(/Hi Wren/));
    expect(message.value).toContain('introducing me to Odile');
    expect(message.value).not.toContain('[[name]]');
  });

  test('on the person introduced: the thank-you goes to the connector of the request', async () => {
    const { target } = await askedWrenToIntroduceOdile();
    await addTimelineEntry({ contactId: target.id, kind: 'intro-made' }, daysAgo(3));
    render(<App />);
    const message = await openDraft('Thank whoever introduced you to Odile');
    await waitFor(() => expect(message.value).toMatch(/Hi Wren/));
    expect(message.value).toContain('introducing me to Odile');
    expect(message.value).not.toContain("[[connector's name]]");
  });

  test('Done on the person introduced logs whom the user thanked', async () => {
    const { target } = await askedWrenToIntroduceOdile();
    await addTimelineEntry({ contactId: target.id, kind: 'intro-made' }, daysAgo(3));
    render(<App />);
    fireEvent.click(
      within(await reminder('Thank whoever introduced you to Odile')).getByRole('button', { name: 'Done' }),
    );
    await waitFor(async () =>
      expect((await listTimeline(target.id)).at(-1)?.note).toBe('Thanked Wren Alcott for the introduction'),
    );
  });

  test('nothing links the connector to anyone: a placeholder marks what to fill in', async () => {
    const { contact: connector } = await saveProfile(wren, daysAgo(30));
    await updateContact(connector.id, { role: 'connector' });
    await addTimelineEntry({ contactId: connector.id, kind: 'intro-made' }, daysAgo(3));
    render(<App />);
    const message = await openDraft('Thank Wren for the introduction');
    await waitFor(() => expect(message.value).toContain('introducing me to [[name]]'));
  });
});
