export { LineChart, Legend, type LineSeries } from './LineChart';
export { StackedBarChart, type BarSeries } from './StackedBarChart';
export { labelStride, niceMax } from './scale';
