package se.kanalregister.site;

import java.io.IOException;
import java.util.List;
import se.kanalregister.model.Organisation;

/**
 * One part of the site (the public directory, the handbook, the open data files …), in two
 * halves, so that a rebuild after a change to a few channels can redo only their pages. A
 * build makes one instance of each part and calls the halves in order, so a part may keep
 * what the first half made for the second.
 */
public interface SitePart {

    /**
     * Every template this part renders, with the layouts they import: parsed ahead, on
     * another thread, while the content is read and checked ({@code SitePartsTest} keeps
     * the list whole).
     */
    List<String> templates();

    /**
     * Writes the pages and files that show one channel each, for the channels the build's
     * {@link se.kanalregister.site.PageScope} renders. Such a file may depend on its channel,
     * the organisation, the content pages, the templates and the day, and on nothing else.
     */
    default void writeChannelPages(RenderContext context, Output publicOutput, Output internalOutput) throws IOException {}

    /**
     * The folders, relative to OUT and ending in a slash, that hold every file
     * {@link #writeChannelPages} writes for the channel with this id, and nothing else. A
     * rebuild of the channel replaces them whole, so a file it no longer has (a closed
     * channel's bio) does not stay behind ({@code SitePartsTest} keeps this true).
     */
    default List<String> channelFolders(Organisation organisation, String id) {
        return List.of();
    }

    /** Writes the pages and files drawn from the whole register: every build writes them all. */
    void writeSharedPages(RenderContext context, Output publicOutput, Output internalOutput) throws IOException;
}
