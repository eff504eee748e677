/** Markdown to safe HTML: one flexmark parser and renderer for the whole build, output sanitised with jsoup. */
package se.insyn.markdown;
