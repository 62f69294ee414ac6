/**
 * Where north is, recorded the way a 360° camera records it: XMP GPano `PoseHeadingDegrees`, the compass
 * heading of the photo's centre. The site reads it as the scene's heading (src/panorama/coverage.ts), so a
 * tour's `heading` (krpano) or `northOffset` (Pannellum) travels with the photo.
 */

export function headingXmp(heading: number): string {
  return (
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">' +
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:GPano="http://ns.google.com/photos/1.0/panorama/" ' +
    `GPano:ProjectionType="equirectangular" GPano:UsePanoramaViewer="True" GPano:PoseHeadingDegrees="${Math.round(heading * 10) / 10}"/>` +
    '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
  );
}

const XMP_SIGNATURE = 'http://ns.adobe.com/xap/1.0/\0';

/**
 * A copied JPEG with the heading added as an XMP segment right after the start marker: the image data is
 * not touched (no re-encoding). Undefined when the file is not a JPEG or already has XMP (a second XMP
 * segment would be ignored or misread), so the caller keeps the photo as it is.
 */
export function jpegWithHeading(jpeg: Buffer, heading: number): Buffer | undefined {
  if (jpeg.length < 4 || jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return undefined;
  if (jpeg.includes(Buffer.from(XMP_SIGNATURE, 'latin1'))) return undefined;
  const payload = Buffer.concat([Buffer.from(XMP_SIGNATURE, 'latin1'), Buffer.from(headingXmp(heading), 'utf8')]);
  const header = Buffer.from([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]);
  return Buffer.concat([jpeg.subarray(0, 2), header, payload, jpeg.subarray(2)]);
}
