package se.kanalregister.model;

/** How often channels must be archived and how long they may be silent before they are flagged. */
public record Review(int snapshotMonths, int inactiveDays) {

    public static final Review DEFAULT = new Review(6, 180);
}
