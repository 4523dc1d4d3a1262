interface ImportMetaEnv {
  /**
   * Replaced at build time (wxt.config.ts, from the KIZUKI_TEST_DESK=1 environment variable):
   * true in the builds that drive the stand-in desk (e2e tests, demo, page benchmark).
   */
  readonly KIZUKI_TEST_DESK?: boolean;
  /** True in the background's build only: it loads the engine's script (lib/engine/load.ts). */
  readonly KIZUKI_ENGINE_SCRIPT?: boolean;
}
