import type { ForgeConfig } from '@electron-forge/shared-types';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { MakerDMG } from '@electron-forge/maker-dmg';
import { MakerDeb } from '@electron-forge/maker-deb';
import { VitePlugin } from '@electron-forge/plugin-vite';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

// The project file type the OS should open with Drijfveer.
const projectFileType = {
  extension: 'drijfveer',
  mimeType: 'application/x-drijfveer+json',
  description: 'Drijfveer-project',
};

const config: ForgeConfig = {
  packagerConfig: {
    asar: true,
    name: 'Drijfveer',
    executableName: 'drijfveer',
    appBundleId: 'nl.drijfveer.app',
    appCategoryType: 'public.app-category.productivity',
    // Packager picks .ico / .icns / .png by platform from this stem.
    icon: 'resources/icons/icon',
    // Read at run time from process.resourcesPath: the sample projects, the report
    // fonts, and resvg's WebAssembly module that draws SVG logos for DOCX export.
    extraResource: ['resources/samples', 'resources/fonts', 'node_modules/@resvg/resvg-wasm/index_bg.wasm'],
    extendInfo: {
      CFBundleDocumentTypes: [
        {
          CFBundleTypeName: projectFileType.description,
          CFBundleTypeRole: 'Editor',
          LSHandlerRank: 'Owner',
          CFBundleTypeExtensions: [projectFileType.extension],
          CFBundleTypeMIMETypes: [projectFileType.mimeType],
        },
      ],
    },
  },
  rebuildConfig: {},
  makers: [
    new MakerSquirrel({ name: 'drijfveer', setupIcon: 'resources/icons/icon.ico' }),
    new MakerZIP({}, ['darwin', 'linux']),
    new MakerDMG({ icon: 'resources/icons/icon.icns' }, ['darwin']),
    new MakerDeb({
      options: {
        name: 'drijfveer',
        productName: 'Drijfveer',
        icon: 'resources/icons/icon.png',
        categories: ['Office'],
        mimeType: [projectFileType.mimeType],
      },
    }),
  ],
  plugins: [
    new VitePlugin({
      // `build` can specify multiple entry builds, which can be Main process, Preload scripts, Worker process, etc.
      // If you are familiar with Vite configuration, it will look really familiar.
      build: [
        {
          // `entry` is just an alias for `build.lib.entry` in the corresponding file of `config`.
          entry: 'src/main/main.ts',
          config: 'vite.main.config.ts',
          target: 'main',
        },
        {
          entry: 'src/main/preload.ts',
          config: 'vite.preload.config.ts',
          target: 'preload',
        },
      ],
      renderer: [
        {
          name: 'main_window',
          config: 'vite.renderer.config.ts',
        },
      ],
    }),
    // Fuses are used to enable/disable various Electron functionality
    // at package time, before code signing the application
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    }),
  ],
};

export default config;
