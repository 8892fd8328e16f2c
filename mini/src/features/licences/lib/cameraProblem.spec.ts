import { describe, expect, it } from '@jest/globals';
import { CAMERA_PROBLEMS, cameraProblemOf, cameraUnavailable } from './cameraProblem';

const domError = (name: string) => Object.assign(new Error(name), { name });

describe('a camera that cannot be used', () => {
  it.each([
    ['NotAllowedError', 'refused'],
    ['PermissionDeniedError', 'refused'],
    ['SecurityError', 'refused'],
    ['NotFoundError', 'absent'],
    ['OverconstrainedError', 'absent'],
    ['NotReadableError', 'busy'],
    ['AbortError', 'failed'],
  ])('%s is told as %s', (name, kind) => expect(cameraProblemOf(domError(name))).toBe(kind));

  it('is told as failed when the error is not one of the browser’s', () => {
    expect(cameraProblemOf('boom')).toBe('failed');
    expect(cameraProblemOf(undefined)).toBe('failed');
  });

  it('is known before asking on a plain-http page or an old browser', () => {
    expect(cameraUnavailable(false, false)).toBe('insecure');
    expect(cameraUnavailable(true, false)).toBe('unsupported');
    expect(cameraUnavailable(true, true)).toBeNull();
  });

  it('always leaves the typed short code as the way on, in Chinese', () => {
    for (const message of Object.values(CAMERA_PROBLEMS)) expect(message).toContain('8 位短码');
  });
});
