import Taro from '@tarojs/taro';
import { gcj02Fix } from './gcj02Fix';
import { isDenial, LOCATE_TIMEOUT_MS, LocationError, type MapTarget, type Position } from './location.types';

// WeChat and Alipay: the platform's location API answers GCJ-02, the datum of their maps and of the wire.
export async function locate(): Promise<Position> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LocationError('failed')), LOCATE_TIMEOUT_MS);
  });
  try {
    const res = await Promise.race([gcj02Fix(), timeout]);
    return { lat: res.latitude, lng: res.longitude, coord: 'gcj02' };
  } catch (err) {
    if (err instanceof LocationError) throw err;
    const text = String((err as { errMsg?: string })?.errMsg ?? err);
    throw new LocationError(isDenial(text) ? 'denied' : 'failed');
  } finally {
    clearTimeout(timer);
  }
}

/** The platform's map with the place marked; from there the resident starts navigation in a map app. */
export async function openMap(target: MapTarget): Promise<void> {
  await Taro.openLocation({
    latitude: target.lat,
    longitude: target.lng,
    name: target.name,
    address: target.address,
    scale: 16,
  });
}
