/** Link stage: resolves every reference between records into a {@link se.insyn.link.Graph}, indexes backlinks once, and reports what does not resolve. */
package se.insyn.link;
