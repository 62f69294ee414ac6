/**
 * schema.org objects for JSON-LD (what search engines read as structured data). Places carry their
 * coordinates and today's province, with the pre-2025 province as an alternate address name.
 */
import type { Region } from '../schemas/geo.ts';

interface PlaceInput {
  name: string;
  description: string | undefined;
  url: string;
  image?: string | undefined;
  location: { lat: number; lng: number };
  region: Region;
  lang: string;
}

function address(region: Region) {
  return {
    '@type': 'PostalAddress',
    addressCountry: 'VN',
    addressRegion: region.province,
    ...(region.area ? { addressLocality: region.area } : {}),
  };
}

/** A tour or a scene: a TouristAttraction (a Place) with geo coordinates. */
export function touristAttraction(place: PlaceInput & { containedIn?: { name: string; url: string } }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'TouristAttraction',
    name: place.name,
    ...(place.description ? { description: place.description } : {}),
    url: place.url,
    inLanguage: place.lang,
    ...(place.image ? { image: place.image } : {}),
    geo: { '@type': 'GeoCoordinates', latitude: place.location.lat, longitude: place.location.lng },
    address: address(place.region),
    ...(place.region.formerProvince ? { alternateName: `${place.name} (${place.region.formerProvince})` } : {}),
    isAccessibleForFree: true,
    ...(place.containedIn ? { containedInPlace: { '@type': 'TouristAttraction', name: place.containedIn.name, url: place.containedIn.url } } : {}),
  };
}

export function article(input: { headline: string; description: string; url: string; image?: string | undefined; datePublished: Date; lang: string; publisher: string }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: input.url,
    ...(input.image ? { image: input.image } : {}),
    datePublished: input.datePublished.toISOString().slice(0, 10),
    inLanguage: input.lang,
    publisher: { '@type': 'Organization', name: input.publisher },
  };
}

export function website(input: { name: string; url: string; searchUrl: string; lang: string }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: input.name,
    url: input.url,
    inLanguage: input.lang,
    potentialAction: { '@type': 'SearchAction', target: `${input.searchUrl}?q={query}`, 'query-input': 'required name=query' },
  };
}
