// Charts of the statistics page: nominated and awarded per award type, and the working days each step takes.
import { Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip } from 'chart.js';
import { barData } from './chart-data.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
  const spec = JSON.parse(canvas.dataset.chart);
  new Chart(canvas, {
    type: 'bar',
    data: barData(spec),
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { position: 'bottom' } },
      scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { beginAtZero: true, ticks: { precision: 0 } } },
    },
  });
  canvas.dataset.ready = 'true';
}
