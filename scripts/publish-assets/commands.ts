/**
 * How to upload the list `publish:assets --dry-run` prints, with the usual tools. Content-hashed
 * files never change, so they are cached for a year as immutable; the manifest is uploaded last
 * and never cached, so the next comparison sees what is really there.
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

export function publishCommands(source: string, base: string): string {
  return [
    '',
    'Upload them, then the manifest last. Save the list first:',
    `  npm run publish:assets -- --dry-run > missing.txt     (files under ${source}/, for ${base})`,
    'rclone (S3, R2, GCS, B2…):',
    `  rclone copy ${source} REMOTE:BUCKET/PREFIX --files-from missing.txt --no-traverse --header-upload "Cache-Control: ${IMMUTABLE}"`,
    'aws s3:',
    `  xargs -a missing.txt -I{} aws s3 cp ${source}/{} s3://BUCKET/PREFIX/{} --cache-control "${IMMUTABLE}"`,
    'Cloudflare R2 with wrangler:',
    `  xargs -a missing.txt -I{} npx wrangler r2 object put BUCKET/PREFIX/{} --file ${source}/{} --cache-control "${IMMUTABLE}"`,
    'and last, the manifest the next run compares with (not cached):',
    `  aws s3 cp ${source}/manifest.json s3://BUCKET/PREFIX/manifest.json --cache-control "no-cache"   (or the same with rclone/wrangler)`,
  ].join('\n');
}
