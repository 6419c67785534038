import { BarChart, BoxplotChart, FunnelChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
	DatasetComponent,
	GridComponent,
	LegendComponent,
	MarkAreaComponent,
	MarkLineComponent,
	TitleComponent,
	TooltipComponent,
	VisualMapComponent
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
	BarChart,
	BoxplotChart,
	FunnelChart,
	HeatmapChart,
	LineChart,
	ScatterChart,
	DatasetComponent,
	GridComponent,
	LegendComponent,
	MarkAreaComponent,
	MarkLineComponent,
	TitleComponent,
	TooltipComponent,
	VisualMapComponent,
	CanvasRenderer
]);

export type ChartOption = echarts.EChartsCoreOption;
export { echarts };
