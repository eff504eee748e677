/** Write stage: puts a complete site in the output folder, or leaves the previous one exactly as it was. */
package se.insyn.write;
