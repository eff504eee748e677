/** Verify stage: checks the rendered site as a whole (every internal link and anchor resolves) before anything is written. */
package se.insyn.verify;
