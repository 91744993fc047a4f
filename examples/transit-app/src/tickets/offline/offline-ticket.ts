// En biljett som går att visa utan mobilnät: sparad på telefonen, signerad, med sin giltighetstid.
export interface OfflineTicket {
  ticketId: string;
  validUntil: Date;
  signature: string;
}

export function canShowOffline(ticket: OfflineTicket, now: Date): boolean {
  return ticket.signature.length > 0 && now < ticket.validUntil;
}
