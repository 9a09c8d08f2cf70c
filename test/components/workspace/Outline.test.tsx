// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangProvider } from '../../../components/shared/i18n';
import { Outline } from '../../../components/workspace/Outline';
import type { Lang } from '../../../utils/i18n/lang';
import type { Notice } from '../../../utils/notice/types';
import { fixtureNotice } from './notices';

afterEach(cleanup);

function show(notice: Pick<Notice, 'sections' | 'problems'>, lang: Lang = 'zh') {
  const onReveal = vi.fn();
  render(
    <LangProvider lang={lang}>
      <Outline sections={notice.sections} problems={notice.problems} onReveal={onReveal} />
    </LangProvider>,
  );
  return onReveal;
}

const nodes = () => Array.from(document.querySelectorAll<HTMLButtonElement>('button.ws-node'));
const statuses = () => Array.from(document.querySelectorAll('.ws-measure button.ws-node .ws-status')).map((s) => s.textContent);

describe('Outline', () => {
  it('shows the whole tree of 000-cms: 32 sections, 16 problems, 43 measures', () => {
    show(fixtureNotice('000-cms'));
    expect(nodes()).toHaveLength(32 + 16 + 43);
    expect(document.querySelectorAll('.ws-problem')).toHaveLength(16);
    expect(nodes()[0]?.textContent).toBe('一清远广播电视台党委履行巡察整改主体责任情况');
    // The second problem: one measure, done, decided by its cue words.
    const second = document.querySelectorAll('.ws-problem')[1] as HTMLElement;
    expect(second.querySelector('.ws-text')?.textContent).toMatch(/^完善制度，堵塞漏洞。/);
    const measure = second.querySelector('.ws-measure') as HTMLElement;
    expect(measure.querySelector('.ws-status')?.textContent).toBe('已完成');
    expect(measure.querySelector('.ws-cues')?.textContent).toMatch(/^依据：.*已/);
    expect(statuses().filter((s) => s === '计划')).toHaveLength(1);
  });

  it('filters: only planned measures; only problems with no done measure', () => {
    const notice = fixtureNotice('000-cms');
    show(notice);
    fireEvent.click(screen.getByLabelText('只看计划中的措施'));
    // One planned measure: its section, sub-section, item and problem lead to it.
    expect(statuses()).toEqual(['计划']);
    expect(document.querySelectorAll('.ws-problem')).toHaveLength(1);
    fireEvent.click(screen.getByLabelText('只看计划中的措施'));
    fireEvent.click(screen.getByLabelText('只看没有已完成措施的问题'));
    const undone = notice.problems.filter((p) => !p.measures.some((m) => m.status === 'done'));
    expect(document.querySelectorAll('.ws-problem')).toHaveLength(undone.length);
    expect(undone.length).toBeGreaterThan(0);
    expect(statuses()).not.toContain('已完成');
    fireEvent.click(screen.getByLabelText('只看计划中的措施'));
    const both = undone.filter((p) => p.measures.some((m) => m.status === 'planned'));
    expect(document.querySelectorAll('.ws-problem')).toHaveLength(both.length);
    if (both.length === 0) expect(screen.getByText('没有符合筛选条件的问题。')).toBeTruthy();
  });

  it('reveals the node clicked, and moves between nodes with the arrow keys', () => {
    const notice = fixtureNotice('000-cms');
    const onReveal = show(notice);
    const problem = notice.problems[2];
    if (!problem) throw new Error('no third problem');
    const button = Array.from(document.querySelectorAll<HTMLButtonElement>('.ws-problem > .ws-row > button.ws-node')).find((b) => b.textContent?.includes(problem.text));
    fireEvent.click(button as HTMLButtonElement);
    expect(onReveal).toHaveBeenCalledWith({ start: problem.start, end: problem.end });
    const first = nodes()[0] as HTMLButtonElement;
    fireEvent.click(first);
    const section = notice.sections[0];
    expect(onReveal).toHaveBeenLastCalledWith({ start: section?.headingStart, end: section?.headingEnd });

    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(nodes()[1]);
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(document.activeElement).toBe(nodes().at(-1));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(nodes().at(-1));
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(document.activeElement).toBe(first);
  });

  it('folds a node by its ▾ button, by Left/Right on the node, and all at once', () => {
    const notice = fixtureNotice('000-cms');
    show(notice);
    const all = nodes().length;
    const firstSection = document.querySelector('.ws-section') as HTMLElement;
    const under = firstSection.querySelectorAll('button.ws-node').length - 1;
    expect(under).toBeGreaterThan(0);
    const heading = notice.sections[0]?.heading ?? '';
    fireEvent.click(screen.getByRole('button', { name: `收起：${heading}` }));
    expect(nodes()).toHaveLength(all - under);
    const fold = screen.getByRole('button', { name: `展开：${heading}` });
    expect(fold.getAttribute('aria-expanded')).toBe('false');
    expect(fold.tabIndex).toBe(-1);
    fireEvent.click(fold);
    expect(nodes()).toHaveLength(all);

    // The keys, on the node itself: Left folds, Left again goes nowhere (a top section), Right
    // unfolds, Right again goes to the first child; Left on a child goes back to its parent.
    const top = nodes()[0] as HTMLButtonElement;
    top.focus();
    fireEvent.keyDown(top, { key: 'ArrowLeft' });
    expect(nodes()).toHaveLength(all - under);
    fireEvent.keyDown(top, { key: 'ArrowRight' });
    expect(nodes()).toHaveLength(all);
    fireEvent.keyDown(top, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(nodes()[1]);
    // Left on a child: up to its parent. On a child with children: folds it first, then goes up.
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(top);
    const child = document.querySelector('.ws-tree > .ws-nodes > li .ws-nodes > li[data-expanded="true"]') as HTMLElement;
    const parent = (child.parentElement as HTMLElement).closest('li') as HTMLElement;
    const childNode = child.querySelector('button.ws-node') as HTMLButtonElement;
    childNode.focus();
    fireEvent.keyDown(childNode, { key: 'ArrowLeft' });
    expect(child.dataset.expanded).toBe('false');
    expect(document.activeElement).toBe(childNode);
    fireEvent.keyDown(childNode, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(parent.querySelector('button.ws-node'));
    expect(parent.dataset.expanded).toBe('true');
    fireEvent.keyDown(childNode, { key: 'ArrowRight' });
    expect(child.dataset.expanded).toBe('true');
    // A problem's measures fold too.
    const problem = document.querySelector('.ws-problem') as HTMLElement;
    expect(problem.dataset.expanded).toBe('true');
    const problemNode = problem.querySelector('button.ws-node') as HTMLButtonElement;

    fireEvent.click(screen.getByRole('button', { name: '全部收起' }));
    expect(nodes()).toHaveLength(document.querySelectorAll('.ws-tree > .ws-nodes > li').length);
    expect(problemNode.isConnected).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: '全部展开' }));
    expect(nodes()).toHaveLength(all);
    expect((screen.getByRole('button', { name: '全部展开' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says so when the notice has no outline, in English too', () => {
    show({ sections: [], problems: [] }, 'en');
    expect(screen.getByText('No sections or problems found.')).toBeTruthy();
    expect(nodes()).toHaveLength(0);
  });
});
