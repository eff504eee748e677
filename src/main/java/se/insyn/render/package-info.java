/** Render stage: turns the linked graph into pages (one address, one HTML document) with the theme's Freemarker templates. */
package se.insyn.render;
