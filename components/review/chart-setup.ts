import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, Tooltip, type Plugin } from 'chart.js';

/** The page's background behind each chart, so a downloaded PNG is not transparent. */
const paintBackground: Plugin = {
  id: 'composureBackground',
  beforeDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = chartTheme().background;
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

// Only the parts the review uses are bundled and registered.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Legend, Tooltip, paintBackground);

export { Chart };

/** Colours readable on the page's light or dark background (checked for contrast against both). */
export function chartTheme() {
  const dark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  return dark
    ? { background: '#020617', text: '#e2e8f0', grid: '#334155', replied: '#38bdf8', skipped: '#94a3b8', negative: '#f87171', resolved: '#4ade80', present: '#fb923c' }
    : { background: '#ffffff', text: '#0f172a', grid: '#e2e8f0', replied: '#0369a1', skipped: '#64748b', negative: '#b91c1c', resolved: '#15803d', present: '#c2410c' };
}
