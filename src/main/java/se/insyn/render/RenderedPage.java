package se.insyn.render;

/** A page's finished HTML and the file below the output folder it is written to. */
public record RenderedPage(String address, String file, String html) {
}
