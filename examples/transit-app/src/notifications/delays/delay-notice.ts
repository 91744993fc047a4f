// Pushnotis när en avgång på en sparad resa är försenad eller inställd.
export interface Departure {
  line: string;
  scheduled: Date;
  delayMinutes: number;
  cancelled: boolean;
}

export function delayNotice(departure: Departure): string | undefined {
  if (departure.cancelled) return `Linje ${departure.line} är inställd`;
  if (departure.delayMinutes >= 5) return `Linje ${departure.line} är ${departure.delayMinutes} min försenad`;
  return undefined;
}
