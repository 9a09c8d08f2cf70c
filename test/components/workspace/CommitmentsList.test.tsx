// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangProvider } from '../../../components/shared/i18n';
import { CommitmentsList } from '../../../components/workspace/CommitmentsList';
import { formatDate } from '../../../utils/i18n/format-date';
import type { Lang } from '../../../utils/i18n/lang';
import type { Commitment } from '../../../utils/notice/types';
import { fixtureNotice } from './notices';

afterEach(cleanup);

function show(commitments: Commitment[], lang: Lang = 'zh') {
  const onReveal = vi.fn();
  render(
    <LangProvider lang={lang}>
      <CommitmentsList commitments={commitments} onReveal={onReveal} />
    </LangProvider>,
  );
  return onReveal;
}

const items = () => Array.from(document.querySelectorAll<HTMLElement>('.ws-commitment'));

describe('CommitmentsList', () => {
  it('lists every commitment of 000-cms with its kind, and reveals the one clicked', () => {
    const notice = fixtureNotice('000-cms');
    const onReveal = show(notice.commitments);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(`通报中的承诺 共 ${notice.commitments.length} 条`);
    expect(items()).toHaveLength(notice.commitments.length);
    const first = notice.commitments[0] as Commitment;
    expect(items()[0]?.querySelector('button')?.textContent).toBe(`计划 ${first.text}`);
    expect(items()[0]?.querySelector('.ws-due')?.textContent).toBe('期限：无明确期限');
    fireEvent.click(items()[0]?.querySelector('button') as HTMLButtonElement);
    expect(onReveal).toHaveBeenCalledWith({ start: first.start, end: first.end });
  });

  it('shows a deadline as written and as a date', () => {
    const notice = fixtureNotice('synthetic-stats');
    show(notice.commitments);
    const dated = items().filter((li) => li.classList.contains('ws-kind-deadline'));
    expect(dated).toHaveLength(4);
    expect(dated[0]?.querySelector('.ws-due')?.textContent).toBe(`期限：2025年6月底前（${formatDate('2025-06-30', 'zh')}）`);
    expect(dated[0]?.querySelector('.ws-cues')?.textContent).toBe(' · 依据：目前正、拟');
    expect(dated[1]?.querySelector('.ws-due')?.textContent).toBe(`期限：年底前（${formatDate('2025-12-31', 'zh')}）`);
    expect(items().filter((li) => li.classList.contains('ws-kind-recurring'))[0]?.querySelector('button')?.textContent).toMatch(/^定期 三是每季度开展一次/);
  });

  it('says so when there are none, in English', () => {
    show([], 'en');
    expect(screen.getByText('No commitments found.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Commitments in the notice 0 commitments');
  });
});
