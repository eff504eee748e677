/** The pipeline, one direction: load → read → link → render → verify → write. Each stage stops the build on errors before anything is written. */
package se.insyn.build;
