/** Load stage: reads the text files in content/ into {@link se.insyn.load.Source}s, front matter parsed, line numbers kept. */
package se.insyn.load;
