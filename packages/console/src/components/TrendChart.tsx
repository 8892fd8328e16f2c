import type { FigureUnit, MonthPoint } from '@zsb/contracts';
import { LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { formatFigure } from '../lib/format';

echarts.use([LineChart, GridComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

/** A small six-month line; the threshold, when there is one, as a dashed mark line. */
export function TrendChart({
  trend,
  unit,
  threshold,
  height = 72,
}: {
  trend: MonthPoint[];
  unit: FigureUnit;
  threshold?: number;
  height?: number;
}) {
  const option = {
    animation: false,
    grid: { left: 4, right: 36, top: 8, bottom: 18, containLabel: false },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: number | null) => formatFigure(v ?? null, unit),
    },
    xAxis: {
      type: 'category',
      data: trend.map((p) => `${Number(p.month.slice(5))}月`),
      axisLabel: { fontSize: 10, color: '#8c8c8c' },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: '#d9d9d9' } },
    },
    // The threshold always inside the plot, so its line shows even when every month is far from it.
    yAxis: {
      type: 'value',
      show: false,
      min: (v: { min: number }) => Math.min(v.min, threshold ?? v.min),
      max: (v: { max: number }) => Math.max(v.max, threshold ?? v.max),
    },
    series: [
      {
        type: 'line',
        data: trend.map((p) => p.actual),
        symbolSize: 4,
        connectNulls: false,
        lineStyle: { width: 2, color: '#1557b0' },
        itemStyle: { color: '#1557b0' },
        markLine:
          threshold === undefined
            ? undefined
            : {
                silent: true,
                symbol: 'none',
                lineStyle: { type: 'dashed', color: '#fa8c16' },
                label: {
                  position: 'end',
                  fontSize: 10,
                  color: '#fa8c16',
                  formatter: () => formatFigure(threshold, unit),
                },
                data: [{ yAxis: threshold }],
              },
      },
    ],
  };
  return <ReactEChartsCore echarts={echarts} option={option} style={{ height }} notMerge lazyUpdate />;
}
