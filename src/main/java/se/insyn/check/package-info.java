/** Check stage: warnings about content that is valid but probably not what the communicator wants. */
package se.insyn.check;
