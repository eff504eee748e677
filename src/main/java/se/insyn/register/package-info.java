/** Register stage: published addresses never break; a vanished address must be declared moved (redirect) or withdrawn (notice). */
package se.insyn.register;
