/** Privacy guard: stops the build before anything is written when a text holds a Swedish personal identity number. */
package se.insyn.privacy;
