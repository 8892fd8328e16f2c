import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidHide } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CAMERA_PROBLEMS, cameraProblemOf, cameraUnavailable, type CameraProblem } from '../lib/cameraProblem';
import { decodeQr } from '../lib/qrDecode';
import type { CodeScannerProps } from './CodeScanner.types';

/** A frame every 150 ms is quick enough for a hand-held phone and leaves an old phone's CPU for the page. */
const FRAME_MS = 150;
/** Frames are read at most this wide or high: a 亮证码 fills a good part of the view, and decoding stays fast. */
const MAX_SIDE = 640;

/**
 * H5: the rear camera through getUserMedia, read frame by frame with ZXing's QR decoder (lib/qrDecode.ts). The camera
 * stops when a code is read, when the verifier stops it, leaves the page or switches away, and on any error; when it
 * is refused or absent, the page's typed short code stays the way on.
 */
export function CodeScanner({ busy, onCode }: CodeScannerProps) {
  const video = useRef<HTMLVideoElement | null>(null);
  const stream = useRef<MediaStream | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const canvas = useRef<HTMLCanvasElement | null>(null);
  // Each start is one run; a stop ends it, so a camera that opens after the verifier left is closed at once.
  const run = useRef(0);
  const [on, setOn] = useState<'off' | 'starting' | 'on'>('off');
  const [problem, setProblem] = useState<CameraProblem | null>(null);

  const stop = useCallback(() => {
    run.current++;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    stream.current?.getTracks().forEach((t) => t.stop());
    stream.current = null;
    if (video.current) video.current.srcObject = null;
    setOn('off');
  }, []);

  useEffect(() => {
    // A hidden browser tab or a locked phone: the camera light goes off with it.
    const onVisibility = () => {
      if (document.hidden) stop();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      stop();
    };
  }, [stop]);
  useDidHide(stop);

  const readFrame = (mine: number) => {
    if (mine !== run.current) return;
    const v = video.current;
    if (v && v.readyState >= 2 && v.videoWidth > 0) {
      const scale = Math.min(1, MAX_SIDE / Math.max(v.videoWidth, v.videoHeight));
      const width = Math.round(v.videoWidth * scale);
      const height = Math.round(v.videoHeight * scale);
      const c = (canvas.current ??= document.createElement('canvas'));
      c.width = width;
      c.height = height;
      const ctx = c.getContext('2d', { willReadFrequently: true });
      if (ctx) {
        ctx.drawImage(v, 0, 0, width, height);
        const text = decodeQr(ctx.getImageData(0, 0, width, height).data, width, height);
        if (text !== null) {
          stop();
          void onCode(text);
          return;
        }
      }
    }
    timer.current = setTimeout(() => readFrame(mine), FRAME_MS);
  };

  const start = async () => {
    setProblem(null);
    const media = typeof navigator !== 'undefined' ? navigator.mediaDevices : undefined;
    const unavailable = cameraUnavailable(window.isSecureContext, typeof media?.getUserMedia === 'function');
    if (unavailable || !media) {
      setProblem(unavailable ?? 'unsupported');
      return;
    }
    stop();
    const mine = run.current;
    setOn('starting');
    try {
      // `environment` is a preference, not a demand: a laptop's only (front) camera still opens.
      const opened = await media.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      if (mine !== run.current) {
        opened.getTracks().forEach((t) => t.stop());
        return;
      }
      stream.current = opened;
      const v = video.current;
      if (!v) throw new Error('no video element');
      v.srcObject = opened;
      await v.play();
      if (mine !== run.current) return;
      setOn('on');
      readFrame(mine);
    } catch (err) {
      if (mine !== run.current) return;
      stop();
      setProblem(cameraProblemOf(err));
    }
  };

  return (
    <View className="verify__camera-box">
      <View className={`verify__camera e2e-verify-camera ${on === 'off' ? 'verify__camera--off' : ''}`}>
        {/* A plain <video>: Taro's Video plays a src, not a live camera stream. */}
        <video ref={video} className="verify__video" muted playsInline autoPlay aria-label="摄像头画面" />
        <View className="verify__finder" />
        <Text className="verify__camera-hint">{on === 'on' ? '把对方的二维码放进框内' : '正在打开摄像头…'}</Text>
      </View>
      {on === 'off' ? (
        <View
          className={`btn btn--primary verify__scan e2e-verify-scan ${busy ? 'btn--disabled' : ''}`}
          ariaRole="button"
          onClick={() => !busy && void start()}
        >
          {busy ? '正在核验…' : '打开摄像头扫码'}
        </View>
      ) : (
        <View className="btn verify__scan e2e-verify-camera-stop" ariaRole="button" onClick={stop}>
          关闭摄像头
        </View>
      )}
      {problem && (
        <View className="verify__camera-problem e2e-verify-camera-problem" ariaRole="alert">
          <Text className="field__problem">{CAMERA_PROBLEMS[problem]}</Text>
        </View>
      )}
    </View>
  );
}
