import { clientNameFromDomain, isFreeMailDomain } from '../model/addresses';
import type { Participant } from '../sites/types';

/** A client to create from the recipients when none resolved: named after the first business domain. */
export function newClientFrom(people: Participant[]): { name: string; domain: string } | null {
  for (const { address } of people) {
    const domain = address.split('@')[1];
    if (!domain || isFreeMailDomain(domain)) continue;
    return { name: clientNameFromDomain(domain), domain };
  }
  return null;
}
