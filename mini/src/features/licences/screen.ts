import Taro from '@tarojs/taro';

// WeChat and Alipay: full brightness and no screen lock while a display code is shown, so a verifier's scanner
// reads it in a bright hall; the resident's own brightness comes back afterwards. Calls run one after another,
// so a quick show-hide-show cannot restore before it has read the original brightness.
let queue: Promise<void> = Promise.resolve();
let saved: number | null = null;

function enqueue(step: () => Promise<void>): Promise<void> {
  queue = queue.then(step).catch(() => undefined);
  return queue;
}

export function brightenScreen(): Promise<void> {
  return enqueue(async () => {
    if (saved === null) {
      const { value } = await Taro.getScreenBrightness().catch(() => ({ value: -1 }));
      // Some Android phones answer -1 under automatic brightness: nothing we could restore.
      saved = value >= 0 && value <= 1 ? value : null;
    }
    await Taro.setScreenBrightness({ value: 1 }).catch(() => undefined);
    await Taro.setKeepScreenOn({ keepScreenOn: true }).catch(() => undefined);
  });
}

export function restoreScreen(): Promise<void> {
  return enqueue(async () => {
    if (saved !== null) {
      await Taro.setScreenBrightness({ value: saved }).catch(() => undefined);
      saved = null;
    }
    await Taro.setKeepScreenOn({ keepScreenOn: false }).catch(() => undefined);
  });
}
