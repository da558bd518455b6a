/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// grommet-theme-hpe builds @font-face rules pointing at a font host on the internet, and
// its named background textures point at a CDN. The dashboard must make no request that
// leaves the machine, so at build time the fonts module is replaced with one that emits no
// @font-face (src/app/theme.ts supplies a self-hosted font) and the texture URLs become
// `none`. Doing it here rather than only overriding theme values keeps the external URLs
// out of the bundle entirely, which `grep -r https:// dist` can check.
function noExternalHpeAssets(): Plugin {
  const fonts = /grommet-theme-hpe[\\/]dist[\\/](es6[\\/])?themes[\\/]fonts\.js$/;
  const backgrounds = /grommet-theme-hpe[\\/]dist[\\/](es6[\\/])?themes[\\/]backgrounds\.js$/;
  return {
    name: 'no-external-hpe-assets',
    enforce: 'pre',
    load(id) {
      if (!fonts.test(id.split('?')[0])) return null;
      return [
        'export var getGraphikFamily = function () { return "Metropolis"; };',
        'export var getGraphikFontFaces = function () { return ""; };',
      ].join('\n');
    },
    transform(code, id) {
      if (!backgrounds.test(id.split('?')[0])) return null;
      return { code: code.replace(/url\((['"]?)https?:\/\/[^)]*\)/g, 'none'), map: null };
    },
  };
}

export default defineConfig({
  base: '/',
  plugins: [noExternalHpeAssets(), react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
  },
  server: {
    proxy: {
      '/api': { target: 'http://localhost:9080', changeOrigin: false, ws: true },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
    testTimeout: 20_000,
  },
});
