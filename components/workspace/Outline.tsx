import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Measure, Problem, Section } from '../../utils/notice/types';
import { useStrings } from '../shared/i18n';
import { collapsibleIds, hasChildren, nodeId, outlineTree, type OutlineFilters, type OutlineNode } from './outline-tree';
import { WORKSPACE, type WorkspaceStrings } from './strings';

export interface OutlineProps {
  sections: Section[];
  problems: Problem[];
  /** Shows a passage (offsets into the notice text) on the page; absent when no page can be reached. */
  onReveal: ((span: { start: number; end: number }) => void) | null;
}

type Reveal = OutlineProps['onReveal'];

/**
 * The section → problem → measure tree. Every node is a button that shows its passage on the
 * page; Up/Down/Home/End move between the visible nodes, Left/Right collapse and expand (or go to
 * the parent / first child), as in a tree view; Tab leaves the tree, so a long outline is walked
 * without tabbing through every node. The fold buttons beside the nodes are for the mouse (out of
 * the Tab order; the keys do the same).
 */
export function Outline({ sections, problems, onReveal }: OutlineProps) {
  const t = useStrings(WORKSPACE);
  const [filters, setFilters] = useState<OutlineFilters>({ onlyPlanned: false, onlyUndone: false });
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const tree = outlineTree(sections, problems, filters);
  const filtering = filters.onlyPlanned || filters.onlyUndone;
  const toggle = (id: string) =>
    setCollapsed((c) => {
      const next = new Set(c);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const onKeyDown = (e: KeyboardEvent) => {
    const root = e.currentTarget as HTMLElement;
    const nodeOf = (li: Element | null | undefined) => li?.querySelector<HTMLButtonElement>(':scope > .ws-row > button.ws-node') ?? null;
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      const li = (e.target as HTMLElement | null)?.closest<HTMLElement>('li[data-node]');
      if (!li || !root.contains(li)) return;
      e.preventDefault();
      const expanded = li.dataset.expanded;
      if (e.key === 'ArrowLeft') {
        if (expanded === 'true') toggle(li.dataset.node ?? '');
        else nodeOf(li.parentElement?.closest('li[data-node]'))?.focus();
      } else if (expanded === 'false') toggle(li.dataset.node ?? '');
      else if (expanded === 'true') nodeOf(li.querySelector('li[data-node]'))?.focus();
      return;
    }
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
    const nodes = Array.from(root.querySelectorAll<HTMLButtonElement>('button.ws-node'));
    if (nodes.length === 0) return;
    const at = nodes.indexOf(document.activeElement as HTMLButtonElement);
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? nodes.length - 1 : Math.max(0, Math.min(nodes.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)));
    e.preventDefault();
    nodes[next]?.focus();
  };

  return (
    <section class="ws-outline" aria-labelledby="ws-outline-title">
      <h2 id="ws-outline-title">{t.outlineLabel}</h2>
      <fieldset class="ws-filters">
        <legend>{t.filters}</legend>
        <label>
          <input type="checkbox" checked={filters.onlyPlanned} onChange={(e) => setFilters({ ...filters, onlyPlanned: (e.currentTarget as HTMLInputElement).checked })} /> {t.onlyPlanned}
        </label>
        <label>
          <input type="checkbox" checked={filters.onlyUndone} onChange={(e) => setFilters({ ...filters, onlyUndone: (e.currentTarget as HTMLInputElement).checked })} /> {t.onlyUndone}
        </label>
      </fieldset>
      {tree.length === 0 ? (
        <p class="ws-missing">{filtering ? t.noMatch : t.noOutline}</p>
      ) : (
        <div class="ws-tree" onKeyDown={onKeyDown}>
          <div class="ws-fold-all">
            <button type="button" onClick={() => setCollapsed(new Set(collapsibleIds(tree)))}>
              {t.collapseAll}
            </button>
            <button type="button" onClick={() => setCollapsed(new Set())} disabled={collapsed.size === 0}>
              {t.expandAll}
            </button>
          </div>
          <p class="hint" id="ws-outline-hint">
            {t.outlineHint}
          </p>
          <Nodes nodes={tree} fold={{ collapsed, toggle }} onReveal={onReveal} t={t} />
        </div>
      )}
    </section>
  );
}

interface Fold {
  collapsed: ReadonlySet<string>;
  toggle: (id: string) => void;
}

function Nodes({ nodes, fold, onReveal, t }: { nodes: OutlineNode[]; fold: Fold; onReveal: Reveal; t: WorkspaceStrings }) {
  return (
    <ul class="ws-nodes">
      {nodes.map((n) => {
        const id = nodeId(n);
        const open = hasChildren(n) ? !fold.collapsed.has(id) : null;
        const title = n.kind === 'section' ? n.section.heading : n.problem.text;
        return (
          <li key={id} class={n.kind === 'section' ? 'ws-section' : 'ws-problem'} data-node={id} data-expanded={open === null ? undefined : String(open)}>
            <div class="ws-row">
              <FoldButton open={open} label={title} onToggle={() => fold.toggle(id)} t={t} />
              {n.kind === 'section' ? (
                <NodeButton span={{ start: n.section.headingStart, end: n.section.headingEnd }} onReveal={onReveal}>
                  {n.section.number && <span class="ws-number">{n.section.number}</span>}
                  <span class="ws-heading">{n.section.heading}</span>
                </NodeButton>
              ) : (
                <NodeButton span={n.problem} onReveal={onReveal}>
                  <span class="ws-tag">{t.problem}</span> <span class="ws-text">{n.problem.text}</span>
                </NodeButton>
              )}
            </div>
            {open && n.kind === 'section' && <Nodes nodes={n.children} fold={fold} onReveal={onReveal} t={t} />}
            {open && n.kind === 'problem' && (
              <ul class="ws-nodes ws-measures" aria-label={t.measureCount(n.measures.length)}>
                {n.measures.map((m) => (
                  <MeasureItem key={m.start} measure={m} onReveal={onReveal} t={t} />
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** ▾ / ▸ beside a node with children; a spacer beside one without, so the texts line up. */
function FoldButton({ open, label, onToggle, t }: { open: boolean | null; label: string; onToggle: () => void; t: WorkspaceStrings }) {
  if (open === null) return <span class="ws-fold" aria-hidden="true" />;
  return (
    <button type="button" class="ws-fold" tabIndex={-1} aria-expanded={open} aria-label={open ? t.collapse(label) : t.expand(label)} onClick={onToggle}>
      <span aria-hidden="true">{open ? '▾' : '▸'}</span>
    </button>
  );
}

function MeasureItem({ measure, onReveal, t }: { measure: Measure; onReveal: Reveal; t: WorkspaceStrings }) {
  return (
    <li class={`ws-measure ws-status-${measure.status}`} data-node={`m:${measure.start}`}>
      <div class="ws-row">
        <span class="ws-fold" aria-hidden="true" />
        <NodeButton span={measure} onReveal={onReveal}>
          <span class={`ws-status ws-status-${measure.status}`}>{t.status[measure.status]}</span> <span class="ws-text">{measure.text}</span>{' '}
          <span class="ws-cues">{measure.cues.length > 0 ? t.cues(measure.cues.join(t.listJoin)) : t.noCues}</span>
        </NodeButton>
      </div>
    </li>
  );
}

function NodeButton({ span, onReveal, children }: { span: { start: number; end: number }; onReveal: Reveal; children: ComponentChildren }) {
  return (
    <button type="button" class="ws-node" disabled={!onReveal} onClick={() => onReveal?.({ start: span.start, end: span.end })}>
      {children}
    </button>
  );
}
