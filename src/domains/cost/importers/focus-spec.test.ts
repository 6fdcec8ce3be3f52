import { describe, expect, it } from 'vitest';
import { detectFocusVersion, FOCUS_VERSIONS, focusColumns, mandatoryColumns } from './focus-spec.js';
import { V10_MANDATORY } from './focus-test-files.js';

describe('FOCUS column sets', () => {
  it('has the 43 columns of FOCUS 1.0 and grows by version', () => {
    expect(focusColumns('1.0').size).toBe(43);
    expect(focusColumns('1.1').size).toBe(50);
    expect(focusColumns('1.2').size).toBe(57);
    expect(focusColumns('1.3').size).toBeGreaterThan(57);
  });

  it('describes each column: type, level, nullability, allowed values', () => {
    const v10 = focusColumns('1.0');
    expect(v10.get('BilledCost')).toMatchObject({ type: 'decimal', level: 'mandatory', nullable: false });
    expect(v10.get('ChargePeriodStart')).toMatchObject({ type: 'date-time', level: 'mandatory' });
    expect(v10.get('Tags')).toMatchObject({ type: 'key-value', level: 'conditional', nullable: true });
    expect(v10.get('ChargeFrequency')?.allowed).toEqual(['One-Time', 'Recurring', 'Usage-Based']);
    expect(v10.get('ChargeCategory')?.allowed).toEqual(['Usage', 'Purchase', 'Tax', 'Credit', 'Adjustment']);
    expect(v10.get('ChargeClass')).toMatchObject({ nullable: true, allowed: ['Correction'] });
    expect(focusColumns('1.1').get('CapacityReservationStatus')?.allowed).toEqual(['Used', 'Unused']);
    expect(focusColumns('1.2').get('InvoiceId')).toMatchObject({ introduced: '1.2', level: 'recommended' });
    expect(focusColumns('1.3').get('ProviderName')?.level).toBe('deprecated');
  });

  it('keeps the same mandatory set in 1.0, 1.1 and 1.2', () => {
    expect(V10_MANDATORY).toHaveLength(21);
    for (const v of FOCUS_VERSIONS.slice(1, 3)) expect(mandatoryColumns(v)).toEqual(V10_MANDATORY);
  });
});

describe('detectFocusVersion', () => {
  it('reads a header with only 1.0 columns as 1.0 and names unknown and custom columns', () => {
    const d = detectFocusVersion([...V10_MANDATORY, 'Tags', 'Id', 'x_CostCenter']);
    expect(d).toEqual({ version: '1.0', missing: [], unknown: ['Id'], custom: ['x_CostCenter'] });
  });

  it('picks the highest version the columns show', () => {
    expect(detectFocusVersion([...V10_MANDATORY, 'SkuMeter']).version).toBe('1.1');
    expect(detectFocusVersion([...V10_MANDATORY, 'SkuMeter', 'InvoiceId']).version).toBe('1.2');
    expect(detectFocusVersion([...V10_MANDATORY, 'InvoiceId', 'ServiceProviderName']).version).toBe('1.3');
  });

  it('does not take a 1.3 column as 1.3 when a 1.3 mandatory column is missing', () => {
    const d = detectFocusVersion([...V10_MANDATORY, 'InvoiceId', 'HostProviderName']);
    expect(d.version).toBe('1.2');
    expect(d.unknown).toEqual(['HostProviderName']);
  });

  it('reports the missing mandatory columns when no version is complete', () => {
    const d = detectFocusVersion(V10_MANDATORY.filter((c) => c !== 'BilledCost' && c !== 'ServiceName'));
    expect(d.version).toBeNull();
    expect(d.missing).toEqual(['BilledCost', 'ServiceName']);
  });
});
