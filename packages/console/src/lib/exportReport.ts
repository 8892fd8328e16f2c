import type { DashboardReport } from '@zsb/contracts';
import { reportFileName } from './format';
import { buildReportWorkbook } from './report';

/** Builds the month's .xlsx in the browser (exceljs loaded only now) and hands it to the browser as a download. */
export async function downloadReport(report: DashboardReport): Promise<void> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const buffer = await buildReportWorkbook(ExcelJS.Workbook, report).xlsx.writeBuffer();
  const blob = new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = reportFileName(report.county, report.month, report.township);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
