import type { OperatorSynonym } from '@zsb/contracts';
import { Button, Popconfirm, Table, Tag } from 'antd';
import { formatTime } from '../lib/format';
import { synonymState } from '../lib/searchGaps';

/** The synonyms operators added (the whole city's), with 删除 after a confirmation. */
export function SynonymsTable({
  items,
  loading,
  removing,
  onRemove,
}: {
  items: OperatorSynonym[];
  loading: boolean;
  removing: string | null;
  onRemove: (synonym: OperatorSynonym) => void;
}) {
  return (
    <Table<OperatorSynonym>
      className="e2e-synonyms"
      size="middle"
      rowKey="id"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: '还没有添加过同义词' }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false, showTotal: (t) => `共 ${t} 条` }}
      onRow={() => ({ className: 'e2e-synonym-row' })}
      columns={[
        {
          key: 'says',
          dataIndex: 'says',
          title: '说法',
          width: 200,
          className: 'synonym-says e2e-synonym-says-cell',
        },
        {
          key: 'means',
          dataIndex: 'means',
          title: '对应的词',
          className: 'e2e-synonym-means-cell',
          render: (means: string[]) => (
            <span className="tags-stack">
              {means.map((m) => (
                <Tag key={m}>{m}</Tag>
              ))}
            </span>
          ),
        },
        { key: 'addedBy', dataIndex: 'addedBy', title: '添加人', width: 90 },
        { key: 'county', dataIndex: 'county', title: '县（市、区）', width: 110 },
        {
          key: 'addedAt',
          dataIndex: 'addedAt',
          title: '添加时间',
          width: 140,
          render: (v: string) => formatTime(v),
        },
        {
          key: 'state',
          title: '状态',
          width: 160,
          className: 'e2e-synonym-state',
          render: (_, s) => <Tag color={s.inEffect ? 'green' : 'gold'}>{synonymState(s)}</Tag>,
        },
        {
          key: 'actions',
          title: '操作',
          width: 80,
          render: (_, s) => (
            <Popconfirm
              title={`删除“${s.says}”这条同义词？`}
              description="下次目录同步后，搜这个说法将不再找到对应的事项。"
              okText="删除"
              okButtonProps={{ danger: true, className: 'e2e-synonym-delete-confirm' }}
              cancelText="取消"
              onConfirm={() => onRemove(s)}
            >
              <Button danger size="small" loading={removing === s.id} className="e2e-synonym-delete">
                删除
              </Button>
            </Popconfirm>
          ),
        },
      ]}
    />
  );
}
