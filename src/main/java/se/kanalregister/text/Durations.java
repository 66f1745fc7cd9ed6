package se.kanalregister.text;

import java.time.Duration;

/** How long something took, as people read it: "0,6 s" in Swedish, "0.6 s" in English. */
public final class Durations {

    private Durations() {}

    /** Tenths of a second, rounded; never "0,0 s", since something did take time. */
    public static String seconds(Duration d, Messages messages) {
        long tenths = Math.max(1, (d.toMillis() + 50) / 100);
        return messages.format("duration.seconds", tenths / 10, tenths % 10);
    }

    /** Whole milliseconds under a second ("80 ms"), where a tenth would hide what was measured; else {@link #seconds}. */
    public static String precise(Duration d, Messages messages) {
        return d.toMillis() < 1000 ? messages.format("duration.millis", Math.max(1, d.toMillis())) : seconds(d, messages);
    }
}
