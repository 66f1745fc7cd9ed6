package se.kanalregister.model;

import se.kanalregister.diag.SourcePosition;

/**
 * One channel file: the public channel, its internal fields, and the file it came from
 * (for messages), with where its {@code url} is written, since two files with one address are
 * named at those lines. Only internal pages and the compliance checks see this record.
 */
public record RegisterEntry(Channel channel, InternalInfo internal, String sourceFile, SourcePosition urlAt) {

    /** An entry whose address is placed at the start of its file. */
    public RegisterEntry(Channel channel, InternalInfo internal, String sourceFile) {
        this(channel, internal, sourceFile, SourcePosition.startOf(sourceFile));
    }

    public String id() {
        return channel.id();
    }
}
