import { useEffect, useRef } from 'react';
import { type EChartsCoreOption, type EChartsType, init } from './echarts-setup';

/** Draws an ECharts option into a box and keeps it sized to it; loaded lazily with ECharts itself. */
export function EchartsCanvas({
  option,
  label,
  height,
}: {
  option: EChartsCoreOption;
  label: string;
  height: number;
}) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    if (!host.current) return;
    const instance = init(host.current, null, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(host.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  return <div ref={host} className="chart__canvas" role="img" aria-label={label} style={{ height }} />;
}
