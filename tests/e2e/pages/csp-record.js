// Records Content Security Policy violations for the tests (a classic script, loaded first).
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI || "inline"} (${e.sourceFile || "?"}:${e.lineNumber || 0})`);
});
