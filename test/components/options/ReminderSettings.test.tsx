// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReminderToggle } from '../../../components/options/reminder-permissions';
import { ReminderSettings } from '../../../components/options/ReminderSettings';
import { LangProvider } from '../../../components/shared/i18n';
import type { Settings } from '../../../utils/settings/types';

afterEach(cleanup);

const OFF: Settings = { lang: 'zh', theme: 'auto', reminders: false };

describe('ReminderSettings', () => {
  it('asks for the permissions on a click and saves on only when granted', async () => {
    const onToggle = vi.fn<(on: boolean) => Promise<ReminderToggle>>().mockResolvedValue('on');
    const onChange = vi.fn<(s: Settings) => void>();
    render(<ReminderSettings settings={OFF} onToggle={onToggle} onChange={onChange} />);
    const box = screen.getByRole('checkbox', { name: '承诺逾期时发送浏览器通知' }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(onToggle).toHaveBeenCalledWith(true);
    await waitFor(() => expect(onChange).toHaveBeenCalledWith({ ...OFF, reminders: true }));
  });

  it('stays off and says so when the browser refuses', async () => {
    const onChange = vi.fn<(s: Settings) => void>();
    render(<ReminderSettings settings={OFF} onToggle={() => Promise.resolve('refused')} onChange={onChange} />);
    const box = screen.getByRole('checkbox') as HTMLInputElement;
    fireEvent.click(box);
    expect(await screen.findByText('未获得通知权限，提醒未开启。')).toBeTruthy();
    expect(onChange).not.toHaveBeenCalled();
    expect(box.checked).toBe(false);
  });

  it('turns off, in English', async () => {
    const onToggle = vi.fn<(on: boolean) => Promise<ReminderToggle>>().mockResolvedValue('off');
    const onChange = vi.fn<(s: Settings) => void>();
    render(
      <LangProvider lang="en">
        <ReminderSettings settings={{ ...OFF, lang: 'en', reminders: true }} onToggle={onToggle} onChange={onChange} />
      </LangProvider>,
    );
    const box = screen.getByRole('checkbox', { name: 'Notify me when a commitment is overdue' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(onToggle).toHaveBeenCalledWith(false);
    await waitFor(() => expect(onChange).toHaveBeenCalledWith({ lang: 'en', theme: 'auto', reminders: false }));
  });
});
