import { describe, expect, it } from 'vitest';
import { grantsDemoOrigins } from './demo-origins';

describe('grantsDemoOrigins', () => {
  it('grants the demo origins in demo and development builds only', () => {
    expect(grantsDemoOrigins('demo')).toBe(true);
    expect(grantsDemoOrigins('development')).toBe(true);
    expect(grantsDemoOrigins('production')).toBe(false);
    expect(grantsDemoOrigins('')).toBe(false);
  });
});
