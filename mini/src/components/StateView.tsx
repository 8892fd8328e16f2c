import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ApiError } from '../api/errors';
import { adviceFor, type NextStep } from '../lib/errorAdvice';
import { back, go, openSearch } from '../navigate';
import './StateView.css';

const actionText: Record<NextStep, string> = {
  retry: '重新加载',
  search: '去搜索事项',
  call: '拨打 12345 咨询',
  home: '回到首页',
  mine: '去“我的”登录',
  licences: '回到电子证照',
  applications: '查看我的办件',
  mandates: '查看委托代办',
  back: '返回上一页',
};

function runAction(step: NextStep, onRetry?: () => void) {
  if (step === 'retry') onRetry?.();
  else if (step === 'search') openSearch();
  else if (step === 'home') go('home');
  else if (step === 'mine') go('mine');
  else if (step === 'licences') go('licences');
  else if (step === 'applications') go('applications');
  else if (step === 'mandates') go('mandates');
  else if (step === 'back') back();
  else void Taro.makePhoneCall({ phoneNumber: '12345' }).catch(() => undefined);
}

/** An error the resident can act on: what happened, what to do, and the buttons to do it. */
export function ErrorState({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const advice = adviceFor(error.code);
  const actions = advice.actions.filter((a) => a !== 'retry' || onRetry);
  return (
    <View className="state state--error e2e-error" ariaRole="alert">
      <Text className="state__title">{error.message}</Text>
      <Text className="state__hint">{advice.hint}</Text>
      <View className="state__actions">
        {actions.map((step, i) => (
          <View
            key={step}
            className={`btn ${i === 0 ? 'btn--primary' : ''} state__btn e2e-state-${step}`}
            ariaRole="button"
            onClick={() => runAction(step, onRetry)}
          >
            {advice.labels?.[step] ?? actionText[step]}
          </View>
        ))}
      </View>
      {error.requestId ? <Text className="state__id">问题编号：{error.requestId}</Text> : null}
    </View>
  );
}

/** Nothing to show — say why and what to try instead. */
export function EmptyState({ title, hint, children }: { title: string; hint?: string; children?: ReactNode }) {
  return (
    <View className="state state--empty e2e-empty">
      <Text className="state__title">{title}</Text>
      {hint ? <Text className="state__hint">{hint}</Text> : null}
      {children}
    </View>
  );
}
