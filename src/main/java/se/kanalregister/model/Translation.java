package se.kanalregister.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * The info texts' sentences in a language without a built-in bundle (a national minority
 * language, say), from {@code content/translations/<language>.yaml}. Only a complete file
 * becomes a Translation: no half-translated legal text is ever published.
 *
 * @param texts every info-text key with its text in {@code language}
 */
public record Translation(String language, Map<String, String> texts) {

    public Translation {
        texts = Map.copyOf(new TreeMap<>(texts));
    }
}
