package se.kanalregister.site.state;

/**
 * One input file as a build saw it.
 *
 * @param path     relative to its folder, with forward slashes
 * @param size     in bytes
 * @param modified the time of its last change, in nanoseconds since 1970
 * @param digest   of its bytes ({@link InputFiles#digestOf})
 */
public record FileStamp(String path, long size, long modified, String digest) {}
