// React's JSX typing for <body-map>.
import type {} from "@body-map/widget/react";

export function PainMap({ clinic }: { clinic: string }) {
  return <body-map view="back" lang="es" booking-url={`/book/${clinic}`} booking-target="_blank" />;
}

// @ts-expect-error: "upside-down" is no view
export const Wrong = () => <body-map view="upside-down" />;
