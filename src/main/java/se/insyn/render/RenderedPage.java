package se.insyn.render;

import java.nio.charset.StandardCharsets;

/** A page's finished HTML, as the UTF-8 bytes it is written as, and the file below the output folder it is written to. */
public record RenderedPage(String address, String file, byte[] html) {
    public RenderedPage(String address, String file, String html) {
        this(address, file, html.getBytes(StandardCharsets.UTF_8));
    }
}
