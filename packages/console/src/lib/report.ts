// The month's 达标 report as a county sends it upward: an .xlsx built from one DashboardReport. The ExcelJS
// Workbook class is passed in, so the browser can load exceljs on demand and the tests can build the file in node.
import type { DashboardReport, FigureUnit, PlaceFigures } from '@zsb/contracts';
import type { Workbook } from 'exceljs';
import { formatThreshold, MET_LABEL, metState, monthLabel } from './format';

export const TARGET_SHEET = '达标情况';
export const TARGET_HEADER = ['指标', '标准', '实际', '是否达标', '分子', '分母', '口径'] as const;

/** The places sheet's columns: the drill-down table's, in the same order. */
export const PLACE_COLUMNS: { key: keyof PlaceFigures; title: string }[] = [
  { key: 'places', title: '服务点数' },
  { key: 'placesMeetingFloor', title: '事项数达标服务点' },
  { key: 'kiosks', title: '自助终端' },
  { key: 'applications', title: '办件量' },
  { key: 'visits', title: '跑动次数' },
  { key: 'activeRating', title: '主动评价率(%)' },
  { key: 'badReviews', title: '差评' },
  { key: 'badRectified', title: '差评已整改' },
  { key: 'feedback', title: '咨询投诉' },
  { key: 'feedbackOnTime', title: '按时答复' },
  { key: 'bookings', title: '预约' },
  { key: 'noShows', title: '爽约' },
];

/** Excel number formats that keep the figure a number and show its unit, like the dashboard. */
export const NUMBER_FORMAT: Record<FigureUnit, string> = {
  percent: '0.0"%"',
  count: '0" 项"',
  visits: '0.00" 次"',
};

export function reportTitle(report: Pick<DashboardReport, 'county' | 'township' | 'month'>): string {
  return `${report.county}${report.township ?? ''}${monthLabel(report.month)}便民服务进基层掌上办达标情况`;
}

export const placesSheetName = (report: Pick<DashboardReport, 'township'>): string =>
  report.township ? '分服务点' : '分乡镇';

/** One row of sheet 1 per target, then the indicators (no standard of their own). */
export function targetRows(report: DashboardReport): (string | number | null)[][] {
  return [
    ...report.targets.map((t) => [
      t.name,
      formatThreshold(t),
      t.actual ?? '无数据',
      MET_LABEL[metState(t.met)],
      t.numerator,
      t.denominator,
      t.rule,
    ]),
    ...report.indicators.map((i) => [i.name, '—', i.actual ?? '无数据', '—', i.numerator, i.denominator, i.rule]),
  ];
}

type WorkbookClass = new () => Workbook;

export function buildReportWorkbook(WorkbookCtor: WorkbookClass, report: DashboardReport): Workbook {
  const wb = new WorkbookCtor();
  wb.creator = '掌上办运营管理后台';
  wb.created = new Date(report.generatedAt);
  const title = reportTitle(report);
  const units = [...report.targets.map((t) => t.unit), ...report.indicators.map((i) => i.unit)];

  const targets = wb.addWorksheet(TARGET_SHEET);
  targets.columns = [
    { width: 34 },
    { width: 12 },
    { width: 12 },
    { width: 10 },
    { width: 10 },
    { width: 10 },
    { width: 60 },
  ];
  titleRow(targets, title, TARGET_HEADER.length);
  header(targets.addRow([...TARGET_HEADER]));
  targetRows(report).forEach((values, i) => {
    const row = targets.addRow(values);
    const actual = row.getCell(3);
    if (typeof actual.value === 'number') actual.numFmt = NUMBER_FORMAT[units[i]];
    const met = row.getCell(4);
    if (met.value === MET_LABEL.met) met.font = { color: { argb: 'FF237804' } };
    if (met.value === MET_LABEL.unmet) met.font = { color: { argb: 'FFCF1322' } };
    row.getCell(7).alignment = { wrapText: true, vertical: 'top' };
  });
  targets.addRow([]);
  targets.addRow([`统计月份：${monthLabel(report.month)}；生成时间：${report.generatedAt}`]);

  const places = wb.addWorksheet(placesSheetName(report));
  places.columns = [{ width: 26 }, ...PLACE_COLUMNS.map(() => ({ width: 12 }))];
  titleRow(places, title, PLACE_COLUMNS.length + 1);
  header(places.addRow([report.township ? '服务点' : '乡镇（街道）', ...PLACE_COLUMNS.map((c) => c.title)]));
  for (const p of report.places) places.addRow([p.name, ...PLACE_COLUMNS.map((c) => p[c.key] ?? '无数据')]);
  return wb;
}

function titleRow(sheet: Workbook['worksheets'][number], title: string, width: number): void {
  const row = sheet.addRow([title]);
  sheet.mergeCells(row.number, 1, row.number, width);
  row.font = { bold: true, size: 14 };
  row.alignment = { horizontal: 'center' };
  row.height = 24;
}

function header(row: Workbook['worksheets'][number]['lastRow']): void {
  if (!row) return;
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF0F0F0' } };
    cell.border = { bottom: { style: 'thin' } };
  });
}
