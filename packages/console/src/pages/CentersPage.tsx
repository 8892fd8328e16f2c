import type { AdminAreas, AdminPlace, Closure } from '@zsb/contracts';
import { CountySelect, TownshipSelect } from '../components/AreaPickers';
import { PauseCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { adminApi } from '../api/admin';
import { ClosuresTable } from '../components/ClosuresTable';
import { CloseCenterModal } from '../components/CloseCenterModal';
import { ErrorState } from '../components/ErrorState';
import { canClose, closurePeriod, placeKindLabel, REASON_NAME, SERVICE_NAME, underFloor } from '../lib/places';
import { useLoad } from '../lib/useLoad';

/** 中心与服务: the area's places (hours, windows, matters against the floor, services, people, closures) and 暂停服务. */
export function CentersPage({ areas }: { areas: AdminAreas }) {
  const [county, setCounty] = useState(areas.counties[0]?.name ?? '');
  const [township, setTownship] = useState<string | null>(null);
  const [closing, setClosing] = useState<AdminPlace | null>(null);
  const places = useLoad(county ? () => adminApi.centers(county, township) : null, `${county}|${township}`);
  const closures = useLoad(county ? () => adminApi.closures(county) : null, county);
  const townships = areas.counties.find((c) => c.name === county)?.townships ?? [];
  const inTownship = (c: Closure) => !township || (places.data?.items ?? []).some((p) => p.id === c.centerId);

  if (!county) return <Empty description="您的账号没有可查看的县（市、区）" />;

  const refresh = () => {
    places.reload();
    closures.reload();
  };

  const columns: TableColumnsType<AdminPlace> = [
    {
      key: 'name',
      title: '服务点',
      width: 200,
      render: (_, p) => (
        <>
          <div className="place-name">{p.name}</div>
          <Typography.Text type="secondary" className="place-kind">
            {placeKindLabel(p)}
          </Typography.Text>
        </>
      ),
    },
    { key: 'township', dataIndex: 'township', title: '乡镇（街道）', width: 104 },
    { key: 'windows', dataIndex: 'windows', title: '窗口', width: 52, align: 'right' },
    {
      key: 'matters',
      title: '事项数',
      width: 84,
      align: 'right',
      render: (_, p) =>
        p.matterFloor === null ? (
          p.matterCount
        ) : (
          <Tooltip title={underFloor(p) ? `低于 ${p.matterFloor} 项的标准` : `达到 ${p.matterFloor} 项的标准`}>
            <span className={underFloor(p) ? 'under-floor e2e-under-floor' : undefined}>
              {p.matterCount}
              <span className="floor"> / {p.matterFloor}</span>
            </span>
          </Tooltip>
        ),
    },
    {
      key: 'hours',
      title: '办公时间',
      width: 250,
      render: (_, p) => (
        <div className="hours">
          {p.hours.length === 0 ? <Typography.Text type="secondary">未公布</Typography.Text> : null}
          {p.hours.map((h) => (
            <div key={h}>{h}</div>
          ))}
          <div className="hours-extra">
            {p.lateHours && <Tag color="purple">延时</Tag>}
            {p.lunchBreak && <span className="lunch">午休 {p.lunchBreak}</span>}
          </div>
        </div>
      ),
    },
    {
      key: 'services',
      title: '服务',
      width: 96,
      render: (_, p) => (
        <div className="tags-stack">
          {p.services.map((s) => (
            <Tag key={s} color="blue">
              {SERVICE_NAME[s]}
            </Tag>
          ))}
        </div>
      ),
    },
    {
      key: 'people',
      title: '人员',
      width: 88,
      render: (_, p) =>
        p.kind === 'kiosk' ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <div className="people-count">
            <div>工作人员 {p.staff}</div>
            <div>代办员 {p.agents}</div>
          </div>
        ),
    },
    {
      key: 'closures',
      title: '暂停服务',
      render: (_, p) =>
        p.closures.length === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <div className="tags-stack">
            {p.closures.map((c) => (
              <Tooltip key={c.id} title={c.note}>
                <Tag color="orange" className="closure-tag e2e-place-closure">
                  {closurePeriod(c)} {REASON_NAME[c.reason]}
                </Tag>
              </Tooltip>
            ))}
          </div>
        ),
    },
    {
      key: 'actions',
      title: '操作',
      width: 104,
      render: (_, p) =>
        canClose(p) ? (
          <Button
            size="small"
            icon={<PauseCircleOutlined />}
            onClick={() => setClosing(p)}
            className="e2e-close-center"
          >
            暂停服务
          </Button>
        ) : null,
    },
  ];

  return (
    <div className="centers">
      <div className="toolbar">
        <Typography.Title level={4} className="page-title">
          中心与服务
        </Typography.Title>
        <Space wrap>
          <CountySelect
            className="e2e-centers-county"
            areas={areas}
            value={county}
            onChange={(v) => {
              setCounty(v);
              setTownship(null);
            }}
          />
          <TownshipSelect
            className="e2e-centers-township"
            townships={townships}
            value={township}
            allLabel="全部乡镇（街道）"
            onChange={setTownship}
          />
          <Button icon={<ReloadOutlined />} onClick={refresh} aria-label="刷新" />
        </Space>
      </div>
      {places.error ? (
        <ErrorState error={places.error} onRetry={places.reload} />
      ) : (
        <Table<AdminPlace>
          className="e2e-centers"
          size="small"
          tableLayout="fixed"
          rowKey="id"
          loading={places.loading}
          dataSource={places.data?.items ?? []}
          columns={columns}
          locale={{ emptyText: '这里没有服务点' }}
          pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (t) => `共 ${t} 个服务点` }}
          onRow={(p) => ({ className: `e2e-center-row e2e-center-${p.id}` })}
        />
      )}
      <Typography.Title level={5} className="section-title">
        暂停服务记录<small>（最新的在前）</small>
      </Typography.Title>
      {closures.error ? (
        <ErrorState error={closures.error} onRetry={closures.reload} />
      ) : (
        <ClosuresTable items={(closures.data?.items ?? []).filter(inTownship)} loading={closures.loading} />
      )}
      <CloseCenterModal place={closing} onClose={() => setClosing(null)} onClosed={refresh} />
    </div>
  );
}
