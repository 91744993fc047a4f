// När färjan väntas till bryggan, från dess position: Storö- och Lillölinjerna.
import type { VehiclePosition } from '../realtime/vehicle-positions.js';

export type Pier = 'Storö' | 'Lillö' | 'Hamnviken';

export function minutesToPier(position: VehiclePosition, distanceKm: number, speedKnots: number): number {
  const kmPerMinute = (speedKnots * 1.852) / 60;
  return position.lat === 0 && position.lon === 0 ? Number.NaN : Math.ceil(distanceKm / kmPerMinute);
}

// Boende på öarna går hemifrån när färjan lämnar grannbryggan (beslutet 2026-10-12): kartan visar det.
export function leftNeighbourPier(atPier: Pier | null, before: VehiclePosition, now: VehiclePosition): boolean {
  return atPier !== null && (before.lat !== now.lat || before.lon !== now.lon);
}
