import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerProfileRequests, onPageChanged, requestProfile } from '../../lib/messaging';
import type { ExtractResult } from '../../lib/schema/profile';
import { makeSnapshot } from '../support/snapshot';

const profile: ExtractResult = { status: 'profile', snapshot: makeSnapshot() };

describe('requestProfile (panel side)', () => {
  test('returns the validated answer of the tab', async () => {
    const send = vi.fn().mockResolvedValue(profile);
    fakeBrowser.tabs.sendMessage = send;
    await expect(requestProfile(7)).resolves.toEqual(profile);
    expect(send).toHaveBeenCalledWith(7, { type: 'mentor-board:get-profile' });
  });

  test('a tab with no content script is "unreachable", not an error', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn().mockRejectedValue(new Error('Receiving end does not exist.'));
    await expect(requestProfile(7)).resolves.toEqual({ status: 'unreachable' });
  });

  test('an answer that is not a profile is refused', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn().mockResolvedValue({ status: 'profile', snapshot: { name: 42 } });
    await expect(requestProfile(7)).rejects.toThrow(/not a profile/);
  });
});

describe('answerProfileRequests (content script side)', () => {
  test('answers the panel’s request and ignores other messages', async () => {
    const read = vi.fn(() => profile);
    answerProfileRequests(read);
    await expect(fakeBrowser.runtime.sendMessage({ type: 'mentor-board:get-profile' })).resolves.toEqual(profile);
    await fakeBrowser.runtime.sendMessage({ type: 'something-else' }).catch(() => undefined);
    expect(read).toHaveBeenCalledTimes(1);
  });
});

describe('onPageChanged', () => {
  test('hears a page change with its tab id, and ignores malformed messages', () => {
    const heard = vi.fn();
    onPageChanged(heard);
    const listener = (message: unknown, tabId?: number) =>
      fakeBrowser.runtime.onMessage.trigger(
        message,
        { tab: tabId === undefined ? undefined : { id: tabId } } as never,
        () => {},
      );
    listener({ type: 'mentor-board:page-changed', url: 'https://www.linkedin.com/in/x/', profileKey: 'k' }, 3);
    listener({ type: 'mentor-board:page-changed' }, 3);
    listener({ type: 'mentor-board:page-changed', url: 'https://www.linkedin.com/in/x/' });
    expect(heard).toHaveBeenCalledTimes(1);
    expect(heard).toHaveBeenCalledWith(3, 'https://www.linkedin.com/in/x/', 'k');
  });
});
