import type { Check, NoticeStats } from '../../utils/notice/types';
import { useLang, useStrings } from '../shared/i18n';
import { checkMessage, WORKSPACE } from './strings';

export interface StatsChartProps {
  stats: NoticeStats;
  checks: Check[];
  /** Shows a check's passage on the page; absent when no page can be reached. */
  onReveal: ((span: { start: number; end: number }) => void) | null;
}

interface Segment {
  key: 'rectified' | 'staged' | 'unrectified' | 'done' | 'rest';
  label: string;
  value: number;
}

/**
 * The notice's figures: problems rectified / partly / not of the total, measures done of those
 * made, as stacked bars (drawn for the eye, hidden from screen readers, which get the sentence
 * under each bar); the other figures listed; and the extraction's checks as warnings.
 */
export function StatsChart({ stats, checks, onReveal }: StatsChartProps) {
  const t = useStrings(WORKSPACE);
  const lang = useLang();
  const n = (x: number | null) => (x === null ? t.notStated : String(x));
  const hasProblems = stats.problems !== null || stats.rectified !== null || stats.staged !== null || stats.unrectified !== null;
  const hasMeasures = stats.measures !== null || stats.measuresDone !== null;
  const problemTotal = stats.problems ?? (stats.rectified ?? 0) + (stats.staged ?? 0) + (stats.unrectified ?? 0);
  const measureTotal = stats.measures ?? stats.measuresDone ?? 0;

  return (
    <section class="ws-stats" aria-labelledby="ws-stats-title">
      <h2 id="ws-stats-title">{t.statsLabel}</h2>
      {!hasProblems && !hasMeasures && stats.other.length === 0 && <p class="ws-missing">{t.noStats}</p>}
      {hasProblems && (
        <figure class="ws-chart">
          <figcaption>{t.problemsChart}</figcaption>
          <Bar
            total={problemTotal}
            segments={[
              { key: 'rectified', label: t.rectified, value: stats.rectified ?? 0 },
              { key: 'staged', label: t.staged, value: stats.staged ?? 0 },
              { key: 'unrectified', label: t.unrectified, value: stats.unrectified ?? 0 },
            ]}
          />
          <p class="ws-chart-text">{t.problemsSummary(problemTotal, n(stats.rectified), n(stats.staged), n(stats.unrectified))}</p>
        </figure>
      )}
      {hasMeasures && (
        <figure class="ws-chart">
          <figcaption>{t.measuresChart}</figcaption>
          <Bar
            total={measureTotal}
            segments={[
              { key: 'done', label: t.measuresDone, value: stats.measuresDone ?? 0 },
              { key: 'rest', label: t.measures, value: Math.max(0, measureTotal - (stats.measuresDone ?? 0)) },
            ]}
          />
          <p class="ws-chart-text">{t.measuresSummary(n(stats.measuresDone), measureTotal)}</p>
        </figure>
      )}
      {stats.other.length > 0 && (
        <>
          <h3 class="ws-subtitle">{t.otherFigures}</h3>
          <ul class="ws-other">
            {stats.other.map((o) => (
              <li key={`${o.start}-${o.label}`}>
                <span>{o.label}</span> <strong>{`${o.value}${o.unit}`}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 class="ws-subtitle">{t.checksLabel}</h3>
      {checks.length === 0 && <p class="ws-ok">{t.noChecks}</p>}
      {checks.length > 0 && (
        <ul class="ws-checks">
          {checks.map((c, i) => {
            const message = checkMessage(c.message, lang);
            const kind = t.checkKind[c.kind];
            const { start, end } = c;
            return (
              <li key={i} class="ws-check">
                {onReveal && start !== undefined && end !== undefined ? (
                  <button type="button" class="ws-check-button" title={t.showInPage} onClick={() => onReveal({ start, end })}>
                    <span class="ws-check-kind">⚠ {kind}</span> <span>{message}</span>
                  </button>
                ) : (
                  <p class="ws-check-text">
                    <span class="ws-check-kind">⚠ {kind}</span> <span>{message}</span>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function Bar({ total, segments }: { total: number; segments: Segment[] }) {
  const sum = segments.reduce((s, x) => s + x.value, 0);
  // The parts may not add up to the total (a `stats-sum` check says so): draw against the larger.
  const scale = Math.max(total, sum);
  return (
    <div class="ws-bar" aria-hidden="true">
      {scale > 0 &&
        segments
          .filter((s) => s.value > 0)
          .map((s) => (
            <span key={s.key} class={`ws-bar-seg ws-seg-${s.key}`} style={{ width: `${(s.value / scale) * 100}%` }} title={`${s.label} ${s.value}`}>
              {s.value}
            </span>
          ))}
    </div>
  );
}
