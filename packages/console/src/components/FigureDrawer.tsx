import type { IndicatorKey, TargetKey } from '@zsb/contracts';
import { Alert, Drawer, Table } from 'antd';
import { adminApi, type DashboardQuery } from '../api/admin';
import { useLoad } from '../lib/useLoad';
import { ErrorState } from './ErrorState';

/** The rows behind one figure (FigureList): columns as the server sends them. */
export function FigureDrawer({
  query,
  figure,
  name,
  onClose,
}: {
  query: DashboardQuery;
  figure: TargetKey | IndicatorKey | null;
  name: string;
  onClose: () => void;
}) {
  const list = useLoad(
    figure ? () => adminApi.figureList(query, figure) : null,
    figure ? JSON.stringify([query, figure]) : 'closed',
  );
  const data = list.data;
  return (
    <Drawer
      open={figure !== null}
      onClose={onClose}
      size={960}
      title={data?.title ?? name}
      className="e2e-figure-drawer"
      destroyOnHidden
    >
      {list.error ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : (
        <>
          {data && data.total > data.rows.length && (
            <Alert
              type="info"
              showIcon
              className="figure-more"
              title={`共 ${data.total} 条，这里列出前 ${data.rows.length} 条`}
            />
          )}
          <Table
            className="e2e-figure-table"
            size="small"
            loading={list.loading}
            rowKey={(_, i) => String(i)}
            columns={(data?.columns ?? []).map((c) => ({
              key: c.key,
              dataIndex: c.key,
              title: c.title,
              render: (v: string | number | null) => (v === null || v === undefined || v === '' ? '—' : v),
            }))}
            dataSource={data?.rows ?? []}
            pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (t) => `共 ${t} 条` }}
            locale={{ emptyText: '本月没有记录' }}
            scroll={{ x: 'max-content' }}
          />
        </>
      )}
    </Drawer>
  );
}
