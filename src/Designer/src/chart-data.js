// Turns the server's figures into Chart.js datasets, with the page's colours.
const colours = ['#a50f15', '#166534', '#b45309', '#1e40af'];

/**
 * @param {{ labels: string[], series: { name: string, values: number[] }[] }} spec
 */
export function barData(spec) {
  return {
    labels: spec.labels,
    datasets: spec.series.map((s, i) => ({
      label: s.name,
      data: s.values.map((v) => (Number.isFinite(v) ? v : 0)),
      backgroundColor: colours[i % colours.length],
    })),
  };
}
