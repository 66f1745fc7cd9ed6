package se.kanalregister.serve;

/**
 * The latest build and its id. The id changes with every build, failed or not, and differs
 * between runs of {@code serve}, so a page that knows its id can tell that it is out of date.
 */
record BuildStatus(String id, BuildReport report) {}
