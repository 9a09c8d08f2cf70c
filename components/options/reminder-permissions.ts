import { browser } from 'wxt/browser';

/** The optional permissions the due-date reminders need (wxt.config.ts optional_permissions). */
export const REMINDER_PERMISSIONS = { permissions: ['alarms', 'notifications'] } satisfies Parameters<typeof browser.permissions.request>[0];

/** The background's alarm (entrypoints/background/reminders.ts), cleared here before the permission goes. */
const ALARM = 'duban-reminders';

export type ReminderToggle = 'on' | 'off' | 'refused' | 'unsupported';

/**
 * Turns the reminders' permissions on or off. Must be called straight from the click (the
 * browser only asks during a user gesture): `permissions.request` is the first thing it does.
 * Resolves to what the setting should now be saved as.
 */
export async function toggleReminderPermissions(on: boolean): Promise<ReminderToggle> {
  const permissions = (browser as { permissions?: typeof browser.permissions }).permissions;
  if (!permissions) return on ? 'unsupported' : 'off';
  if (on) {
    try {
      return (await permissions.request(REMINDER_PERMISSIONS)) ? 'on' : 'refused';
    } catch {
      return 'unsupported';
    }
  }
  try {
    await (browser as { alarms?: typeof browser.alarms }).alarms?.clear(ALARM);
    await permissions.remove(REMINDER_PERMISSIONS);
  } catch {
    // Already gone: off all the same.
  }
  return 'off';
}
