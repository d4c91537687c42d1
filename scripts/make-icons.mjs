#!/usr/bin/env node
/**
 * Makes the home-screen icons of the web manifest (public/manifest.webmanifest) from
 * public/favicon.svg, so there is one drawing to change. Run after editing the favicon:
 *
 *   node scripts/make-icons.mjs
 *
 * The PNGs are committed (small, and the build then needs no image step).
 */
import sharp from 'sharp';

const SIZES = [
  { file: 'public/icons/icon-192.png', size: 192 },
  { file: 'public/icons/icon-512.png', size: 512 },
  { file: 'public/icons/apple-touch-icon.png', size: 180 },
];

for (const { file, size } of SIZES) {
  await sharp('public/favicon.svg', { density: 72 * Math.ceil(size / 32) })
    .resize(size, size)
    .flatten({ background: '#ffffff' })
    .png({ compressionLevel: 9, palette: true })
    .toFile(file);
  console.log(`${file}: ${size}×${size}`);
}
