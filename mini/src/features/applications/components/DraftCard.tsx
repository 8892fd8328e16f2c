import { Text, View } from '@tarojs/components';
import { formatMoment } from '@/lib/when';
import { go } from '@/navigate';
import { draftStepText } from '../lib/progressText';

export interface DraftRow {
  id: string;
  matterCode: string;
  matterName: string;
  step?: string;
  changedAt: string;
  /** Only on this phone: never reached the server (typed offline). */
  phoneOnly: boolean;
}

/** A draft in 我的办件 → 草稿: go on filling it in, or throw it away. */
export function DraftCard({ draft, nowMs, onDelete }: { draft: DraftRow; nowMs: number; onDelete: () => void }) {
  return (
    <View className="pg-card e2e-draft-item">
      <Text className="pg-card__matter">{draft.matterName}</Text>
      <Text className="pg-card__line">
        {draftStepText(draft.step)} · {formatMoment(draft.changedAt, nowMs)} 保存
        {draft.phoneOnly ? '（只在这部手机上）' : ''}
      </Text>
      <View className="pg-card__actions">
        <View
          className="btn btn--primary pg-card__btn e2e-draft-resume"
          ariaRole="button"
          onClick={() => go('apply', { code: draft.matterCode, draft: draft.id })}
        >
          继续填写
        </View>
        <View className="btn pg-card__btn e2e-draft-delete" ariaRole="button" onClick={onDelete}>
          删除
        </View>
      </View>
    </View>
  );
}
