// Plays a browser without constructable stylesheets: the loader must link the stylesheet into
// each shadow root instead.
delete Document.prototype.adoptedStyleSheets;
delete ShadowRoot.prototype.adoptedStyleSheets;
