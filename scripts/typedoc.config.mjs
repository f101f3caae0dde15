// @ts-check
/**
 * TypeDoc's options for `npm run docs`; test/docs/typedoc.test.ts runs the same conversion
 * and fails on any warning. Paths are relative to this file.
 */
import { OptionDefaults } from 'typedoc';

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  entryPoints: ['../src/index.ts', '../persistence/index.ts', '../persistence/file-token-store.ts', '../persistence/mysql-token-store.ts', '../persistence/mysql-budget-backend.ts', '../persistence/redis-budget-backend.ts', '../src/testing/index.ts'],
  tsconfig: './tsconfig.build.json',
  out: '../dist/docs',
  name: 'zohokit',
  excludePrivate: true,
  excludeInternal: true,
  // No "Defined in" links: they are built from the git remote, and a clone's origin (CI's,
  // or a fork's) is often a local path, which TypeDoc warns about and links to nowhere.
  disableSources: true,
  // openapi-typescript writes spec descriptions and enum values as @description and
  // @constant in generated/; they are JSDoc tags TypeDoc does not know by default.
  blockTags: [...OptionDefaults.blockTags, '@description', '@constant'],
  // Named by public types but not exported on purpose: the whole generated API surface
  // (users name it through CrmPaths and the typed clients, and documenting it would bury
  // the hand-written API), and local shorthands for parts of it that TypeDoc shows inline.
  intentionallyNotExported: [
    'generated/accounts.ts:paths',
    'generated/analytics.ts:paths',
    'generated/creator.ts:paths',
    'generated/crm.ts:paths',
    'generated/desk.ts:paths',
    'generated/crm.ts:components',
    'generated/creator.ts:components',
    'generated/analytics.ts:components',
    'src/crm/jobs/bulk-read.ts:Schemas',
    'src/crm/jobs/bulk-write.ts:Schemas',
    'src/crm/crm-types.ts:Schemas',
    'src/crm/records/mass-update.ts:Schemas',
    'src/crm/notifications/notifications.ts:Schemas',
    'src/creator/creator-types.ts:Schemas',
    'src/desk/desk-types.ts:Schemas',
    'src/desk/desk-types.ts:QueryOf',
    'src/desk/desk-types.ts:Filters',
    'src/crm/jobs/bulk-write.ts:Rows',
    'src/crm/records/composite.ts:HttpMethod',
    'src/crm/records/composite.ts:Operation',
    'src/crm/records/composite.ts:Value',
    'src/crm/records/composite.ts:PathParams',
    'src/crm/records/composite.ts:QueryParams',
    'src/crm/records/composite.ts:JsonBody',
    'src/crm/records/composite.ts:FirstSuccess',
    // How the simulator stages an Analytics import inside.
    'src/testing/analytics/analytics-import.ts:ImportSpec',
    'src/testing/analytics/analytics-import.ts:PreparedImport',
    // CrmNotification's payload type is inferred from its zod schema.
    'src/crm/notifications/notification-payload.ts:payloadSchema',
  ],
};
