/**
 * The settings a control request may read and change: standing faults and each product's
 * knobs and limits. The table is data, so a new knob is one line here. JSON has no
 * Infinity: a `limit` knob reads `null` for "no limit" and takes `null` to lift it.
 */
import type { AnalyticsState } from '../analytics/analytics-state.js';
import type { CreatorState } from '../creator/creator-state.js';
import type { DeskState } from '../desk/desk-state.js';
import type { FaultSettings } from '../faults.js';
import { isObject } from './control-body.js';
import { ControlError } from './control-error.js';

/** `count`: a whole number ≥ 0; `positive`: ≥ 1; `share`: 0..1; `limit`: ≥ 0 or null (none). */
type KnobKind = 'count' | 'positive' | 'share' | 'status' | 'limit' | 'boolean';

const KNOBS = {
  faults: { latencyMs: 'count', errorRate: 'share', errorStatus: 'status', concurrencyLimit: 'limit' },
  analytics: {
    importHoldMs: 'count',
    exportPollsUntilDone: 'count',
    importPollsUntilDone: 'count',
    failExportJobs: 'count',
    syncImportLimitBytes: 'positive',
    batchLimitBytes: 'positive',
  },
  creator: {
    remainingDailyCalls: 'limit',
    throttleNext: 'count',
    requireScopes: 'boolean',
    bulkBatchLimit: 'positive',
    bulkPollsUntilDone: 'count',
    failBulkJobs: 'count',
    bulkRowsPerChunk: 'positive',
  },
  desk: { requireScopes: 'boolean' },
} as const satisfies Record<string, Record<string, KnobKind>>;

export type SettingsGroup = keyof typeof KNOBS;

/** The objects the knobs live on. */
export interface SettingsTargets {
  readonly faults: FaultSettings;
  readonly analytics: AnalyticsState;
  readonly creator: CreatorState;
  readonly desk: DeskState;
}

type Setting = number | boolean | null;

/** Every knob's current value, by group. */
export function readSettings(targets: SettingsTargets): Record<SettingsGroup, Record<string, Setting>> {
  const out = {} as Record<SettingsGroup, Record<string, Setting>>;
  for (const group of Object.keys(KNOBS) as SettingsGroup[]) {
    const target = targets[group] as unknown as Record<string, number | boolean>;
    out[group] = Object.fromEntries(Object.keys(KNOBS[group]).map((name) => [name, shown(target[name])]));
  }
  return out;
}

/**
 * Applies `{ group: { knob: value } }`. Everything is checked before anything changes, so
 * a bad request leaves the settings as they were.
 */
export function applySettings(targets: SettingsTargets, body: Record<string, unknown>): void {
  const changes: [Record<string, unknown>, string, number | boolean][] = [];
  for (const [group, values] of Object.entries(body)) {
    if (!(group in KNOBS)) throw new ControlError(`unknown settings group "${group}"; known: ${Object.keys(KNOBS).join(', ')}`);
    const knobs: Record<string, KnobKind> = KNOBS[group as SettingsGroup];
    if (!isObject(values)) throw new ControlError(`"${group}" must be an object of settings`);
    for (const [name, value] of Object.entries(values)) {
      const kind = knobs[name];
      if (kind === undefined) throw new ControlError(`unknown setting "${group}.${name}"; known: ${Object.keys(knobs).join(', ')}`);
      changes.push([targets[group as SettingsGroup] as unknown as Record<string, unknown>, name, checked(`${group}.${name}`, kind, value)]);
    }
  }
  for (const [target, name, value] of changes) target[name] = value;
}

function checked(path: string, kind: KnobKind, value: unknown): number | boolean {
  if (kind === 'boolean') {
    if (typeof value !== 'boolean') throw new ControlError(`"${path}" must be true or false`);
    return value;
  }
  if (kind === 'limit' && value === null) return Number.POSITIVE_INFINITY;
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    {
      count: Number.isInteger(value) && value >= 0,
      positive: Number.isInteger(value) && value >= 1,
      share: value >= 0 && value <= 1,
      status: Number.isInteger(value) && value >= 400 && value <= 599,
      limit: Number.isInteger(value) && value >= 0,
    }[kind];
  if (!ok) throw new ControlError(`"${path}" must be ${EXPECTED[kind]}`);
  return value as number;
}

const EXPECTED: Record<Exclude<KnobKind, 'boolean'>, string> = {
  count: 'a whole number, 0 or more',
  positive: 'a whole number, 1 or more',
  share: 'a number from 0 to 1',
  status: 'an HTTP error status (400-599)',
  limit: 'a whole number, 0 or more, or null for no limit',
};

function shown(value: number | boolean | undefined): Setting {
  if (value === undefined) return null;
  return value === Number.POSITIVE_INFINITY ? null : value;
}
