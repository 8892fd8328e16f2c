import { describe, expect, it } from '@jest/globals';
import { bboxOf } from './mapRegion';

describe('map rectangle to bbox', () => {
  it('writes minLng,minLat,maxLng,maxLat rounded to about a metre', () => {
    const region = {
      southwest: { latitude: 32.9512345678, longitude: 114.3412345678 },
      northeast: { latitude: 33.0298765432, longitude: 114.4498765432 },
    };
    expect(bboxOf(region)).toBe('114.34123,32.95123,114.44988,33.02988');
  });

  it('orders the corners even when a platform reports them swapped', () => {
    const region = { southwest: { latitude: 33, longitude: 115 }, northeast: { latitude: 32, longitude: 114 } };
    expect(bboxOf(region)).toBe('114,32,115,33');
  });
});
