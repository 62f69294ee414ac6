declare module 'virtual:hg360/panoramas' {
  const manifest: import('./integrations/panoramas.ts').PublicPanoramaManifest;
  export default manifest;
}
