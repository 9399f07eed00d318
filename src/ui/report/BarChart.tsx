// A small bar chart, hand-written SVG (about a hundred lines, no library): one bar per
// month or category, its figure written on it. A hidden small count gets no bar, only its
// words ("< 5"). The chart is a picture for the eye; the table next to it says the same
// for a screen reader, so the picture itself is hidden from one.
import { For } from 'solid-js';

export interface Bar {
  label: string;
  /** The bar's length; null: no bar (a small count that is not shown). */
  value: number | null;
  /** What is written at the bar: the figure, "< 5", "verborgen". */
  text: string;
}

const width = 640;
const barGap = 8;
const labelHeight = 28;
const topRoom = 24;
const height = 220;

export function BarChart(props: { bars: Bar[]; testid?: string }) {
  const most = () => Math.max(1, ...props.bars.map((bar) => bar.value ?? 0));
  const slot = () => width / Math.max(1, props.bars.length);
  const plot = height - labelHeight - topRoom;
  const barHeight = (value: number | null) => (value === null ? 0 : Math.max(2, (value / most()) * plot));
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
      data-testid={props.testid}
    >
      <line x1="0" x2={width} y1={height - labelHeight} y2={height - labelHeight} class="chart-axis" />
      <For each={props.bars}>
        {(bar, index) => {
          const x = () => index() * slot() + barGap / 2;
          const w = () => Math.max(4, slot() - barGap);
          const h = () => barHeight(bar.value);
          const y = () => height - labelHeight - h();
          return (
            <g data-testid="chart-bar" data-label={bar.label} data-text={bar.text}>
              <rect
                x={x()}
                y={y()}
                width={w()}
                height={h()}
                class={bar.value === null ? 'chart-bar none' : 'chart-bar'}
              />
              <text x={x() + w() / 2} y={y() - 6} text-anchor="middle" class="chart-value">
                {bar.text}
              </text>
              <text x={x() + w() / 2} y={height - 8} text-anchor="middle" class="chart-label">
                {bar.label}
              </text>
            </g>
          );
        }}
      </For>
    </svg>
  );
}
