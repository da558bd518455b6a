import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/problem';
import { fieldCauses, lineOfField, pathSegments } from './field-lines';

const deployment = [
  'apiVersion: apps/v1', //                1
  'kind: Deployment', //                   2
  'metadata:', //                          3
  '  name: web', //                        4
  'spec:', //                              5
  '  replicas: -1', //                     6
  '  template:', //                        7
  '    spec:', //                          8
  '      containers:', //                  9
  '        - name: app', //                10
  '          image: nginx', //             11
  '        - name: side', //               12
  '          image: ""', //                13
  '          ports:', //                   14
  '            - containerPort: 99999', // 15
].join('\n');

describe('lineOfField', () => {
  it('finds the line of a field the API server names, through lists', () => {
    expect(lineOfField(deployment, 'spec.replicas')).toEqual({ line: 6, exact: true });
    expect(lineOfField(deployment, 'spec.template.spec.containers[1].image')).toEqual({ line: 13, exact: true });
    expect(lineOfField(deployment, 'spec.template.spec.containers[1].ports[0].containerPort')).toEqual({ line: 15, exact: true });
    expect(lineOfField(deployment, 'spec.template.spec.containers[0]')).toEqual({ line: 10, exact: true });
  });

  it('points a missing field at its nearest written parent', () => {
    expect(lineOfField(deployment, 'spec.selector')).toEqual({ line: 5, exact: false });
    expect(lineOfField(deployment, 'spec.template.spec.containers[0].resources.limits')).toEqual({ line: 10, exact: false });
  });

  it('has no line for a path outside the text', () => {
    expect(lineOfField(deployment, 'status.phase')).toBeUndefined();
  });

  it('reads bracketed keys and indexes', () => {
    expect(pathSegments('metadata.annotations[example.com/x].y[2]')).toEqual(['metadata', 'annotations', 'example.com/x', 'y', 2]);
  });
});

describe('fieldCauses', () => {
  it('lists every field the API server blamed in a 422', () => {
    const err = new ApiError({
      status: 422,
      title: 'Invalid object',
      field: 'spec.replicas',
      detail: 'Deployment.apps "web" is invalid: [spec.replicas: Invalid value: -1: must be greater than or equal to 0, '
        + 'spec.template.spec.containers[1].image: Required value]',
    });
    expect(fieldCauses(err)).toEqual([
      { field: 'spec.replicas', message: 'Invalid value: -1: must be greater than or equal to 0' },
      { field: 'spec.template.spec.containers[1].image', message: 'Required value' },
    ]);
  });

  it('keeps the problem field when the message names none', () => {
    const err = new ApiError({ status: 422, title: 'Invalid object', field: 'spec.ports', detail: 'bad ports' });
    expect(fieldCauses(err)).toEqual([{ field: 'spec.ports', message: 'bad ports' }]);
    expect(fieldCauses(new Error('x'))).toEqual([]);
  });
});
