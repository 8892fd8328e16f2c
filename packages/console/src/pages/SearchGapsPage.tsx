import type { OperatorSynonym, SearchGap } from '@zsb/contracts';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { adminApi } from '../api/admin';
import { ApiError } from '../api/client';
import { ErrorState } from '../components/ErrorState';
import { SynonymModal } from '../components/SynonymModal';
import { SynonymsTable } from '../components/SynonymsTable';
import { formatTime } from '../lib/format';
import { DEFAULT_GAP_DAYS, emptyGapsText, GAP_PERIODS, hasSynonym, type GapDays } from '../lib/searchGaps';
import { useLoad } from '../lib/useLoad';

const INTRO =
  '群众在掌上办搜索、却一个事项也没找到的词，搜得多的在前（全市，数字已隐去）。给常见的说法添加同义词，让它能找到对应的事项。';

/**
 * 搜索缺口 (county admins): what residents searched for and found nothing, the most asked first, and the synonyms
 * operators added so those words find matters after the next catalog sync.
 */
export function SearchGapsPage() {
  const { message } = App.useApp();
  const [days, setDays] = useState<GapDays>(DEFAULT_GAP_DAYS);
  const gaps = useLoad(() => adminApi.searchGaps(days), String(days));
  const synonyms = useLoad(() => adminApi.synonyms(), 'synonyms');
  const [adding, setAdding] = useState<SearchGap | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const added = synonyms.data?.items ?? [];

  const refresh = () => {
    gaps.reload();
    synonyms.reload();
  };

  const onAdded = (s: OperatorSynonym) => {
    setAdding(null);
    message.success(`已添加“${s.says}”，下次目录同步后生效`);
    synonyms.reload();
  };

  const remove = async (s: OperatorSynonym) => {
    setRemoving(s.id);
    try {
      await adminApi.removeSynonym(s.id);
      message.success(`已删除“${s.says}”`);
      synonyms.reload();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '删除没有成功，请重试');
    } finally {
      setRemoving(null);
    }
  };

  return (
    <div className="search-gaps">
      <div className="toolbar">
        <Typography.Title level={4} className="page-title">
          搜索缺口
        </Typography.Title>
        <Space wrap>
          <Segmented<GapDays> className="e2e-gaps-period" value={days} options={GAP_PERIODS} onChange={setDays} />
          <Button icon={<ReloadOutlined />} onClick={refresh} aria-label="刷新" className="e2e-gaps-refresh" />
        </Space>
      </div>
      <Typography.Paragraph type="secondary" className="gaps-intro">
        {INTRO}
        {gaps.data && <span className="e2e-gaps-since">统计自 {gaps.data.since} 起。</span>}
      </Typography.Paragraph>
      {gaps.error ? (
        <ErrorState error={gaps.error} onRetry={gaps.reload} />
      ) : (
        <Table<SearchGap>
          className="e2e-gaps"
          size="middle"
          rowKey="query"
          loading={gaps.loading}
          dataSource={gaps.data?.items ?? []}
          locale={{ emptyText: emptyGapsText(days) }}
          pagination={{ pageSize: 10, showSizeChanger: false, showTotal: (t) => `共 ${t} 个词` }}
          onRow={() => ({ className: 'e2e-gap-row' })}
          columns={[
            { key: 'query', dataIndex: 'query', title: '搜索词', className: 'gap-query e2e-gap-query' },
            {
              key: 'count',
              dataIndex: 'count',
              title: '次数',
              width: 100,
              align: 'right',
              className: 'e2e-gap-count',
              sorter: (a, b) => a.count - b.count,
            },
            {
              key: 'lastAt',
              dataIndex: 'lastAt',
              title: '最近一次',
              width: 160,
              render: (v: string) => formatTime(v),
              sorter: (a, b) => Date.parse(a.lastAt) - Date.parse(b.lastAt),
            },
            {
              key: 'actions',
              title: '操作',
              width: 150,
              render: (_, g) =>
                hasSynonym(g, added) ? (
                  <Tag color="green" className="e2e-gap-has-synonym">
                    已添加同义词
                  </Tag>
                ) : (
                  <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(g)} className="e2e-add-synonym">
                    添加同义词
                  </Button>
                ),
            },
          ]}
        />
      )}
      <Typography.Title level={5} className="section-title">
        已添加的同义词<small>全市通用，下次目录同步后生效</small>
      </Typography.Title>
      {synonyms.error ? (
        <ErrorState error={synonyms.error} onRetry={synonyms.reload} />
      ) : (
        <SynonymsTable items={added} loading={synonyms.loading} removing={removing} onRemove={remove} />
      )}
      <SynonymModal gap={adding} onClose={() => setAdding(null)} onAdded={onAdded} />
    </div>
  );
}
