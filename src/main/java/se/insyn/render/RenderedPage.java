package se.insyn.render;

/** A page's finished HTML, as the UTF-8 bytes it is written as, and the file below the output folder it is written to. */
public record RenderedPage(String address, String file, byte[] html) {
}
