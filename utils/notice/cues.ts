import type { MeasureStatus } from './types';

/**
 * Cue words that say whether work is done, ongoing or only promised. Patterns are global regexes
 * so every cue can be listed; each is written against the real grammar of notices:
 * `将` is future only before a verb-like word (`将对`, `将于`, `将根据`) — `将…纳入` means 把.
 */

export const DONE_CUES = /已(?:经)?(?!知|有的|成为)|(?:制定|召开|印发|出台|建立|设立|开展|举办|组织|修订|完善|调整|签订|成立|实现|取得|达成|收回|追回|关停|注销|整合|进行|完成|推出|开设|拍摄|举行|引进|提拔|发放)了|截至目前|截止目前|完成了|已完成/g;

export const PLANNED_CUES =
  /拟(?!订|稿|写)|(?<![即必])将(?=于|要|会|在|进一步|继续|持续|全面|根据|对|适时|按照|严格|加快|逐步|陆续|尽快|进行|开展|启动|组织|推动|推进|完成|实现|争取|力争|着力|切实|深入|不断|坚持|加大|加强|积极|认真|结合|重点|定期|建立|制定|出台|以)|计划(?!生育|单列)|正在|目前正|待[^，。；]{1,20}?后|尚未|暂未|逐步|争取|力争|下一步/g;

export const ONGOING_CUES = /持续|常态化|不断|坚持|定期|每月|每季度|每季|每年|每周|每半年|长期|长效/g;

export const RECURRING_CUES = /每(?:个)?(?:月|季度|季|年|周|半年|天|日)|定期/g;

export const VAGUE_CUES = /持续|常态化|进一步|不断|长效|久久为功|常抓不懈/g;

// Deadlines: `2025年12月底前`, `6月底前`, `年底前`, `年内`, `将于年底`, `上半年`. Not `截至9月底`.
export const DEADLINE_CUES =
  /(?<!截[至止]\S{0,12})(?:(?:((?:19|20)\d{2})年)?(\d{1,2})月(底|末|中旬|上旬|下旬)?(?:前|之前|以前)|((?:19|20)\d{2})?年(?:底|末)(?:前|之前)?|年内|本年度内|上半年|下半年)/g;

function collect(re: RegExp, text: string, masked: (i: number) => boolean): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(re)) {
    if (masked(m.index ?? 0)) continue;
    out.push(m[0]);
  }
  return out;
}

export interface StatusResult {
  status: MeasureStatus;
  cues: string[];
}

/**
 * A measure's status from its cue words. Planned and done together means part done, part
 * promised: `ongoing`. `masked(i)` hides cues inside quotes (the feedback's words, not the body's).
 */
export function measureStatus(text: string, masked: (i: number) => boolean = () => false): StatusResult {
  const done = collect(DONE_CUES, text, masked);
  const planned = collect(PLANNED_CUES, text, masked);
  const ongoing = collect(ONGOING_CUES, text, masked);
  let status: MeasureStatus = 'unknown';
  let cues: string[] = [];
  if (planned.length && done.length) {
    status = 'ongoing';
    cues = [...done, ...planned];
  } else if (done.length) {
    status = 'done';
    cues = done;
  } else if (planned.length) {
    status = 'planned';
    cues = planned;
  } else if (ongoing.length) {
    status = 'ongoing';
    cues = ongoing;
  }
  return { status, cues: [...new Set(cues)] };
}
