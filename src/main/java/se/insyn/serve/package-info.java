/** Local preview: serves the site from memory, rebuilds when content or theme change, reloads the open page, shows errors in the browser. */
package se.insyn.serve;
