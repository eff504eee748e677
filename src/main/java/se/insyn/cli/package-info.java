/** The command line: {@code insyn build} and its options, exit codes scripts can trust. */
package se.insyn.cli;
