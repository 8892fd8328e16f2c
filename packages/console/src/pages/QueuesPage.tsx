import type { AdminAreas, QueueItem, QueueKind } from '@zsb/contracts';
import { ReloadOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { adminApi, type QueueQuery } from '../api/admin';
import { AssignModal } from '../components/AssignModal';
import { ErrorState } from '../components/ErrorState';
import { CountySelect, PlaceSelect } from '../components/AreaPickers';
import { formatTime } from '../lib/format';
import { dueLabel, emptyText, kindOptions, QUEUE_KIND_COLOR, QUEUE_KIND_NAME } from '../lib/queues';
import { useLoad } from '../lib/useLoad';

const keyOf = (i: Pick<QueueItem, 'kind' | 'id'>) => `${i.kind}:${i.id}`;

/** 工作队列: 差评整改, 办不成事, 咨询 and 上门服务 across the area, overdue first, with 指派. */
export function QueuesPage({ areas }: { areas: AdminAreas }) {
  const { message } = App.useApp();
  const [county, setCounty] = useState(areas.counties[0]?.name ?? '');
  const [centerId, setCenterId] = useState<string | null>(null);
  const [kind, setKind] = useState<QueueKind | ''>('');
  const [open, setOpen] = useState(true);
  const [assigning, setAssigning] = useState<QueueItem | null>(null);
  const query: QueueQuery = useMemo(
    () => ({ county, centerId, kind: kind || null, open }),
    [county, centerId, kind, open],
  );
  const key = JSON.stringify(query);
  const queue = useLoad(county ? () => adminApi.queues(query) : null, key);
  // Rows changed here (指派) since the list was read, shown in place of the list's copy.
  const [changed, setChanged] = useState<{ key: string; items: Record<string, QueueItem> }>({ key, items: {} });
  const overrides = changed.key === key && !queue.loading ? changed.items : {};
  const items = (queue.data?.items ?? []).map((i) => overrides[keyOf(i)] ?? i);

  if (!county) return <Empty description="您的账号没有可查看的县（市、区）" />;

  const refresh = () => {
    setChanged({ key, items: {} });
    queue.reload();
  };

  const assigned = (item: QueueItem) => {
    setChanged((c) => ({ key, items: { ...(c.key === key ? c.items : {}), [keyOf(item)]: item } }));
    setAssigning(null);
    message.success(`已指派给 ${item.assignee ?? ''}`);
  };

  return (
    <div className="queues">
      <div className="toolbar">
        <Typography.Title level={4} className="page-title">
          工作队列
        </Typography.Title>
        <Space wrap>
          <CountySelect
            areas={areas}
            value={county}
            onChange={(v) => {
              setCounty(v);
              setCenterId(null);
            }}
          />
          <PlaceSelect
            className="e2e-queues-center"
            areas={areas}
            county={county}
            value={centerId}
            onChange={setCenterId}
          />
          <Segmented
            className="e2e-queues-kind"
            value={kind}
            options={kindOptions()}
            onChange={(v) => setKind(v as QueueKind | '')}
          />
          <Segmented
            className="e2e-queues-open"
            value={open ? 'open' : 'all'}
            options={[
              { value: 'open', label: '未办结' },
              { value: 'all', label: '全部' },
            ]}
            onChange={(v) => setOpen(v === 'open')}
          />
          <Button icon={<ReloadOutlined />} onClick={refresh} aria-label="刷新" />
        </Space>
      </div>
      {queue.error ? (
        <ErrorState error={queue.error} onRetry={refresh} />
      ) : (
        <>
          {queue.data && queue.data.total > queue.data.items.length && (
            <Alert
              type="info"
              showIcon
              className="queue-more"
              title={`共 ${queue.data.total} 条，这里列出前 ${queue.data.items.length} 条（超期的在前）；可按服务点或类别筛选`}
            />
          )}
          <Table<QueueItem>
            className="e2e-queue"
            size="middle"
            rowKey={keyOf}
            loading={queue.loading}
            dataSource={items}
            locale={{ emptyText: emptyText(kind, open) }}
            pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (t) => `共 ${t} 条` }}
            rowClassName={(i) => (dueLabel(i).overdue ? 'queue-overdue e2e-queue-overdue' : '')}
            onRow={(i) => ({ className: `e2e-queue-row e2e-queue-${i.kind}` })}
            columns={[
              {
                key: 'kind',
                title: '类别',
                width: 88,
                render: (_, i) => <Tag color={QUEUE_KIND_COLOR[i.kind]}>{QUEUE_KIND_NAME[i.kind]}</Tag>,
              },
              { key: 'number', dataIndex: 'number', title: '编号', width: 160, className: 'nowrap e2e-queue-number' },
              { key: 'center', dataIndex: 'centerName', title: '服务点', width: 170 },
              { key: 'title', dataIndex: 'title', title: '事项' },
              {
                key: 'state',
                title: '状态',
                width: 80,
                render: (_, i) => <Tag color={i.open ? 'gold' : 'default'}>{i.state}</Tag>,
              },
              {
                key: 'filed',
                dataIndex: 'filedAt',
                title: '提交时间',
                width: 140,
                render: (v: string) => formatTime(v),
              },
              {
                key: 'due',
                title: '答复期限',
                width: 150,
                render: (_, i) => {
                  const due = dueLabel(i);
                  return due.overdue ? (
                    <span className="overdue">
                      {due.text}
                      <Tag color="red" className="overdue-tag e2e-overdue">
                        已超期
                      </Tag>
                    </span>
                  ) : (
                    due.text
                  );
                },
              },
              {
                key: 'assignee',
                dataIndex: 'assignee',
                title: '承办人',
                width: 90,
                className: 'e2e-queue-assignee',
                render: (v: string | null) => v ?? <Typography.Text type="secondary">未指派</Typography.Text>,
              },
              {
                key: 'actions',
                title: '操作',
                width: 90,
                render: (_, i) =>
                  i.open ? (
                    <Button
                      size="small"
                      icon={<UserSwitchOutlined />}
                      onClick={() => setAssigning(i)}
                      className="e2e-assign"
                    >
                      指派
                    </Button>
                  ) : null,
              },
            ]}
          />
        </>
      )}
      <AssignModal county={county} item={assigning} onClose={() => setAssigning(null)} onAssigned={assigned} />
    </div>
  );
}
