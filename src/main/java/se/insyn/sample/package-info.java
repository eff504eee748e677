/** Sample content for benchmarks: a deterministic corpus of N audit cases built from the seed document's paragraphs. */
package se.insyn.sample;
