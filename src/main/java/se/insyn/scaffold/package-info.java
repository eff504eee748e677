/** Scaffolding: correctly filled skeletons of new records, so that nobody starts from a blank file. */
package se.insyn.scaffold;
