import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import type { MandateMatter } from '@zsb/contracts';
import { catalogApi } from '@/api/catalog';
import { CheckBox } from '@/components/CheckBox';
import { useDebounced } from '@/hooks/useDebounced';
import { useQuery } from '@/hooks/useQuery';
import { MAX_MATTERS, toggleMatter } from '../lib/mandateForm';

interface Props {
  chosen: MandateMatter[];
  onChange: (chosen: MandateMatter[]) => void;
  problem?: string;
}

/** 委托哪些事: search the catalog (the same search as 办事), tick what to entrust; the ticked ones stay listed. */
export function MatterPicker({ chosen, onChange, problem }: Props) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const { state, reload } = useQuery(q ? `matters|${q}` : null, () => catalogApi.searchMatters({ q, pageSize: 8 }));
  const isChosen = (code: string) => chosen.some((m) => m.code === code);
  const toggle = (m: MandateMatter) => {
    if (!isChosen(m.code) && chosen.length >= MAX_MATTERS) return;
    onChange(toggleMatter(chosen, m));
  };

  return (
    <View className="section md-part e2e-mandate-matters">
      <Text className="md-q">委托办哪些事</Text>
      <Text className="md-q__hint">搜索事项名称，勾选要委托的事（最多 {MAX_MATTERS} 件）</Text>
      {chosen.length > 0 && (
        <View className="md-chosen e2e-mandate-chosen">
          <Text className="md-chosen__title">已选 {chosen.length} 件：</Text>
          {chosen.map((m) => (
            <CheckBox
              key={m.code}
              className="md-check e2e-mandate-chosen-item"
              checked
              label={m.name}
              onChange={() => toggle(m)}
            />
          ))}
        </View>
      )}
      <Input
        className="field__input md-search e2e-mandate-matter-search"
        type="text"
        value={text}
        maxlength={30}
        placeholder="例如：养老、社保卡、低保"
        ariaLabel="搜索要委托的事项"
        onInput={(e) => setText(e.detail.value)}
      />
      {q !== '' && state.status === 'loading' && <Text className="muted md-search__note">正在搜索…</Text>}
      {q !== '' && state.status === 'error' && (
        <View className="md-search__note" ariaRole="alert">
          <Text className="muted">{state.error.message}</Text>
          <View className="section__more" ariaRole="button" onClick={reload}>
            重新搜索
          </View>
        </View>
      )}
      {q !== '' && state.status === 'ok' && state.data.items.length === 0 && (
        <Text className="muted md-search__note">没有找到“{q}”，换个说法试试</Text>
      )}
      {q !== '' && state.status === 'ok' && (
        <View className="e2e-mandate-matter-results">
          {state.data.items.map((m) => (
            <CheckBox
              key={m.code}
              className="md-check e2e-mandate-matter"
              checked={isChosen(m.code)}
              label={m.name}
              onChange={() => toggle({ code: m.code, name: m.name })}
            />
          ))}
        </View>
      )}
      {problem ? (
        <View className="field__problem e2e-mandate-matters-problem" ariaRole="alert">
          {problem}
        </View>
      ) : null}
    </View>
  );
}
