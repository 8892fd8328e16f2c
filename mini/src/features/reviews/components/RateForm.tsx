import { Text, View } from '@tarojs/components';
import { INDICATOR_SETS, isBadLevel } from '@zsb/domain';
import { useRateForm } from '../hooks/useRateForm';
import type { RateContext } from '../lib/loadRate';
import { missingText } from '../lib/reviewForm';
import { ContentBox } from './ContentBox';
import { LevelChoice } from './LevelChoice';
import { ReasonChips } from './ReasonChips';
import { Refusal } from './Refusal';
import { ReviewPhotos } from './ReviewPhotos';
import { SubjectCard } from './SubjectCard';

/**
 * 评价: the overall level, each indicator of the set, and for a 差评 why (with optional words and photos). Nothing
 * is chosen for the resident; 提交 waits until everything needed is chosen and says what is left.
 */
export function RateForm({ ctx }: { ctx: RateContext }) {
  const s = useRateForm(ctx);
  const { form } = s;
  const bad = form.level !== null && isBadLevel(form.level);
  const missing = missingText(form, ctx.set);
  const revising = ctx.target.kind === 'revise';

  return (
    <>
      <SubjectCard kindWord={ctx.kindWord} title={ctx.title} place={ctx.place} openUntil={ctx.openUntil} />

      <View className="section e2e-rate-level">
        <Text className="rv-q">{revising ? '修改您的评价（只能改一次）' : '您对这次服务满意吗？'}</Text>
        <LevelChoice
          label="总体评价"
          value={form.level}
          onChange={s.setLevel}
          variant="rows"
          hook="e2e-rate-level-item"
        />
      </View>

      <View className="section e2e-rate-indicators">
        <Text className="rv-q">具体评价</Text>
        <Text className="rv-q__hint">每一项都请选一下</Text>
        {INDICATOR_SETS[ctx.set].map((i) => (
          <View key={i.code} className={`rv-indicator e2e-rate-indicator e2e-rate-indicator-${i.code}`}>
            <Text className="rv-q">{i.label}</Text>
            <LevelChoice
              label={i.label}
              value={form.indicators[i.code]}
              onChange={(level) => s.setIndicator(i.code, level)}
              variant="chips"
              hook="e2e-rate-indicator-item"
            />
          </View>
        ))}
      </View>

      {bad && (
        <>
          <ReasonChips value={form.reasons} onToggle={s.toggle} />
          <ContentBox value={form.content} onChange={s.setContent} />
          <ReviewPhotos
            photos={form.photos}
            uploads={s.uploads}
            earlier={ctx.photoCount}
            onUploaded={s.addPhoto}
            onRemove={s.removePhoto}
            onBusy={s.setPhotosBusy}
          />
        </>
      )}

      {s.refusal && <Refusal error={s.refusal} onRetry={() => void s.submit()} />}

      <View className="rv-submit">
        <View
          className={`btn btn--primary e2e-rate-submit ${s.ready && !s.sending ? '' : 'btn--disabled'}`}
          ariaRole="button"
          aria-disabled={s.ready && !s.sending ? 'false' : 'true'}
          onClick={() => void s.submit()}
        >
          {s.sending ? '正在提交…' : revising ? '提交修改' : '提交评价'}
        </View>
        {missing || !s.ready ? (
          <Text className="rv-submit__hint e2e-rate-missing">{missing ?? '照片还在上传，请稍等'}</Text>
        ) : (
          <Text className="rv-submit__hint">
            {bad ? '提交后办理单位会核实、整改，并把结果告诉您' : '提交后可以在“我的评价”里查看，能修改一次'}
          </Text>
        )}
      </View>
    </>
  );
}
