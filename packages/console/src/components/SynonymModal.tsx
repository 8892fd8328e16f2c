import type { OperatorSynonym, SearchGap } from '@zsb/contracts';
import { Alert, Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { adminApi } from '../api/admin';
import { ApiError } from '../api/client';
import { uuid } from '../lib/format';
import {
  draftOf,
  hasMaskedDigits,
  meansProblem,
  saysProblem,
  SAYS_MAX,
  synonymRequest,
  synonymSentence,
  type SynonymForm,
} from '../lib/searchGaps';

const check = (problem: string | null) => (problem ? Promise.reject(new Error(problem)) : Promise.resolve());

/**
 * 添加同义词 for a word residents searched without result: the saying (their word, editable) and the phrases of
 * matter names it should find. Each press of 添加 sends a fresh Idempotency-Key.
 */
export function SynonymModal({
  gap,
  onClose,
  onAdded,
}: {
  gap: SearchGap | null;
  onClose: () => void;
  onAdded: (synonym: OperatorSynonym) => void;
}) {
  const [form] = Form.useForm<SynonymForm>();
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const says = Form.useWatch('says', form);
  const means = Form.useWatch('means', form);
  const ready = synonymRequest({ says, means });

  // Every opening starts from the row's word, without the last opening's means or messages.
  useEffect(() => {
    if (!gap) return;
    form.resetFields();
    form.setFieldsValue(draftOf(gap));
    setProblem(null);
  }, [gap, form]);

  const add = async () => {
    const values = await form.validateFields().catch(() => null);
    const made = values && synonymRequest(values);
    if (!made?.ok) return;
    setSending(true);
    setProblem(null);
    try {
      onAdded(await adminApi.addSynonym(made.request, uuid()));
    } catch (e) {
      if (!(e instanceof ApiError)) setProblem('添加没有成功，请重试');
      else {
        // The server's per-field words go under their fields; anything else above the buttons.
        const fields = e.details.filter((d) => d.field === 'says' || d.field.startsWith('means'));
        form.setFields(fields.map((d) => ({ name: d.field === 'says' ? 'says' : 'means', errors: [d.message] })));
        if (fields.length === 0) setProblem(e.message);
      }
    } finally {
      setSending(false);
    }
  };

  return (
    <Modal
      open={gap !== null}
      title="添加同义词"
      okText="添加"
      cancelText="取消"
      onOk={add}
      onCancel={sending ? undefined : onClose}
      okButtonProps={{ loading: sending, className: 'e2e-synonym-submit' }}
      // The form stays mounted (connected to its instance) while closed.
      forceRender
      className="e2e-synonym-modal"
      width={560}
    >
      <Typography.Paragraph type="secondary">
        群众用自己的说法搜不到事项时，告诉搜索这个说法对应事项名称里的哪些词。对全市的搜索都有效，下次目录同步后生效。
      </Typography.Paragraph>
      <Form<SynonymForm> form={form} layout="vertical" onValuesChange={() => setProblem(null)}>
        <Form.Item
          name="says"
          label="群众的说法"
          rules={[{ validator: (_, v: string | undefined) => check(saysProblem(v)) }]}
          extra={gap && hasMaskedDigits(gap.query) ? '搜索词里的数字已隐去（显示为 *），请改成群众常说的词' : undefined}
        >
          <Input className="e2e-synonym-says" maxLength={SAYS_MAX} showCount placeholder="例如：三代卡" />
        </Form.Item>
        <Form.Item
          name="means"
          label="对应的词"
          rules={[{ validator: (_, v: string[] | undefined) => check(meansProblem(v)) }]}
          extra="填写事项名称里会出现的词，例如“社会保障卡”；可填 1–5 个，每个不超过 20 个字，按回车添加"
        >
          <Select
            className="e2e-synonym-means"
            mode="tags"
            open={false}
            suffixIcon={null}
            tokenSeparators={[',', '，', '、', ';', '；']}
            placeholder="输入后按回车"
            aria-label="对应的词"
          />
        </Form.Item>
      </Form>
      {ready.ok && <div className="synonym-preview e2e-synonym-preview">{synonymSentence(ready.request)}</div>}
      {problem && <Alert type="error" showIcon title={problem} className="synonym-problem e2e-synonym-problem" />}
    </Modal>
  );
}
