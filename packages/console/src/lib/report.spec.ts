import type { DashboardReport } from '@zsb/contracts';
import ExcelJS from 'exceljs';
import { grantablePlaces, grantableRoles } from './areas';
import { buildReportWorkbook, PLACE_COLUMNS, reportTitle, TARGET_HEADER, TARGET_SHEET } from './report';

const trend = [{ month: '2026-12', actual: 1 }];
const report: DashboardReport = {
  county: '林州市',
  township: null,
  month: '2026-12',
  generatedAt: '2026-12-08T09:30:00+08:00',
  targets: [
    {
      key: 'immediate-share',
      name: '即办件占比',
      rule: '即办件办件数 ÷ 办件总数',
      threshold: 40,
      direction: 'atLeast',
      unit: 'percent',
      actual: 62.5,
      met: true,
      numerator: 5,
      denominator: 8,
      trend,
    },
    {
      key: 'average-visits',
      name: '办件平均跑动次数',
      rule: '到窗口签到次数 ÷ 办件数',
      threshold: 0.1,
      direction: 'atMost',
      unit: 'visits',
      actual: 0.25,
      met: false,
      numerator: 2,
      denominator: 8,
      trend,
    },
    {
      key: 'answered-on-time',
      name: '咨询投诉按时答复率',
      rule: '按时答复 ÷ 到期应答复',
      threshold: 100,
      direction: 'atLeast',
      unit: 'percent',
      actual: null,
      met: null,
      numerator: 0,
      denominator: 0,
      trend,
    },
  ],
  indicators: [
    {
      key: 'bookings',
      name: '预约',
      rule: '本月预约数',
      unit: 'count',
      actual: 12,
      numerator: 12,
      denominator: 0,
      trend,
    },
  ],
  places: [
    {
      key: '临淇镇',
      name: '临淇镇',
      places: 5,
      placesMeetingFloor: 3,
      kiosks: 1,
      applications: 40,
      visits: 2,
      activeRating: null,
      badReviews: 1,
      badRectified: 1,
      feedback: 4,
      feedbackOnTime: 4,
      bookings: 9,
      noShows: 1,
    },
  ],
};

async function roundTrip(r: DashboardReport): Promise<ExcelJS.Workbook> {
  const buffer = await buildReportWorkbook(ExcelJS.Workbook, r).xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer as ArrayBuffer);
  return back;
}

describe('the month report workbook', () => {
  it('has a title row, then one row per target and indicator with the dashboard’s figures as numbers', async () => {
    const wb = await roundTrip(report);
    expect(wb.worksheets.map((s) => s.name)).toEqual([TARGET_SHEET, '分乡镇']);
    const sheet = wb.getWorksheet(TARGET_SHEET)!;
    expect(sheet.getCell('A1').value).toBe('林州市2026年12月便民服务进基层掌上办达标情况');
    expect(sheet.getRow(2).values).toEqual([undefined, ...TARGET_HEADER]);
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      '即办件占比',
      '≥ 40%',
      62.5,
      '达标',
      5,
      8,
      '即办件办件数 ÷ 办件总数',
    ]);
    expect(sheet.getCell('C3').numFmt).toBe('0.0"%"');
    expect((sheet.getRow(4).values as unknown[]).slice(1, 5)).toEqual(['办件平均跑动次数', '≤ 0.1 次', 0.25, '未达标']);
    expect(sheet.getCell('C4').numFmt).toBe('0.00" 次"');
    expect((sheet.getRow(5).values as unknown[]).slice(1, 5)).toEqual([
      '咨询投诉按时答复率',
      '≥ 100%',
      '无数据',
      '无数据',
    ]);
    expect((sheet.getRow(6).values as unknown[]).slice(1, 5)).toEqual(['预约', '—', 12, '—']);
  });

  it('lists the townships on sheet 2 in the places table’s columns', async () => {
    const sheet = (await roundTrip(report)).getWorksheet('分乡镇')!;
    expect(sheet.getCell('A1').value).toBe(reportTitle(report));
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      '乡镇（街道）',
      ...PLACE_COLUMNS.map((c) => c.title),
    ]);
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      '临淇镇',
      5,
      3,
      1,
      40,
      2,
      '无数据',
      1,
      1,
      4,
      4,
      9,
      1,
    ]);
  });

  it('names a township report and its places sheet after the township', async () => {
    const wb = await roundTrip({ ...report, township: '临淇镇' });
    expect(wb.worksheets.map((s) => s.name)).toEqual([TARGET_SHEET, '分服务点']);
    expect(wb.worksheets[0].getCell('A1').value).toBe('林州市临淇镇2026年12月便民服务进基层掌上办达标情况');
  });
});

describe('what the grant form offers', () => {
  const areas = {
    counties: [
      {
        name: '林州市',
        townships: [
          {
            name: '临淇镇',
            places: [
              { id: 'C1', name: '临淇镇便民服务中心', kind: 'center' as const, level: 'township' as const },
              { id: 'S1', name: '某村便民服务站', kind: 'station' as const, level: 'village' as const },
              { id: 'K1', name: '自助终端', kind: 'kiosk' as const, level: 'township' as const },
            ],
          },
        ],
      },
    ],
  };

  it('offers the roles in rank order, and every center and station of a county-wide grant (no kiosks)', () => {
    const me = {
      grantable: [
        { role: 'staff' as const, county: '林州市', centerId: null },
        { role: 'countyAdmin' as const, county: '林州市', centerId: null },
      ],
    };
    expect(grantableRoles(me)).toEqual(['countyAdmin', 'staff']);
    expect(grantablePlaces(me, areas, 'staff').map((p) => p.id)).toEqual(['C1', 'S1']);
  });

  it('offers a center admin only their own center', () => {
    const me = { grantable: [{ role: 'staff' as const, county: '林州市', centerId: 'C1' }] };
    expect(grantablePlaces(me, areas, 'staff').map((p) => p.id)).toEqual(['C1']);
    expect(grantablePlaces(me, areas, 'agent')).toEqual([]);
  });
});
