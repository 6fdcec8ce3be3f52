import { describe, expect, it } from 'vitest';
import { fieldOf } from './use-zod-form.hook';

describe('problem+json field errors', () => {
  it('map to the form field they name', () => {
    expect(fieldOf('body.email')).toBe('email');
    expect(fieldOf('body.grants.1')).toBe('grants');
    expect(fieldOf('query.limit')).toBe('limit');
    expect(fieldOf('params.id')).toBe('id');
    expect(fieldOf('email')).toBe('email');
  });
});
