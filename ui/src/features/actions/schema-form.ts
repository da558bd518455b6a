import { bool, num, obj, optStr, str, strArray } from '../../api/coerce';

/** One field of an action's parameter form, read from its JSON Schema property. */
export interface FormField {
  key: string;
  title: string;
  type: 'string' | 'integer' | 'boolean' | 'enum';
  required: boolean;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  options?: string[];
}

export type FormValues = Record<string, string | boolean>;

/** The fields of a parameter schema (`{type: object, properties, required}`), in declared order. */
export function formFields(schema: unknown): FormField[] {
  const s = obj(schema);
  const required = new Set(strArray(s.required));
  return Object.entries(obj(s.properties)).map(([key, raw]) => {
    const p = obj(raw);
    const options = Array.isArray(p.enum) ? p.enum.map((v) => str(v)) : undefined;
    const type = options ? 'enum' : p.type === 'integer' || p.type === 'number' ? 'integer' : p.type === 'boolean' ? 'boolean' : 'string';
    return {
      key,
      title: str(p.title) || key,
      type,
      required: required.has(key),
      minimum: p.minimum === undefined ? undefined : num(p.minimum),
      maximum: p.maximum === undefined ? undefined : num(p.maximum),
      pattern: optStr(p.pattern),
      options,
    };
  });
}

/** The form's starting values: unchecked booleans, empty text. */
export function initialValues(fields: FormField[]): FormValues {
  return Object.fromEntries(fields.map((f) => [f.key, f.type === 'boolean' ? false : '']));
}

/** What is wrong with each field (by key); empty when the form may be sent. */
export function validate(fields: FormField[], values: FormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const f of fields) {
    const v = values[f.key];
    if (f.type === 'boolean') continue;
    const text = typeof v === 'string' ? v.trim() : '';
    if (text === '') {
      if (f.required) errors[f.key] = 'Required';
      continue;
    }
    if (f.type === 'integer') {
      if (!/^-?\d+$/.test(text)) {
        errors[f.key] = 'Must be a whole number';
        continue;
      }
      const n = Number(text);
      if (f.minimum !== undefined && n < f.minimum) errors[f.key] = `Must be at least ${f.minimum}`;
      else if (f.maximum !== undefined && n > f.maximum) errors[f.key] = `Must be at most ${f.maximum}`;
    } else if (f.type === 'enum') {
      if (!f.options?.includes(text)) errors[f.key] = `Must be one of ${f.options?.join(', ')}`;
    } else if (f.pattern !== undefined) {
      let re: RegExp | undefined;
      try {
        re = new RegExp(f.pattern, 'u');
      } catch {
        re = undefined; // a pattern JavaScript cannot read: the server still checks it
      }
      if (re && !re.test(text)) errors[f.key] = `Must match ${f.pattern}`;
    }
  }
  return errors;
}

/** The request body: typed values, empty optional fields left out. */
export function toBody(fields: FormField[], values: FormValues): Record<string, string | number | boolean> {
  const body: Record<string, string | number | boolean> = {};
  for (const f of fields) {
    const v = values[f.key];
    if (f.type === 'boolean') {
      body[f.key] = bool(v);
      continue;
    }
    const text = typeof v === 'string' ? v.trim() : '';
    if (text === '') continue;
    body[f.key] = f.type === 'integer' ? Number(text) : text;
  }
  return body;
}
