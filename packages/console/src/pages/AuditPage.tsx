import type { AdminAreas, AuditEntry } from '@zsb/contracts';
import { Button, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { adminApi } from '../api/admin';
import { ApiError } from '../api/client';
import { ErrorState } from '../components/ErrorState';
import { actionName, changeLines, formatTime } from '../lib/format';

const Change = ({ state }: { state: Record<string, unknown> | null }) => (
  <div className="change">
    {changeLines(state).map((line, i) => (
      <div key={i}>{line}</div>
    ))}
  </div>
);

/** Newest first, 50 a page; 加载更多 asks for the entries before the last one shown. */
export function AuditPage({ areas }: { areas: AdminAreas }) {
  const [county, setCounty] = useState(areas.counties[0]?.name ?? '');
  const [items, setItems] = useState<AuditEntry[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [round, setRound] = useState(0);

  const load = async (before: string | null, replace: boolean) => {
    setLoading(true);
    setError(null);
    try {
      const page = await adminApi.audit(county, before);
      setItems((old) => (replace ? page.items : [...old, ...page.items]));
      setNext(page.nextBefore);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'CLIENT_ERROR', '页面出了点问题，请重试'));
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    if (county) void load(null, true);
  }, [county, round]);

  return (
    <div className="audit">
      <div className="toolbar">
        <Typography.Title level={4} className="page-title">
          审计日志
        </Typography.Title>
        <Space>
          <Select
            value={county}
            style={{ width: 140 }}
            options={areas.counties.map((c) => ({ value: c.name, label: c.name }))}
            onChange={setCounty}
            aria-label="县（市、区）"
          />
          <Button onClick={() => setRound((r) => r + 1)}>刷新</Button>
        </Space>
      </div>
      <Typography.Paragraph type="secondary">
        通过后台做的每一项变更都记录在这里（谁、做了什么、变更前后、何时），不能修改或删除。
      </Typography.Paragraph>
      {error && items.length === 0 ? (
        <ErrorState error={error} onRetry={() => setRound((r) => r + 1)} />
      ) : (
        <>
          <Table<AuditEntry>
            className="e2e-audit"
            size="middle"
            rowKey="id"
            loading={loading}
            dataSource={items}
            pagination={false}
            locale={{ emptyText: '还没有变更记录' }}
            onRow={() => ({ className: 'e2e-audit-row' })}
            columns={[
              { key: 'at', dataIndex: 'at', title: '时间', width: 150, render: (v: string) => formatTime(v) },
              { key: 'actor', dataIndex: 'actor', title: '操作人', width: 100 },
              { key: 'action', dataIndex: 'action', title: '操作', width: 100, render: actionName },
              { key: 'target', dataIndex: 'target', title: '对象' },
              {
                key: 'before',
                dataIndex: 'before',
                title: '变更前',
                render: (v: AuditEntry['before']) => <Change state={v} />,
              },
              {
                key: 'after',
                dataIndex: 'after',
                title: '变更后',
                render: (v: AuditEntry['after']) => <Change state={v} />,
              },
            ]}
          />
          {error && <ErrorState error={error} onRetry={() => void load(next, false)} />}
          <div className="more">
            {next ? (
              <Button onClick={() => void load(next, false)} loading={loading} className="e2e-audit-more">
                加载更多
              </Button>
            ) : (
              items.length > 0 && <Typography.Text type="secondary">已经到底了</Typography.Text>
            )}
          </div>
        </>
      )}
    </div>
  );
}
