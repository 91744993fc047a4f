// Kassans betalsteg: Swish först, kort sedan (hypotesen swish-forst-i-kassan-okar-konverteringen).
export type PaymentMethod = 'swish' | 'card';

export const PAYMENT_ORDER: readonly PaymentMethod[] = ['swish', 'card'];

export function paymentOptions(swishInstalled: boolean): PaymentMethod[] {
  return PAYMENT_ORDER.filter((method) => method !== 'swish' || swishInstalled);
}
