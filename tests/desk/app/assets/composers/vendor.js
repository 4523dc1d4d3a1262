// @ts-check
// Loading the editors that are not ES modules (TinyMCE) and the editors' stylesheets, once.

/** @type {Map<string, Promise<void>>} */
const scripts = new Map();

/** A classic script, once per page. @param {string} src @returns {Promise<void>} */
export function loadScript(src) {
  let loading = scripts.get(src);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`Could not load ${src}`));
      document.head.append(script);
    });
    scripts.set(src, loading);
  }
  return loading;
}

/** A stylesheet, once per document. @param {string} href */
export function ensureStylesheet(href) {
  if (document.querySelector(`link[rel="stylesheet"][href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}
