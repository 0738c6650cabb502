import { useEffect, useRef, useState } from 'preact/hooks';
import { graphql } from '../gql';
import type { UsageBucket } from '../gql/graphql';
import { ErrorText, useQuery } from '../ui';
import { useViewer } from '../viewer';
import { exportCSV } from '../download';

const UsageDoc = graphql(`
  query AccountUsage($id: ID!, $from: Time!, $to: Time!, $bucket: UsageBucket!, $weekFrom: Time!) {
    node(id: $id) {
      ... on Account {
        id
        usage(from: $from, to: $to, bucket: $bucket) {
          peakHeld
          peakHeldAt
          peakDemand
          points {
            start
            peakHeld
            peakStandard
            peakFloating
            peakDemand
            activeDevices
            denials
            reclaims
            releases
          }
        }
        week: usage(from: $weekFrom, to: $to, bucket: DAY) {
          points {
            denials
            reclaims
          }
        }
        licensingRecommendation(from: $from, to: $to) {
          standard
          floating
          projectedDenials
          currentCost
          recommendedCost
          explanation
        }
      }
    }
  }
`);

const WINDOWS: { label: string; days: number; bucket: UsageBucket }[] = [
  { label: 'Last 24 hours', days: 1, bucket: 'HOUR' },
  { label: 'Last 7 days', days: 7, bucket: 'HOUR' },
  { label: 'Last 30 days', days: 30, bucket: 'DAY' },
  { label: 'Last 365 days', days: 365, bucket: 'WEEK' },
];

/** The usage chart, the week's denials and reclaims, and the recommendation card. */
export function UsagePanel({ accountId }: { accountId: string }) {
  const v = useViewer();
  const [w, setW] = useState(1);
  const [tick, setTick] = useState(0);
  // The window ends at the next hour, so the current hour is in it.
  const to = new Date(Math.ceil((Date.now() + 1) / 3_600_000) * 3_600_000);
  const from = new Date(to.getTime() - WINDOWS[w].days * 86_400_000);
  const weekFrom = new Date(to.getTime() - 7 * 86_400_000);
  const may = v.me.role === 'SUPPORT' || v.can('usage.read');
  const q = useQuery(
    UsageDoc,
    { id: accountId, from: from.toISOString(), to: to.toISOString(), bucket: WINDOWS[w].bucket, weekFrom: weekFrom.toISOString(), tick } as never,
    !may,
  );
  if (!may) return null;
  const acc = q.data?.node && 'usage' in q.data.node ? q.data.node : null;
  const week = acc?.week.points.reduce((s, p) => ({ d: s.d + p.denials, r: s.r + p.reclaims }), { d: 0, r: 0 });
  const rec = acc?.licensingRecommendation;
  return (
    <>
      <div class="cards">
        <section class="card" aria-labelledby="week-title">
          <h2 id="week-title">Last 7 days</h2>
          <dl class="counts">
            <div>
              <dt>Denials</dt>
              <dd data-testid="week-denials">{week?.d ?? '…'}</dd>
            </div>
            <div>
              <dt>Reclaims</dt>
              <dd data-testid="week-reclaims">{week?.r ?? '…'}</dd>
            </div>
          </dl>
        </section>
        {rec && (
          <section class="card recommendation" aria-labelledby="rec-title">
            <h2 id="rec-title">Recommended licenses</h2>
            <p class="big" data-testid="recommendation">
              {rec.standard} standard + {rec.floating} floating
            </p>
            <p>
              Cost {rec.recommendedCost.toFixed(1)} vs {rec.currentCost.toFixed(1)} today
              {rec.projectedDenials ? `, ${rec.projectedDenials} refusals` : ''}.
            </p>
            <p class="hint">{rec.explanation}</p>
          </section>
        )}
      </div>
      <section class="panel" aria-labelledby="usage-title">
        <div class="section-head">
          <h2 id="usage-title">Usage</h2>
          <div class="field inline">
            <label for="usage-window">Window</label>
            <select id="usage-window" value={w} onChange={(e) => setW(Number(e.currentTarget.value))}>
              {WINDOWS.map((x, i) => (
                <option value={i}>{x.label}</option>
              ))}
            </select>
          </div>
          <button type="button" onClick={() => setTick(tick + 1)}>
            Refresh
          </button>
          <button
            type="button"
            onClick={() => void exportCSV(`/export/usage.csv?from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}&bucket=${WINDOWS[w].bucket}`, 'usage.csv')}
          >
            Export usage CSV
          </button>
        </div>
        <ErrorText error={q.error} />
        {acc && (
          <>
            <p class="sub" data-testid="usage-peak">
              Peak: {acc.usage.peakHeld} held, {acc.usage.peakDemand} wanted at once.
            </p>
            <Chart points={acc.usage.points} />
          </>
        )}
      </section>
    </>
  );
}

type Point = { start: string; peakHeld: number; peakStandard: number; peakFloating: number; peakDemand: number; denials: number };

/** uPlot, loaded when the first chart is drawn; a table beside it says the same in text. */
function Chart({ points }: { points: Point[] }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let plot: { destroy(): void } | null = null;
    let gone = false;
    void Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([{ default: UPlot }]) => {
      if (gone || !host.current) return;
      host.current.textContent = '';
      const xs = points.map((p) => Date.parse(p.start) / 1000);
      plot = new UPlot(
        {
          width: Math.max(host.current.clientWidth, 300),
          height: 240,
          series: [
            {},
            { label: 'Held', stroke: '#0b57d0', width: 2 },
            { label: 'Standard', stroke: '#116329' },
            { label: 'Floating', stroke: '#8250df' },
            { label: 'Wanted', stroke: '#b42318', dash: [6, 4] },
          ],
          axes: [{}, { label: 'Licenses' }],
        },
        [xs, points.map((p) => p.peakHeld), points.map((p) => p.peakStandard), points.map((p) => p.peakFloating), points.map((p) => p.peakDemand)],
        host.current,
      );
    });
    return () => {
      gone = true;
      plot?.destroy();
    };
  }, [points]);
  return (
    <figure class="chart">
      <div ref={host} role="img" aria-label={`Licenses held and wanted, ${points.length} points`} data-points={points.length} />
      <figcaption class="visually-hidden">
        {points.filter((p) => p.peakHeld || p.peakDemand).map((p) => `${p.start}: ${p.peakHeld} held, ${p.peakDemand} wanted. `)}
      </figcaption>
    </figure>
  );
}
