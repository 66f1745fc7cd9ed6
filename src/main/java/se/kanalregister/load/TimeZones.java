package se.kanalregister.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.load.yaml.YamlMapping;
import se.kanalregister.load.yaml.YamlNode;
import se.kanalregister.load.yaml.YamlReader;
import se.kanalregister.load.yaml.YamlScalar;
import se.kanalregister.model.Organisation;

/**
 * The IANA time zones that {@code time_zone} in organisation.yaml may name, and the
 * organisation's zone read ahead of the full load: "today" must be known before the
 * register is checked, and must be the organisation's day, never the machine's.
 */
public final class TimeZones {

    /** Where a Swedish municipality is, unless organisation.yaml says otherwise. */
    public static final ZoneId DEFAULT = Organisation.DEFAULT_TIME_ZONE;

    /** Lower-case id to canonical id; only region ids (Europe/Stockholm, UTC), never offsets like +01:00. */
    private static final Map<String, String> BY_LOWER_CASE = byLowerCase();

    private TimeZones() {}

    /** The canonical id of the zone {@code written} names in any letter case, or null when it is none. */
    public static String canonical(String written) {
        return BY_LOWER_CASE.get(written.strip().toLowerCase(Locale.ROOT));
    }

    /** Every zone id, for suggestions. */
    public static Set<String> ids() {
        return ZoneId.getAvailableZoneIds();
    }

    /**
     * The zone organisation.yaml in {@code content} names, or {@link #DEFAULT} when it names
     * none or one that does not exist. A wrong zone is reported by the full load as an error,
     * so the run fails anyway; here it only must not stop "today" from being worked out.
     */
    public static ZoneId ofContent(Path content) {
        try {
            String text = Files.readString(content.resolve("organisation.yaml"), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            YamlNode root = new YamlReader().read(text, "organisation.yaml", 1, new Diagnostics());
            if (!(root instanceof YamlMapping m) || m.entry("time_zone") == null
                    || !(m.entry("time_zone").value() instanceof YamlScalar zone)) {
                return DEFAULT;
            }
            String id = canonical(zone.text());
            return id == null ? DEFAULT : ZoneId.of(id);
        } catch (IOException | RuntimeException e) {
            return DEFAULT; // an unreadable or odd file is reported by the load itself
        }
    }

    private static Map<String, String> byLowerCase() {
        Map<String, String> map = new TreeMap<>();
        for (String id : ZoneId.getAvailableZoneIds()) map.put(id.toLowerCase(Locale.ROOT), id);
        return Map.copyOf(map);
    }
}
