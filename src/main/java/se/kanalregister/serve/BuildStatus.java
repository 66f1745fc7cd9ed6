package se.kanalregister.serve;

/**
 * The latest build and its id. The id changes with every build, failed or not, and differs
 * between runs of {@code serve}, so a page that knows its id can tell that it is out of date.
 *
 * @param siteOnDisk false while no build has ever succeeded in OUT: there is no last good site to show
 */
record BuildStatus(String id, BuildReport report, boolean siteOnDisk) {

    BuildStatus(String id, BuildReport report) {
        this(id, report, true);
    }
}
