// Kassans betalsteg: Swish först, kort sedan (hypotesen swish-forst-i-kassan-okar-konverteringen).
export type PaymentMethod = 'swish' | 'card';

export const PAYMENT_ORDER: readonly PaymentMethod[] = ['swish', 'card'];

// Release 4.12: Swish först för alla, flaggan kvar i två sprintar till (beslutet 2026-10-08).
export const SWISH_FIRST_FLAG = { key: 'checkout.swish_first', default: true } as const;

export function paymentOptions(swishInstalled: boolean): PaymentMethod[] {
  return PAYMENT_ORDER.filter((method) => method !== 'swish' || swishInstalled);
}
