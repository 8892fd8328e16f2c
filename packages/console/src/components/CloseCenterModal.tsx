import type { AdminPlace, Closure, ClosureReason } from '@zsb/contracts';
import { Alert, Button, DatePicker, Form, Input, Modal, Radio, Result, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { adminApi } from '../api/admin';
import { ApiError } from '../api/client';
import { uuid } from '../lib/format';
import {
  beijingWallOf,
  closureOutcome,
  closureRequestOf,
  closureSentence,
  noteProblem,
  REASON_NAME,
  REASONS,
  type ClosureForm,
} from '../lib/places';

interface Values {
  period?: [Dayjs | null, Dayjs | null] | null;
  reason?: ClosureReason;
  note?: string;
}

const WALL = 'YYYY-MM-DDTHH:mm';

/** The form's values as a ClosureForm, or null while something is missing or wrong. */
function formOf(v: Values): ClosureForm | null {
  const [start, end] = v.period ?? [];
  if (!start || !end || !v.reason || noteProblem(v.note ?? '')) return null;
  return { start: start.format(WALL), end: end.format(WALL), reason: v.reason, note: v.note ?? '' };
}

// The pickers show wall-clock numbers read as Beijing time, so "today" is Beijing's today whatever the browser's zone.
const beijingToday = () => beijingWallOf(new Date()).slice(0, 10);

/**
 * 暂停服务 for one center: period (30-minute steps, Beijing), reason and what residents are told; then an explicit
 * confirmation; then what happened (改约、取消、结束候补). Each press of 确认 sends a fresh Idempotency-Key.
 */
export function CloseCenterModal({
  place,
  onClose,
  onClosed,
}: {
  place: AdminPlace | null;
  onClose: () => void;
  onClosed: (c: Closure) => void;
}) {
  const [form] = Form.useForm<Values>();
  const values = Form.useWatch([], form) as Values | undefined;
  const [stage, setStage] = useState<'form' | 'confirm' | 'done'>('form');
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<Closure | null>(null);
  const ready = values ? formOf(values) : null;
  const request = place && ready ? closureRequestOf(place.id, ready) : null;

  const reset = () => {
    form.resetFields();
    setStage('form');
    setProblem(null);
    setDone(null);
  };

  const next = async () => {
    await form.validateFields();
    if (request) setStage('confirm');
  };

  const confirm = async () => {
    if (!request) return;
    setSending(true);
    setProblem(null);
    try {
      const closure = await adminApi.close(request, uuid());
      setDone(closure);
      setStage('done');
      onClosed(closure);
    } catch (e) {
      setProblem(e instanceof ApiError ? e.message : '暂停服务没有成功，请重试');
    } finally {
      setSending(false);
    }
  };

  const footer =
    stage === 'form'
      ? [
          <Button key="cancel" onClick={onClose}>
            取消
          </Button>,
          <Button key="next" type="primary" onClick={next} className="e2e-closure-next">
            下一步
          </Button>,
        ]
      : stage === 'confirm'
        ? [
            <Button key="back" onClick={() => setStage('form')} disabled={sending}>
              返回修改
            </Button>,
            <Button key="ok" type="primary" danger loading={sending} onClick={confirm} className="e2e-closure-confirm">
              确认暂停服务
            </Button>,
          ]
        : [
            <Button key="close" type="primary" onClick={onClose} className="e2e-closure-close">
              关闭
            </Button>,
          ];

  return (
    <Modal
      open={place !== null}
      title={place ? `暂停服务 · ${place.name}` : '暂停服务'}
      width={640}
      onCancel={sending ? undefined : onClose}
      mask={{ closable: false }}
      footer={footer}
      afterClose={reset}
      className="e2e-closure-modal"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ reason: 'power' }}
        onValuesChange={() => setProblem(null)}
        className={stage === 'form' ? undefined : 'hidden-form'}
      >
        <Form.Item
          name="period"
          label="暂停时段（北京时间）"
          rules={[
            { required: true, message: '请选择开始和结束时间' },
            {
              validator: async (_, v: Values['period']) => {
                const [s, e] = v ?? [];
                if (s && e && !e.isAfter(s)) throw new Error('结束时间应晚于开始时间');
              },
            },
          ]}
        >
          <DatePicker.RangePicker
            className="e2e-closure-period"
            showTime={{ format: 'HH:mm', minuteStep: 30, hideDisabledOptions: true }}
            format="YYYY-MM-DD HH:mm"
            placeholder={['开始时间', '结束时间']}
            disabledDate={(d) => d.format('YYYY-MM-DD') < beijingToday()}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item name="reason" label="原因" rules={[{ required: true, message: '请选择原因' }]}>
          <Radio.Group
            className="e2e-closure-reason"
            options={REASONS.map((r) => ({ value: r, label: REASON_NAME[r] }))}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label="告诉群众的说明"
          extra="会写进每位受影响群众的消息和预约详情，2–60 个字"
          rules={[
            {
              validator: async (_, v: string | undefined) => {
                const p = noteProblem(v ?? '');
                if (p) throw new Error(p);
              },
            },
          ]}
        >
          <Input className="e2e-closure-note" placeholder="例如：线路检修停电" maxLength={60} showCount />
        </Form.Item>
        <div className="closure-preview e2e-closure-preview">
          <Typography.Text type="secondary">群众将看到：</Typography.Text>
          {place && request ? (
            <div>{closureSentence(place.name, request)}……</div>
          ) : (
            <div className="closure-preview-empty">选好时段、原因并写好说明后，这里显示群众收到的原话</div>
          )}
        </div>
      </Form>

      {stage === 'confirm' && place && request && (
        <div className="e2e-closure-confirmation">
          <Alert
            type="warning"
            showIcon
            title="请确认暂停服务"
            description={
              <>
                <p className="closure-sentence">{closureSentence(place.name, request)}。</p>
                <p>时段内的预约将改到之后的第一个空闲时段，没有空闲的将取消，并逐一通知群众。</p>
                <p>确认后立即生效，不能撤回；操作会记入审计日志。</p>
              </>
            }
          />
          {problem && <Alert type="error" showIcon title={problem} className="closure-problem e2e-closure-problem" />}
        </div>
      )}

      {stage === 'done' && done && (
        <Result
          status="success"
          className="e2e-closure-done"
          title={`${done.centerName}已暂停服务`}
          subTitle={
            <>
              <div className="closure-outcome e2e-closure-outcome">{closureOutcome(done)}</div>
              <div>受影响的群众已逐一收到通知。</div>
            </>
          }
        />
      )}
    </Modal>
  );
}
