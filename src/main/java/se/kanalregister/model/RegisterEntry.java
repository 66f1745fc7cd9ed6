package se.kanalregister.model;

/**
 * One channel file: the public channel, its internal fields, and the file it came from
 * (for messages). Only internal pages and the compliance checks see this record.
 */
public record RegisterEntry(Channel channel, InternalInfo internal, String sourceFile) {

    public String id() {
        return channel.id();
    }
}
