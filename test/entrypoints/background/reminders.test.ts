import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALARM, installReminders, NOTIFICATION, REMINDED_KEY } from '../../../entrypoints/background/reminders';
import { SETTINGS_KEY } from '../../../utils/settings/settings';
import { createTracked, updateTracked } from '../../../utils/storage/tracked';
import { addDays } from '../../../utils/tracking/deadline';
import { localDate } from '../../../utils/notice/dates';
import { freshDb, unwrap } from '../../utils/storage/helpers';

const PAGE = 'https://www.example.gov.cn/notice/1.html';
const today = () => localDate(new Date());

let granted = true;

beforeEach(() => {
  fakeBrowser.reset();
  granted = true;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(() => Promise.resolve(granted));
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

/** The alarm as the browser hands it to onAlarm. */
const firing = () => ({ name: ALARM, scheduledTime: Date.now(), persistAcrossSessions: true });
const alarm = () => fakeBrowser.alarms.get(ALARM);
const notificationsShown = () => fakeBrowser.notifications.getAllCreateOptions();

describe('the due-date reminders in the background', () => {
  it('when on, reminds once of the newly overdue commitments and opens the library on a click', async () => {
    const db = await freshDb();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { lang: 'zh', theme: 'auto', reminders: true } });
    const late = unwrap(await createTracked(db, { pageUrl: PAGE, text: '年底前完成整改', due: addDays(today(), -2) }));
    unwrap(await createTracked(db, { pageUrl: PAGE, text: '下月完成', due: addDays(today(), 10) }));
    installReminders(db);

    // Something is overdue and not yet reminded of: checked within the minute, then hourly.
    await vi.waitFor(async () => expect(await alarm()).toBeTruthy());
    const first = await alarm();
    expect(first?.periodInMinutes).toBe(60);
    expect(first!.scheduledTime - Date.now()).toBeLessThanOrEqual(60_000);

    await fakeBrowser.alarms.onAlarm.trigger(firing());
    await vi.waitFor(() => expect(notificationsShown()[NOTIFICATION]).toBeTruthy());
    const shown = notificationsShown()[NOTIFICATION];
    expect(shown?.title).toBe('督办：1 项承诺已逾期');
    expect(shown?.message).toContain('年底前完成整改');
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get(REMINDED_KEY))[REMINDED_KEY]).toEqual([late.id]));

    // Reminded once: the next alarm shows nothing new.
    await fakeBrowser.notifications.clear(NOTIFICATION);
    await fakeBrowser.alarms.onAlarm.trigger(firing());
    await new Promise((r) => setTimeout(r, 50));
    expect(notificationsShown()[NOTIFICATION]).toBeUndefined();

    const open = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(NOTIFICATION);
    expect(open).toHaveBeenCalledWith({ url: expect.stringMatching(/\/library\.html$/) as unknown as string });
  });

  it('re-schedules on tracked-changed, in the settings language', async () => {
    const db = await freshDb();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { lang: 'en', theme: 'auto', reminders: true } });
    const item = unwrap(await createTracked(db, { pageUrl: PAGE, text: 'Fix it by year end', due: addDays(today(), 30) }));
    const notify = installReminders(db);
    await vi.waitFor(async () => expect(await alarm()).toBeTruthy());
    // Nothing overdue: the hourly check.
    expect((await alarm())!.scheduledTime - Date.now()).toBeGreaterThan(59 * 60_000);

    unwrap(await updateTracked(db, item.id, { due: addDays(today(), -1) }));
    notify({ type: 'tracked-changed', pageUrl: PAGE });
    await vi.waitFor(async () => expect((await alarm())!.scheduledTime - Date.now()).toBeLessThanOrEqual(60_000));
    await fakeBrowser.alarms.onAlarm.trigger(firing());
    await vi.waitFor(() => expect(notificationsShown()[NOTIFICATION]?.title).toBe('Duban: 1 commitment is overdue'));
  });

  it('does nothing when off or without the permissions, and clears the alarm when turned off', async () => {
    const db = await freshDb();
    unwrap(await createTracked(db, { pageUrl: PAGE, text: '逾期', due: addDays(today(), -3) }));
    granted = false;
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { lang: 'zh', theme: 'auto', reminders: true } });
    installReminders(db);
    await new Promise((r) => setTimeout(r, 50));
    expect(await alarm()).toBeUndefined();

    granted = true;
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { lang: 'zh', theme: 'auto', reminders: false } });
    await new Promise((r) => setTimeout(r, 50));
    expect(await alarm()).toBeUndefined();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { lang: 'zh', theme: 'auto', reminders: true } });
    await vi.waitFor(async () => expect(await alarm()).toBeTruthy());
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { lang: 'zh', theme: 'auto', reminders: false } });
    await vi.waitFor(async () => expect(await alarm()).toBeUndefined());
    expect(notificationsShown()).toEqual({});
  });
});
