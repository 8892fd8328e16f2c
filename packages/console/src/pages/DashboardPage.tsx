import type { AdminAreas, IndicatorKey, TargetKey } from '@zsb/contracts';
import { CountySelect, TownshipSelect } from '../components/AreaPickers';
import { ArrowLeftOutlined, DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Col, DatePicker, Empty, Row, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { adminApi, type DashboardQuery } from '../api/admin';
import { ErrorState } from '../components/ErrorState';
import { IndicatorCard, TargetCard } from '../components/FigureCards';
import { FigureDrawer } from '../components/FigureDrawer';
import { PlacesTable } from '../components/PlacesTable';
import { downloadReport } from '../lib/exportReport';
import { beijingMonth, formatTime, monthLabel } from '../lib/format';
import { useLoad } from '../lib/useLoad';

export function DashboardPage({ areas }: { areas: AdminAreas }) {
  const { message } = App.useApp();
  const thisMonth = beijingMonth(new Date());
  const [county, setCounty] = useState(areas.counties[0]?.name ?? '');
  const [township, setTownship] = useState<string | null>(null);
  const [month, setMonth] = useState(thisMonth);
  const [open, setOpen] = useState<{ key: TargetKey | IndicatorKey; name: string } | null>(null);
  const [exporting, setExporting] = useState(false);
  const query: DashboardQuery = useMemo(() => ({ county, township, month }), [county, township, month]);
  const report = useLoad(county ? () => adminApi.dashboard(query) : null, JSON.stringify(query));
  const townships = areas.counties.find((c) => c.name === county)?.townships ?? [];

  if (!county) return <Empty description="您的账号没有可查看的县（市、区）" />;

  const exportIt = async () => {
    if (!report.data) return;
    setExporting(true);
    try {
      await downloadReport(report.data);
    } catch {
      message.error('月报没有导出成功，请重试');
    } finally {
      setExporting(false);
    }
  };
  const data = report.data;

  return (
    <div className="dashboard">
      <div className="toolbar">
        <Space wrap>
          {township ? (
            <Button icon={<ArrowLeftOutlined />} onClick={() => setTownship(null)} className="e2e-back-county">
              返回{county}
            </Button>
          ) : null}
          <Typography.Title level={4} className="page-title e2e-dashboard-title">
            {county}
            {township ? ` · ${township}` : ''} 达标情况
          </Typography.Title>
        </Space>
        <Space wrap>
          <CountySelect
            className="e2e-county"
            areas={areas}
            value={county}
            onChange={(v) => {
              setCounty(v);
              setTownship(null);
            }}
          />
          <TownshipSelect
            className="e2e-township"
            townships={townships}
            value={township}
            allLabel="全县（按乡镇）"
            onChange={setTownship}
          />
          <DatePicker
            className="e2e-month"
            picker="month"
            allowClear={false}
            value={dayjs(`${month}-01`)}
            format="YYYY年M月"
            disabledDate={(d) => d.format('YYYY-MM') > thisMonth}
            onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
            aria-label="统计月份"
          />
          <Button icon={<ReloadOutlined />} onClick={report.reload} aria-label="刷新" />
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            onClick={exportIt}
            loading={exporting}
            disabled={!data}
            className="e2e-export"
          >
            导出月报
          </Button>
        </Space>
      </div>

      {report.error ? (
        <ErrorState error={report.error} onRetry={report.reload} />
      ) : !data ? (
        <div className="centered-block">
          <Spin size="large" />
        </div>
      ) : (
        <Spin spinning={report.loading}>
          <Typography.Text type="secondary" className="generated">
            {monthLabel(data.month)} · 统计于 {formatTime(data.generatedAt)} · 点击任一指标查看明细
          </Typography.Text>
          <Row gutter={[12, 12]} className="targets">
            {data.targets.map((t) => (
              <Col key={t.key} span={6}>
                <TargetCard target={t} onOpen={() => setOpen({ key: t.key, name: t.name })} />
              </Col>
            ))}
          </Row>
          <div className="indicators">
            {data.indicators.map((i) => (
              <IndicatorCard key={i.key} indicator={i} onOpen={() => setOpen({ key: i.key, name: i.name })} />
            ))}
          </div>
          <Typography.Title level={5} className="section-title">
            {data.township ? `${data.township}各服务点` : '各乡镇（街道）'}
            {!data.township && <small>（点击一行查看该乡镇）</small>}
          </Typography.Title>
          <PlacesTable
            places={data.places}
            townships={!data.township}
            onOpen={data.township ? undefined : (row) => setTownship(row.key)}
          />
        </Spin>
      )}
      <FigureDrawer query={query} figure={open?.key ?? null} name={open?.name ?? ''} onClose={() => setOpen(null)} />
    </div>
  );
}
