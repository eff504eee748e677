/** Every address of the site, computed in one place: templates and writers ask here, never build a URL themselves. */
package se.insyn.address;
