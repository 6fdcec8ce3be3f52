/** The chart colours of the theme in effect, read from the CSS variables in tokens.css. */
export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  surface: string;
  palette: string[];
  heatLow: string;
  heatHigh: string;
  fontFamily: string;
}

export function readChartTheme(): ChartTheme {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--text', '#1b1f24'),
    muted: v('--text-muted', '#56606b'),
    grid: v('--chart-grid', '#e3e7ec'),
    surface: v('--surface', '#ffffff'),
    palette: [1, 2, 3, 4, 5, 6].map((i) => v(`--chart-${i}`, '#2f6fde')),
    heatLow: v('--chart-heat-low', '#eef3fd'),
    heatHigh: v('--chart-heat-high', '#1f55c0'),
    fontFamily: v('--font-sans', 'system-ui, sans-serif'),
  };
}
