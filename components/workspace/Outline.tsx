import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Measure, Problem, Section } from '../../utils/notice/types';
import { useStrings } from '../shared/i18n';
import { outlineTree, type OutlineFilters, type OutlineNode } from './outline-tree';
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
 * page; Up/Down/Home/End move between the nodes (Tab leaves the tree), so a long outline is
 * walked without tabbing through every node.
 */
export function Outline({ sections, problems, onReveal }: OutlineProps) {
  const t = useStrings(WORKSPACE);
  const [filters, setFilters] = useState<OutlineFilters>({ onlyPlanned: false, onlyUndone: false });
  const tree = outlineTree(sections, problems, filters);
  const filtering = filters.onlyPlanned || filters.onlyUndone;

  const onKeyDown = (e: KeyboardEvent) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
    const root = e.currentTarget as HTMLElement;
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
          <p class="hint" id="ws-outline-hint">
            {t.outlineHint}
          </p>
          <Nodes nodes={tree} onReveal={onReveal} t={t} />
        </div>
      )}
    </section>
  );
}

function Nodes({ nodes, onReveal, t }: { nodes: OutlineNode[]; onReveal: Reveal; t: WorkspaceStrings }) {
  return (
    <ul class="ws-nodes">
      {nodes.map((n) =>
        n.kind === 'section' ? (
          <li key={n.section.id} class="ws-section">
            <NodeButton span={{ start: n.section.headingStart, end: n.section.headingEnd }} onReveal={onReveal}>
              {n.section.number && <span class="ws-number">{n.section.number}</span>}
              <span class="ws-heading">{n.section.heading}</span>
            </NodeButton>
            {n.children.length > 0 && <Nodes nodes={n.children} onReveal={onReveal} t={t} />}
          </li>
        ) : (
          <li key={n.problem.id} class="ws-problem">
            <NodeButton span={n.problem} onReveal={onReveal}>
              <span class="ws-tag">{t.problem}</span> <span class="ws-text">{n.problem.text}</span>
            </NodeButton>
            {n.measures.length > 0 && (
              <ul class="ws-nodes ws-measures" aria-label={t.measureCount(n.measures.length)}>
                {n.measures.map((m) => (
                  <MeasureItem key={m.start} measure={m} onReveal={onReveal} t={t} />
                ))}
              </ul>
            )}
          </li>
        ),
      )}
    </ul>
  );
}

function MeasureItem({ measure, onReveal, t }: { measure: Measure; onReveal: Reveal; t: WorkspaceStrings }) {
  return (
    <li class={`ws-measure ws-status-${measure.status}`}>
      <NodeButton span={measure} onReveal={onReveal}>
        <span class={`ws-status ws-status-${measure.status}`}>{t.status[measure.status]}</span> <span class="ws-text">{measure.text}</span>{' '}
        <span class="ws-cues">{measure.cues.length > 0 ? t.cues(measure.cues.join(t.listJoin)) : t.noCues}</span>
      </NodeButton>
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
