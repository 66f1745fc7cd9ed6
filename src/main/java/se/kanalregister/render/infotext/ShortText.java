package se.kanalregister.render.infotext;

import se.kanalregister.model.Platform;

/**
 * A channel's short text for one platform's bio field.
 *
 * @param platform the platform whose field it is for
 * @param text     the text, ending with a link to the full text
 * @param length   its length in user-perceived characters ({@link Graphemes})
 * @param limit    the field's limit, {@link Platform#bioLimit()}
 * @param level    the level of {@code bio.ftl} it came from (1 = the fullest)
 * @param own      true when {@code platform} is the channel's own platform
 */
public record ShortText(Platform platform, String text, int length, int limit, int level, boolean own) {

    public boolean fits() {
        return length <= limit;
    }

    /**
     * The plain-text file next to the channel's page: {@code bio.txt} for the channel's own
     * platform; empty for the others, which are shown on the page only (a file per platform
     * and channel would multiply the files of a large register for little use).
     */
    public String fileName() {
        return own ? "bio.txt" : "";
    }
}
