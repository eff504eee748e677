/** Feeds stage: Atom feeds of what is new, the iCalendar of answer deadlines, sitemap.xml and robots.txt. */
package se.insyn.feeds;
