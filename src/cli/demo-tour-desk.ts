import type { ZohoView } from '../zoho.js';

/** The demo's Desk step: a ticket from creation to the trash. */
export async function tourDesk(view: ZohoView, departmentId: string, ok: (line: string) => void): Promise<void> {
  const desk = view.desk;
  const contact = await desk.contacts.create({ lastName: 'Carol', email: 'carol@zylker.com' });
  const ticket = await desk.tickets.create({ subject: 'Printer on fire', departmentId, contactId: contact.id });
  await desk.tickets.comments(ticket.id).add({ content: 'Fire brigade called', isPublic: true });
  await desk.tickets.update(ticket.id, { status: 'Closed' });
  ok(`ticket #${ticket.ticketNumber ?? ticket.id} created, commented and closed`);
  await desk.tickets.delete([ticket.id]);
  ok(`moved to trash; open tickets left: ${(await desk.tickets.list()).items.length}`);
}
