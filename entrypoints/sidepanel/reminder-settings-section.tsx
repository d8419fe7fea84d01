// Me → Reminders: the rhythms and the daily notification (issue #9). The notification's
// permission is optional: asked for from the click that turns it on (browsers only ask
// during a user gesture), given back when it is turned off.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ReminderSettings } from '../../components/reminder-settings/reminder-settings';
import { notificationsPermission } from '../../lib/actions/reminders';
import { getSettings, setReminderDays, updateSettings } from '../../lib/db/repositories/settings';
import { describeSaveError } from './describe-save-error';
import { useLiveQuery } from './use-live-query';

const REFUSED =
  'Notifications were not allowed, so the daily notification stays off. Allow them when your browser asks, or in its settings for Mentor Board, then turn it on again.';

export function ReminderSettingsSection() {
  const settings = useLiveQuery(() => getSettings(), []);
  const [problem, setProblem] = useState('');
  if (!settings) return <p class="muted">Loading…</p>;

  const run = (work: Promise<unknown>) => {
    setProblem('');
    work.catch((error: unknown) => setProblem(describeSaveError(error)));
  };
  const toggle = (on: boolean) => {
    setProblem('');
    if (!on) {
      run(updateSettings({ dailyNotification: false }));
      browser.permissions.remove(notificationsPermission()).catch(() => undefined);
      return;
    }
    // No await before this call: it must run within the click.
    browser.permissions.request(notificationsPermission()).then(
      (granted) => (granted ? run(updateSettings({ dailyNotification: true })) : setProblem(REFUSED)),
      () => setProblem(REFUSED),
    );
  };

  return (
    <ReminderSettings
      reminderDays={settings.reminderDays}
      dailyNotification={settings.dailyNotification}
      notificationProblem={problem}
      onSetDays={(rule, days) => run(setReminderDays(rule, days))}
      onToggleNotification={toggle}
    />
  );
}
