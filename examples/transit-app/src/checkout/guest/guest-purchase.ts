// Köp utan konto: en enkelbiljett med bara e-post för kvittot (kop-utan-konto-okar-konverteringen).
export interface GuestPurchase {
  email: string;
  ticketType: 'enkelbiljett';
}

export function startGuestPurchase(email: string): GuestPurchase {
  if (!email.includes('@')) throw new Error('ange en e-postadress för kvittot');
  return { email, ticketType: 'enkelbiljett' };
}
