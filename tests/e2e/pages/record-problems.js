// Records what a page's console would show as an error, for browsers whose driver cannot read
// the console (WebKitGTK's WebDriver): console.error calls, uncaught errors, unhandled promise
// rejections, resources that failed to load and Content Security Policy violations. A classic
// script, loaded first; the tests read `window.bmProblems`.
(() => {
  const problems = (window.bmProblems = []);
  const text = (value) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));
  const error = console.error.bind(console);
  console.error = (...args) => {
    problems.push(`console: ${args.map(text).join(" ")}`);
    error(...args);
  };
  window.addEventListener(
    "error",
    (e) => {
      const from = e.target;
      if (from && from !== window && from.tagName) {
        problems.push(`failed to load: <${from.tagName.toLowerCase()}> ${from.src || from.href || ""}`);
      } else {
        problems.push(`pageerror: ${e.message} (${e.filename}:${e.lineno})`);
      }
    },
    true,
  );
  window.addEventListener("unhandledrejection", (e) => problems.push(`unhandled rejection: ${text(e.reason)}`));
  document.addEventListener("securitypolicyviolation", (e) =>
    problems.push(`csp: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile || "?"}:${e.lineNumber || 0})`),
  );
})();
