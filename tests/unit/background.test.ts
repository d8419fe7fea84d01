import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';

describe('background', () => {
  test('Chrome: the toolbar button opens the side panel', () => {
    const setPanelBehavior = vi.fn().mockResolvedValue(undefined);
    Object.assign(fakeBrowser, { sidePanel: { setPanelBehavior } });
    background.main();
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    Object.assign(fakeBrowser, { sidePanel: undefined });
  });

  test('Firefox: the toolbar button toggles the sidebar', async () => {
    const toggle = vi.fn().mockResolvedValue(undefined);
    Object.assign(fakeBrowser, { sidePanel: undefined, sidebarAction: { toggle } });
    background.main();
    await fakeBrowser.action.onClicked.trigger({ id: 1 } as never);
    expect(toggle).toHaveBeenCalledTimes(1);
    Object.assign(fakeBrowser, { sidebarAction: undefined });
  });
});
