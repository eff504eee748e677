/** Problems found in content or theme: where (file and line), what is wrong and what to do. */
package se.insyn.problem;
