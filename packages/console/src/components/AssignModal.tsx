import type { QueueItem } from '@zsb/contracts';
import { Alert, Modal, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { adminApi } from '../api/admin';
import { ApiError } from '../api/client';
import { ErrorState } from './ErrorState';
import { ROLE_NAME, uuid } from '../lib/format';
import { assignees, QUEUE_KIND_NAME } from '../lib/queues';
import { useLoad } from '../lib/useLoad';

/** 指派: the 窗口人员 and 中心管理员 of the item's center; each press of 指派 sends a fresh Idempotency-Key. */
export function AssignModal({
  county,
  item,
  onClose,
  onAssigned,
}: {
  county: string;
  item: QueueItem | null;
  onClose: () => void;
  onAssigned: (item: QueueItem) => void;
}) {
  const people = useLoad(
    item ? () => adminApi.people(county, item.centerId) : null,
    item ? `${county}|${item.centerId}` : 'none',
  );
  const [grantId, setGrantId] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const options = item ? assignees(people.data?.items ?? [], item.centerId) : [];

  const assign = async () => {
    if (!item || !grantId) return;
    setSending(true);
    setProblem(null);
    try {
      onAssigned(await adminApi.assign({ kind: item.kind, id: item.id, grantId }, uuid()));
    } catch (e) {
      setProblem(e instanceof ApiError ? e.message : '指派没有成功，请重试');
    } finally {
      setSending(false);
    }
  };

  return (
    <Modal
      open={item !== null}
      title={item ? `指派 · ${QUEUE_KIND_NAME[item.kind]} ${item.number}` : '指派'}
      okText="指派"
      cancelText="取消"
      onOk={assign}
      onCancel={sending ? undefined : onClose}
      okButtonProps={{ disabled: !grantId, loading: sending, className: 'e2e-assign-submit' }}
      afterClose={() => {
        setGrantId(null);
        setProblem(null);
      }}
      className="e2e-assign-modal"
    >
      {item && (
        <Typography.Paragraph type="secondary">
          {item.centerName} · {item.title}
        </Typography.Paragraph>
      )}
      {people.error ? (
        <ErrorState error={people.error} onRetry={people.reload} />
      ) : people.loading ? (
        <div className="centered-block">
          <Spin />
        </div>
      ) : options.length === 0 ? (
        <Alert
          type="info"
          showIcon
          title="这个服务点还没有窗口人员或中心管理员"
          description="请先在“人员与角色”里授予角色，再来指派。"
        />
      ) : (
        <Select
          className="e2e-assign-person"
          style={{ width: '100%' }}
          placeholder="选择窗口人员或中心管理员"
          value={grantId}
          onChange={setGrantId}
          options={options.map((p) => ({ value: p.id, label: `${p.name} ${p.phone} · ${ROLE_NAME[p.role]}` }))}
        />
      )}
      {problem && <Alert type="error" showIcon title={problem} className="assign-problem e2e-assign-problem" />}
    </Modal>
  );
}
