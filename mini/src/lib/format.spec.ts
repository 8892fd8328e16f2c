import { describe, expect, it } from '@jest/globals';
import {
  formatWindowCode,
  explainOnlineDepth,
  explainWorkingDays,
  formatFee,
  formatLevels,
  formatMaterialForm,
  formatLicenceReplacement,
  formatPromise,
  formatSyncTime,
  formatVisits,
  staleNotice,
} from './format';

describe('guide formatting', () => {
  it('says an immediate matter is done on the spot', () => {
    expect(formatPromise('immediate', 0)).toBe('即办件，材料齐全当场办结');
    expect(formatPromise('promised', 5)).toBe('承诺 5 个工作日内办结');
  });

  it('explains the gap between legal and promised days only when there is one', () => {
    expect(explainWorkingDays(20, 5)).toContain('少 15 个工作日');
    expect(explainWorkingDays(5, 5)).toBeNull();
    expect(explainWorkingDays(5, 0)).toBeNull();
  });

  it('tells zero visits as fully on the phone', () => {
    expect(formatVisits(0)).toBe('不用跑，全程手机上办');
    expect(formatVisits(1)).toBe('最多跑 1 次');
  });

  it('shows free matters as 不收费 and otherwise the published fee', () => {
    expect(formatFee({ free: true, description: '' })).toBe('不收费');
    expect(formatFee({ free: false, description: '工本费 20 元' })).toBe('工本费 20 元');
  });

  it('explains every online depth', () => {
    expect(explainOnlineDepth(4).title).toBe('全程网办');
    expect(explainOnlineDepth(2).detail).toContain('最多跑 2 次');
  });

  it('names levels, material forms and replacing e-licences', () => {
    expect(formatLevels(['township', 'village'])).toBe('乡镇、村（社区）');
    expect(formatMaterialForm({ form: 'copy', copies: 2 })).toBe('复印件 2 份');
    expect(formatMaterialForm({ form: 'electronic', copies: 1 })).toBe('电子版');
    expect(formatLicenceReplacement({ licenceType: { code: 'id', name: '居民身份证', issuer: '公安厅' } })).toBe(
      '可用电子证照：居民身份证',
    );
    expect(formatLicenceReplacement({ licenceType: null })).toBeNull();
  });

  it('shows the sync time in Beijing time', () => {
    expect(formatSyncTime('2024-05-03T06:05:00Z')).toBe('5月3日 14:05');
    expect(formatSyncTime('2024-05-03T14:05:00+08:00')).toBe('5月3日 14:05');
    expect(formatSyncTime('not a date')).toBeNull();
    expect(staleNotice(null)).toBe('办事指南来自最近一次同步（时间未知），可能不是最新');
  });
});

describe('window code', () => {
  it('reads as two groups of four digits, and anything else as it is', () => {
    expect(formatWindowCode('04718263')).toBe('0471 8263');
    expect(formatWindowCode('0471826')).toBe('0471826');
  });
});
