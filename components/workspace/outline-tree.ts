import type { Measure, Problem, Section } from '../../utils/notice/types';

/**
 * The outline as shown: sections with their sub-sections and the problems written under them (in
 * text order), each problem with its measures, after the filters. Pure, so the filters are tested
 * without a DOM.
 */
export interface OutlineFilters {
  /** Only measures still planned (and the problems and sections holding one). */
  onlyPlanned: boolean;
  /** Only problems none of whose measures is done. */
  onlyUndone: boolean;
}

export interface SectionNode {
  kind: 'section';
  section: Section;
  children: OutlineNode[];
}

export interface ProblemNode {
  kind: 'problem';
  problem: Problem;
  measures: Measure[];
}

export type OutlineNode = SectionNode | ProblemNode;

const startOf = (n: OutlineNode) => (n.kind === 'section' ? n.section.start : n.problem.start);

export function outlineTree(sections: Section[], problems: Problem[], filters: OutlineFilters): OutlineNode[] {
  const filtering = filters.onlyPlanned || filters.onlyUndone;
  const bySection = new Map<string | null, ProblemNode[]>();
  for (const p of problems) {
    if (filters.onlyUndone && p.measures.some((m) => m.status === 'done')) continue;
    const measures = filters.onlyPlanned ? p.measures.filter((m) => m.status === 'planned') : p.measures;
    if (filters.onlyPlanned && measures.length === 0) continue;
    const list = bySection.get(p.sectionId) ?? [];
    list.push({ kind: 'problem', problem: p, measures });
    bySection.set(p.sectionId, list);
  }
  const placed = new Set<string | null>();
  const build = (list: Section[]): OutlineNode[] =>
    list.flatMap((section): OutlineNode[] => {
      placed.add(section.id);
      const children = [...build(section.children), ...(bySection.get(section.id) ?? [])].sort((a, b) => startOf(a) - startOf(b));
      if (filtering && children.length === 0) return [];
      return [{ kind: 'section', section, children }];
    });
  const tree = build(sections);
  // Problems outside every section (or under one the tree does not have) still show, at the top.
  const loose = [...bySection].filter(([id]) => !placed.has(id)).flatMap(([, list]) => list);
  return [...tree, ...loose].sort((a, b) => startOf(a) - startOf(b));
}

/** The id a node is known by in the tree (collapse state, keyboard moves). */
export const nodeId = (n: OutlineNode): string => (n.kind === 'section' ? `s:${n.section.id}` : `p:${n.problem.id}`);

/** Whether a node has anything under it to fold away. */
export const hasChildren = (n: OutlineNode): boolean => (n.kind === 'section' ? n.children.length > 0 : n.measures.length > 0);

/** Every node that can be collapsed, at any depth ("collapse all"). */
export function collapsibleIds(nodes: readonly OutlineNode[]): string[] {
  return nodes.flatMap((n) => (hasChildren(n) ? [nodeId(n), ...(n.kind === 'section' ? collapsibleIds(n.children) : [])] : []));
}
