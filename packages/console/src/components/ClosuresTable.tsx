import type { Closure } from '@zsb/contracts';
import { Table, Tag } from 'antd';
import { formatTime } from '../lib/format';
import { closurePeriod, REASON_NAME } from '../lib/places';

/** The area's closures, newest first, with what each did to bookings and the waitlist. */
export function ClosuresTable({ items, loading }: { items: Closure[]; loading: boolean }) {
  return (
    <Table<Closure>
      className="e2e-closures"
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: '这里还没有暂停服务的记录' }}
      pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
      onRow={() => ({ className: 'e2e-closure-row' })}
      columns={[
        { key: 'center', dataIndex: 'centerName', title: '服务点' },
        { key: 'period', title: '暂停时段', render: (_, c) => closurePeriod(c) },
        {
          key: 'reason',
          title: '原因与说明',
          render: (_, c) => (
            <>
              <Tag color="orange">{REASON_NAME[c.reason]}</Tag>
              {c.note}
            </>
          ),
        },
        { key: 'moved', dataIndex: 'moved', title: '改约', align: 'right' },
        { key: 'cancelled', dataIndex: 'cancelled', title: '取消', align: 'right' },
        { key: 'waitlist', dataIndex: 'waitlistEnded', title: '结束候补', align: 'right' },
        { key: 'by', dataIndex: 'decidedBy', title: '决定人' },
        { key: 'at', dataIndex: 'createdAt', title: '决定时间', render: (v: string) => formatTime(v) },
      ]}
    />
  );
}
