// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HeaderCard } from '../../../components/workspace/HeaderCard';
import { LangProvider } from '../../../components/shared/i18n';
import { formatDate } from '../../../utils/i18n/format-date';
import type { Lang } from '../../../utils/i18n/lang';
import type { Notice } from '../../../utils/notice/types';
import { fixtureNotice } from './notices';

afterEach(cleanup);

// Dates as the panel writes them (utils/i18n/format-date.ts decides the format).
const zh = (iso: string) => formatDate(iso, 'zh');

const field = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

function show(notice: Notice, today: string, lang: Lang = 'zh', onCopy = vi.fn(async () => true)) {
  render(
    <LangProvider lang={lang}>
      <HeaderCard notice={notice} today={today} onCopy={onCopy} />
    </LangProvider>,
  );
  return onCopy;
}

describe('HeaderCard', () => {
  it('shows the notice of 000-cms: issuer, team, round and every date, in Chinese', () => {
    show(fixtureNotice('000-cms'), '2025-10-20');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('通报信息');
    expect(field('发布单位')).toBe('中共清远广播电视台委员会');
    expect(field('巡察组')).toBe('市委第五巡察组');
    expect(field('轮次')).toBe('八届市委第五轮');
    expect(field('巡察时间')).toBe(`${zh('2024-03-28')} 至 ${zh('2024-06-28')}`);
    expect(field('反馈时间')).toBe(zh('2024-09-13'));
    expect(field('发布日期')).toBe(zh('2025-10-16'));
    expect(field('公示期')).toBe(`${zh('2025-10-16')} 至 ${zh('2025-11-16')}还剩 27 天`);
    expect(field('地址')).toBe('清远市清城区人民二路11号清远广播电视台');
    const mail = screen.getByRole('link', { name: '403827611@qq.com' });
    expect(mail.getAttribute('href')).toBe('mailto:403827611@qq.com');
  });

  it('counts the publicity period against today: days left, the last day, ended', () => {
    const notice = fixtureNotice('000-cms');
    show(notice, '2025-11-15');
    expect(screen.getByText('还剩 1 天')).toBeTruthy();
    cleanup();
    show(notice, '2025-11-16');
    expect(screen.getByText('今天截止')).toBeTruthy();
    cleanup();
    show(notice, '2025-11-17');
    expect(screen.getByText('已结束')).toBeTruthy();
    cleanup();
    show(notice, '2025-11-10', 'en');
    expect(screen.getByText('6 days left')).toBeTruthy();
    expect(field('Publicity period')).toBe(`${formatDate('2025-10-16', 'en')} – ${formatDate('2025-11-16', 'en')}6 days left`);
  });

  it('copies a phone number through the handler it is given, and says so', async () => {
    const onCopy = show(fixtureNotice('000-cms'), '2025-10-20');
    fireEvent.click(screen.getByRole('button', { name: '复制电话 3374716' }));
    expect(onCopy).toHaveBeenCalledWith('3374716');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已复制 3374716'));
  });

  it('says "not stated" for every missing field, and shows no countdown without a period', () => {
    const notice: Notice = { ...fixtureNotice('000-cms'), issuer: null, round: null, feedbackDate: null, publicityPeriod: null, inspectionPeriod: { start: null, end: '2024-06-28' }, contacts: { phones: [], emails: [], postalAddress: null, postcode: null } };
    show(notice, '2025-10-20');
    expect(field('发布单位')).toBe('未写明');
    expect(field('轮次')).toBe('未写明');
    expect(field('反馈时间')).toBe('未写明');
    expect(field('公示期')).toBe('未写明');
    expect(field('巡察时间')).toBe(`未写明 至 ${zh('2024-06-28')}`);
    expect(screen.queryByText(/还剩/)).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getAllByText('未写明')).toHaveLength(5);
  });
});
