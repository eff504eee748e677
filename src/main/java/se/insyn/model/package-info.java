/**
 * The content model: immutable records of what the public documents say. A field that the source
 * document does not state is {@code null} (or an empty list), never a guess.
 */
package se.insyn.model;
