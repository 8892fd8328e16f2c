import fc from 'fast-check';
import { gcj02ToWgs84, isInChina, wgs84ToGcj02 } from './coords';
import { distanceMeters } from './distance';

describe('coordinate conversion', () => {
  it('shifts a point in Anyang by the few hundred metres GCJ-02 is known for', () => {
    const wgs = { lng: 114.3922, lat: 36.0972 };
    const gcj = wgs84ToGcj02(wgs);
    const shift = distanceMeters(wgs, gcj);
    expect(shift).toBeGreaterThan(100);
    expect(shift).toBeLessThan(700);
  });

  // Public test vectors of eviltransform (googollee/eviltransform), the reference implementation.
  it.each([
    ['Shanghai', { lng: 121.5272106, lat: 31.1774276 }, { lng: 121.531541859215, lat: 31.17530398364597 }],
    ['Shenzhen', { lng: 113.912316, lat: 22.543847 }, { lng: 113.9171764808363, lat: 22.540796131694766 }],
    ['Beijing', { lng: 116.377817, lat: 39.911954 }, { lng: 116.38404722455657, lat: 39.91334545536069 }],
  ])('matches the reference conversion for %s both ways', (_, wgs, gcj) => {
    const forward = wgs84ToGcj02(wgs);
    expect(forward.lng).toBeCloseTo(gcj.lng, 9);
    expect(forward.lat).toBeCloseTo(gcj.lat, 9);
    expect(distanceMeters(gcj02ToWgs84(gcj), wgs)).toBeLessThan(0.01);
  });

  it('leaves points outside China unchanged', () => {
    const tokyo = { lng: 139.6917, lat: 35.6895 };
    expect(isInChina(tokyo)).toBe(false);
    expect(wgs84ToGcj02(tokyo)).toEqual(tokyo);
    expect(gcj02ToWgs84(tokyo)).toEqual(tokyo);
  });

  it('round-trips any point in China to within a metre', () => {
    const point = fc.record({
      lng: fc.double({ min: 73.7, max: 134.7, noNaN: true }),
      lat: fc.double({ min: 18.2, max: 53.5, noNaN: true }),
    });
    fc.assert(fc.property(point, (wgs) => distanceMeters(gcj02ToWgs84(wgs84ToGcj02(wgs)), wgs) < 1));
  });
});

describe('distanceMeters', () => {
  it('measures one degree of latitude as about 111.2 km', () => {
    expect(distanceMeters({ lng: 114, lat: 35 }, { lng: 114, lat: 36 })).toBeCloseTo(111_195, -1);
  });

  it('is symmetric and zero for the same point', () => {
    const point = fc.record({
      lng: fc.double({ min: -180, max: 180, noNaN: true }),
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
    });
    fc.assert(
      fc.property(
        point,
        point,
        (a, b) => distanceMeters(a, a) === 0 && Math.abs(distanceMeters(a, b) - distanceMeters(b, a)) < 1e-6,
      ),
    );
  });
});
