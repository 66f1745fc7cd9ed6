package se.kanalregister.site;

import java.util.function.IntSupplier;

/**
 * What a build tells whoever shows its progress: that it is reading and checking the content,
 * then each step of writing the site. Called on the building thread, so every method must
 * return at once; each does nothing by default.
 */
public interface BuildProgress {

    /** Shows nothing. */
    BuildProgress NONE = new BuildProgress() {};

    /** The build has begun: it reads and checks the content first. */
    default void checking() {}

    /**
     * A step of writing the site has begun.
     *
     * @param step         the step's name, as in {@link SiteBuilder.Step}: a site part's pages of one
     *                     channel each ("PublicSite/kanaler"), then "shared" for every part's pages drawn
     *                     from the whole register (the parts side by side), "assets" or "swap"
     * @param filesWritten the number of files this build has written so far; any thread may ask
     */
    default void writing(String step, IntSupplier filesWritten) {}

    /** The build is over, whether it succeeded or not. Called by whoever started the build. */
    default void finished() {}
}
