package se.kanalregister.model;

import java.util.List;

/**
 * Everything a content folder holds, loaded and checked: the organisation, every channel
 * (sorted by id), the handbook's chapters (sorted by order, then name), the public pages
 * (sorted by name) and the complete translations of the info texts (sorted by language).
 */
public record Register(Organisation organisation, List<RegisterEntry> entries,
                       List<Document> guidelines, List<Document> pages, List<Translation> translations) {

    public Register {
        entries = List.copyOf(entries);
        guidelines = List.copyOf(guidelines);
        pages = List.copyOf(pages);
        translations = List.copyOf(translations);
    }

    /** A register without translations. */
    public Register(Organisation organisation, List<RegisterEntry> entries, List<Document> guidelines,
                    List<Document> pages) {
        this(organisation, entries, guidelines, pages, List.of());
    }

    /** The public part of every channel, in id order. */
    public List<Channel> channels() {
        return entries.stream().map(RegisterEntry::channel).toList();
    }
}
