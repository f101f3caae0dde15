import type { SimulatorCore } from '../core.js';
import type { Route } from '../router.js';
import { crmActionRoutes } from './records/crm-action-routes.js';
import { crmCompositeRoutes } from './records/crm-composite-routes.js';
import { crmFileRoutes } from './files/crm-file-routes.js';
import { crmNotesRoutes } from './records/crm-notes-routes.js';
import { crmRecycleBinRoutes } from './records/crm-recycle-bin-routes.js';
import { crmRelatedRoutes } from './records/crm-related-routes.js';
import type { CrmState } from './crm-state.js';
import { crmSubresources } from './crm-subresource-state.js';

/** CRM: Notes, attachments, photos, related records, convert, mass update, recycle bin, composite, change owner. */
export function crmSubresourceRoutes(core: SimulatorCore, crm: CrmState): Route[] {
  const state = crmSubresources(crm, core.now);
  // Each call costs one API credit; a composite call costs what its sub-requests cost, and
  // they are charged as they run through these same routes.
  const charged = (route: Route): Route => ({
    ...route,
    handle: (context) => {
      if (context.token) crm.charge(context.token.user, 1);
      return route.handle(context);
    },
  });
  return [
    ...[
      ...crmNotesRoutes(core, crm),
      ...crmFileRoutes(core, crm, state),
      ...crmRelatedRoutes(core, crm, state),
      ...crmActionRoutes(core, crm, state),
      ...crmRecycleBinRoutes(core, state),
    ].map(charged),
    ...crmCompositeRoutes(core, crm, state),
  ];
}
