// En betalningsbegäran till Swish, öppnad i Swish-appen på samma telefon.
export interface SwishRequest {
  amountSek: number;
  message: string;
  callbackUrl: string;
}

export function swishRequest(amountSek: number, orderId: string): SwishRequest {
  return { amountSek, message: `Kustlinjen ${orderId}`, callbackUrl: `https://api.kustlinjen.example/swish/${orderId}` };
}
