import * as vitest from 'vitest';
import { MemoryTokenStore } from '../../persistence/index.js';
import { describeTokenStoreConformance } from '../../src/testing/token-store-conformance.js';

describeTokenStoreConformance(vitest, 'MemoryTokenStore', () => new MemoryTokenStore(), { withLock: false });
