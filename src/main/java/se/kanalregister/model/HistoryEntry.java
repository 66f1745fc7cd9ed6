package se.kanalregister.model;

import java.time.LocalDate;

/** A public event in a channel's life: renamed, merged, moved. */
public record HistoryEntry(LocalDate date, String text) {}
