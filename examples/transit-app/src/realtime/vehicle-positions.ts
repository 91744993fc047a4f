// Fordonens positioner i realtid, uppdaterade var 15:e sekund.
export interface VehiclePosition {
  vehicleId: string;
  lat: number;
  lon: number;
  updatedAt: Date;
}

export const REFRESH_SECONDS = 15;

export function isFresh(position: VehiclePosition, now: Date): boolean {
  return now.getTime() - position.updatedAt.getTime() < 2 * REFRESH_SECONDS * 1000;
}
