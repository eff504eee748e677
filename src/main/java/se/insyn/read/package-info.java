/** Read stage: turns {@link se.insyn.load.Source}s into the immutable {@link se.insyn.model.Content}, reporting every field problem with its line. */
package se.insyn.read;
