import { deepMerge } from 'grommet/utils';
import { hpe } from 'grommet-theme-hpe';

/*
 * HPE theme with a self-hosted font. The theme's own @font-face rules point at a font host on
 * the internet (and are stripped at build time, see vite.config.ts); Metropolis, a geometric
 * sans close to HPE's look, is bundled from @fontsource and imported in main.tsx.
 */
export const FONT_FAMILY = "'Metropolis', Arial, sans-serif";

export const theme = deepMerge(hpe, {
  global: {
    font: {
      family: FONT_FAMILY,
      face: '',
    },
  },
});
