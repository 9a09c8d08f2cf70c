import type { Annotation, AnnotationTarget } from '../../../utils/annotations/types';
import type { HighlightPainter, PaintItem } from '../../../utils/annotator/painter';
import type { BackgroundRequests, Client, Req, Res } from '../../../utils/messaging';
import type { Result } from '../../../utils/storage/result';

/** Test doubles for the annotator: a background that answers from a list, and a painter that records. */

export type Call = { type: keyof BackgroundRequests & string; payload: unknown };

export interface FakeBackground {
  client: Client<BackgroundRequests>;
  calls: Call[];
  annotations: Annotation[];
  /** Makes the next requests of `type` fail with `message` (e.g. a full disk). */
  failNext: (type: keyof BackgroundRequests & string, message: string, times?: number) => void;
  of: (type: keyof BackgroundRequests & string) => unknown[];
}

let seq = 0;

export function annotation(pageUrl: string, target: AnnotationTarget, extra: Partial<Annotation> = {}): Annotation {
  seq++;
  return { id: `a${seq}`, pageUrl, category: 'commitment', note: '', target, createdAt: seq, updatedAt: seq, deletedAt: null, anchorStatus: null, ...extra };
}

export function fakeBackground(initial: Annotation[] = []): FakeBackground {
  const calls: Call[] = [];
  const failures = new Map<string, { message: string; times: number }>();
  const bg: FakeBackground = {
    calls,
    annotations: [...initial],
    failNext(type, message, times = 1) {
      failures.set(type, { message, times });
    },
    of: (type) => calls.filter((c) => c.type === type).map((c) => c.payload),
    client: (async <K extends keyof BackgroundRequests & string>(type: K, payload: Req<BackgroundRequests, K>): Promise<Result<Res<BackgroundRequests, K>>> => {
      calls.push({ type, payload });
      await Promise.resolve();
      const f = failures.get(type);
      if (f && f.times > 0) {
        f.times--;
        return { ok: false, error: 'quota', message: f.message };
      }
      const ok = (value: unknown) => ({ ok: true, value }) as Result<Res<BackgroundRequests, K>>;
      const p = payload as Record<string, unknown>;
      switch (type) {
        case 'annotations-list':
          return ok(bg.annotations.filter((a) => a.deletedAt === null));
        case 'categories-list':
          return ok([]);
        case 'annotation-create': {
          const a = annotation(String(p.pageUrl), p.target as AnnotationTarget, { category: String(p.category), note: String(p.note ?? ''), anchorStatus: 'anchored' });
          bg.annotations.push(a);
          return ok(a);
        }
        case 'annotation-get':
          return ok(bg.annotations.find((x) => x.id === p.id) ?? null);
        case 'annotation-update': {
          const a = bg.annotations.find((x) => x.id === p.id);
          if (!a) return { ok: false, error: 'not-found', message: 'not found' };
          Object.assign(a, p.patch);
          return ok({ ...a });
        }
        case 'annotation-delete': {
          const a = bg.annotations.find((x) => x.id === p.id);
          if (!a) return { ok: false, error: 'not-found', message: 'not found' };
          a.deletedAt = 1;
          return ok({ ...a });
        }
        case 'anchor-statuses':
          return ok((p.statuses as unknown[]).length);
        default:
          return ok(null);
      }
    }) as Client<BackgroundRequests>,
  };
  return bg;
}

export interface RecordingPainter extends HighlightPainter {
  painted: PaintItem[];
  flash: Range | null;
}

export function recordingPainter(): RecordingPainter {
  const p: RecordingPainter = {
    kind: 'css-highlights',
    painted: [],
    flash: null,
    setCategories() {},
    paint(items) {
      p.painted = [...items];
    },
    setFlash(range) {
      p.flash = range;
    },
    relayout() {},
    dispose() {
      p.painted = [];
    },
  };
  return p;
}

/** Lets queued promise callbacks (fake background replies, anchoring) run. */
export async function settle(rounds = 10): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setTimeout(r, 0));
}
