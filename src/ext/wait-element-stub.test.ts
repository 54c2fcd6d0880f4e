import { describe, expect, it } from 'vitest';
import { isExist, isNotExist, waitElement } from './wait-element-stub';

describe('wait-element stub', () => {
  it.each([
    ['waitElement', waitElement],
    ['isExist', isExist],
    ['isNotExist', isNotExist],
  ])('%s says autoMount is not available', (_name, call) => {
    expect(() => call()).toThrow(/autoMount\(\) is not available/);
  });
});
