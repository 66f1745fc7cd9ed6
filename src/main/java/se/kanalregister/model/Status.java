package se.kanalregister.model;

import java.util.Locale;

/** A channel's life: open, closed for good, or handed over to someone else. */
public enum Status {
    ACTIVE, CLOSED, TRANSFERRED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status with this id, or null. */
    public static Status byId(String id) {
        for (Status s : values()) if (s.id().equals(id)) return s;
        return null;
    }
}
