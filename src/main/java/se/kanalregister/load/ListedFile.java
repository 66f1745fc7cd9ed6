package se.kanalregister.load;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** A file found in a content folder, with the size and time of change its listing read. */
record ListedFile(Path path, BasicFileAttributes attributes) {}
