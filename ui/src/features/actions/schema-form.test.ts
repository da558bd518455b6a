import { describe, expect, it } from 'vitest';
import { formFields, initialValues, toBody, validate } from './schema-form';

// The shape the host publishes at GET /api/v1/resources (ActionParameter.toJsonSchema).
const schema = {
  type: 'object',
  properties: {
    key: { type: 'string', title: 'Key', pattern: '^(?:[a-z]+)$' },
    count: { type: 'integer', title: 'Count', minimum: 1, maximum: 5 },
    force: { type: 'boolean', title: 'Force' },
    mode: { type: 'string', title: 'Mode', enum: ['fast', 'safe'] },
    note: { type: 'string', title: 'Note' },
  },
  required: ['key', 'count'],
  additionalProperties: false,
};

describe('schema form', () => {
  const fields = formFields(schema);

  it('reads fields of every supported type, in order', () => {
    expect(fields.map((f) => [f.key, f.type, f.required])).toEqual([
      ['key', 'string', true],
      ['count', 'integer', true],
      ['force', 'boolean', false],
      ['mode', 'enum', false],
      ['note', 'string', false],
    ]);
    expect(fields[3].options).toEqual(['fast', 'safe']);
  });

  it('requires required fields and nothing else', () => {
    expect(validate(fields, initialValues(fields))).toEqual({ key: 'Required', count: 'Required' });
  });

  it('checks pattern, whole numbers, bounds and enum values', () => {
    const errors = validate(fields, { key: 'ABC', count: '6', force: true, mode: 'slow', note: '' });
    expect(errors).toEqual({ key: 'Must match ^(?:[a-z]+)$', count: 'Must be at most 5', mode: 'Must be one of fast, safe' });
    expect(validate(fields, { key: 'abc', count: '0', force: false, mode: '', note: '' })).toEqual({ count: 'Must be at least 1' });
    expect(validate(fields, { key: 'abc', count: '2.5', force: false, mode: '', note: '' })).toEqual({ count: 'Must be a whole number' });
  });

  it('sends typed values and leaves empty optional fields out', () => {
    const values = { key: 'abc', count: '3', force: true, mode: 'safe', note: ' ' };
    expect(validate(fields, values)).toEqual({});
    expect(toBody(fields, values)).toEqual({ key: 'abc', count: 3, force: true, mode: 'safe' });
  });

  it('has no fields for an action without parameters', () => {
    expect(formFields({ type: 'object', properties: {}, required: [] })).toEqual([]);
    expect(formFields(undefined)).toEqual([]);
  });
});
