package se.kanalregister.render;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A file's content, made as it is written: a page is rendered straight into its file, block
 * by block, so even the largest (the full register, many megabytes) never exists whole in
 * memory.
 */
@FunctionalInterface
public interface StreamedPage {

    void writeTo(OutputStream out) throws IOException;

    /** {@code text} as UTF-8, encoded as it is written. */
    static StreamedPage of(StringBuilder text) {
        return out -> Utf8Output.stream(text, out);
    }
}
