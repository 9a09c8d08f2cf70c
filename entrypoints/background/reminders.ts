import { browser } from 'wxt/browser';
import { loadSettings, watchSettings } from '../../components/shared/settings-store';
import type { DubanEvent } from '../../utils/messaging';
import type { DubanDB } from '../../utils/storage/db';
import { listAllTracked } from '../../utils/storage/tracked';
import { planReminders } from '../../utils/tracking/reminders';
import type { TrackedCommitment } from '../../utils/tracking/types';
import { REMINDERS } from './strings';

/**
 * The optional due-date reminders (settings.reminders): one alarm wakes the background hourly and
 * at the moment the next commitment falls overdue; it then shows one notification for the
 * commitments newly overdue. The `alarms` and `notifications` permissions are optional (the
 * options page asks for them when the reader turns reminders on): without them nothing here runs.
 * Which items were already reminded of is kept in `browser.storage.local` under REMINDED_KEY.
 */
export const ALARM = 'duban-reminders';
export const NOTIFICATION = 'duban-reminders';
export const REMINDED_KEY = 'reminded';
const PERMISSIONS = { permissions: ['alarms', 'notifications'] } satisfies Parameters<typeof browser.permissions.contains>[0];
const PERIOD_MINUTES = 60;
/** How many commitments the notification quotes, and how long each quote may be. */
const LISTED = 3;
const QUOTE_CHARS = 40;

/** A 48 px square in Duban's red: Chrome's notifications need an icon and the extension ships none. */
const ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAIAAADYYG7QAAAAOklEQVR42u3OQQkAAAgEsEvi0/5gQVuIj8ECLNP1SoSEhISEhISEhISEhISEhISEhISEhISEhISE7iwria95Ij3yHwAAAABJRU5ErkJggg==';

type Optional<T> = T | undefined;
const alarmsApi = (): Optional<typeof browser.alarms> => (browser as { alarms?: typeof browser.alarms }).alarms;
const notificationsApi = (): Optional<typeof browser.notifications> => (browser as { notifications?: typeof browser.notifications }).notifications;

async function granted(): Promise<boolean> {
  try {
    return alarmsApi() !== undefined && notificationsApi() !== undefined && (await browser.permissions.contains(PERMISSIONS));
  } catch {
    return false;
  }
}

async function readReminded(): Promise<Set<string>> {
  const got = await browser.storage.local.get(REMINDED_KEY);
  const v: unknown = got[REMINDED_KEY];
  return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
}

function quote(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > QUOTE_CHARS ? `${t.slice(0, QUOTE_CHARS - 1)}…` : t;
}

async function showNotification(items: TrackedCommitment[]): Promise<void> {
  const { lang } = await loadSettings();
  const s = REMINDERS[lang];
  const lines = items.slice(0, LISTED).map((i) => `• ${quote(i.text)}`);
  if (items.length > LISTED) lines.push(s.more(items.length - LISTED));
  await notificationsApi()?.create(NOTIFICATION, { type: 'basic', iconUrl: ICON, title: s.title(items.length), message: lines.join('\n') });
}

/**
 * Looks at the tracked commitments now: when `remind`, notifies of the newly overdue ones and
 * remembers them; in any case (re)sets the alarm for the next moment one falls overdue.
 */
async function check(db: DubanDB, remind: boolean): Promise<void> {
  const alarms = alarmsApi();
  if (!alarms) return;
  if (!(await loadSettings()).reminders || !(await granted())) {
    await alarms.clear(ALARM).catch(() => false);
    return;
  }
  const listed = await listAllTracked(db);
  if (!listed.ok) return;
  const now = Date.now();
  const plan = planReminders(listed.value, new Date(now), await readReminded());
  if (remind) {
    if (plan.overdue.length > 0) await showNotification(plan.overdue);
    await browser.storage.local.set({ [REMINDED_KEY]: plan.reminded });
  }
  // Hourly, and also at the moment the next one falls overdue when that comes sooner; an item
  // already overdue but not yet reminded of is checked within the minute.
  const hour = now + PERIOD_MINUTES * 60_000;
  const soonest = plan.overdue.length > 0 && !remind ? now + 60_000 : (plan.nextCheckAt ?? hour);
  await alarms.create(ALARM, { when: Math.max(now + 60_000, Math.min(soonest, hour)), periodInMinutes: PERIOD_MINUTES });
}

/**
 * Wires the reminders; returns what the background's notify should call on each event (it
 * re-schedules on 'tracked-changed'). Listeners are added now when the permissions are there,
 * or as soon as they are granted.
 */
export function installReminders(db: DubanDB): (event: DubanEvent) => void {
  const run = (remind: boolean) => void check(db, remind).catch(() => undefined);
  let wired = false;
  const wire = () => {
    const alarms = alarmsApi();
    const notifications = notificationsApi();
    if (wired || !alarms || !notifications) return;
    wired = true;
    alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === ALARM) run(true);
    });
    notifications.onClicked.addListener((id) => {
      if (id !== NOTIFICATION) return;
      void notifications.clear(id).catch(() => false);
      void browser.tabs.create({ url: browser.runtime.getURL('/library.html') }).catch(() => undefined);
    });
  };
  wire();
  // Firefox has no permissions.onAdded before 77; guarded like the rest.
  browser.permissions?.onAdded?.addListener(() => {
    wire();
    run(false);
  });
  watchSettings(() => run(false));
  run(false);
  return (event) => {
    if (event.type === 'tracked-changed') run(false);
  };
}
