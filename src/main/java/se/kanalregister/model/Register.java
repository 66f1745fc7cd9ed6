package se.kanalregister.model;

import java.util.List;

/**
 * Everything a content folder holds, loaded and checked: the organisation, every channel
 * (sorted by id), the handbook's chapters (sorted by order, then name) and the public pages
 * (sorted by name).
 */
public record Register(Organisation organisation, List<RegisterEntry> entries,
                       List<Document> guidelines, List<Document> pages) {

    public Register {
        entries = List.copyOf(entries);
        guidelines = List.copyOf(guidelines);
        pages = List.copyOf(pages);
    }

    /** The public part of every channel, in id order. */
    public List<Channel> channels() {
        return entries.stream().map(RegisterEntry::channel).toList();
    }
}
