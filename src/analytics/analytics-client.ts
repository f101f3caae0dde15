import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/analytics.js';

/** The typed low-level Analytics client: every operation of spec/analytics.yaml. */
export type AnalyticsClient = Client<paths>;
