package se.kanalregister.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The public part of one channel: everything here may appear on the public site, in the
 * exports and in info texts. Internal fields are in {@link InternalInfo}, deliberately
 * not reachable from this record.
 *
 * @param id            the file name without {@code .yaml}; the channel page's path
 * @param nameLanguage  optional: language code of the name, when it is not the organisation's
 * @param platformName  optional: the platform's name when platform is {@link Platform#OTHER}
 * @param handle        optional
 * @param responsible   optional: a role, not a person
 * @param contact       the channel's own contact ({@link Contact#NONE} when absent)
 * @param started       optional: null when nobody knows (left out or {@code okänt}); never a made-up date
 * @param ended         optional
 * @param successor     optional: text or an https URL
 * @param authority     optional: the id of the organisation's {@link Authority} that holds the channel's
 *                      records and personal data; null when that is the organisation itself
 */
public record Channel(
        String id,
        String name,
        String nameLanguage,
        Platform platform,
        String platformName,
        String url,
        String handle,
        String unit,
        String responsible,
        String purpose,
        List<String> audience,
        boolean central,
        List<String> languages,
        boolean comments,
        boolean messages,
        Contact contact,
        Status status,
        LocalDate started,
        LocalDate ended,
        String successor,
        List<HistoryEntry> history,
        String authority) {

    public Channel {
        audience = List.copyOf(audience);
        languages = List.copyOf(languages);
        history = List.copyOf(history);
    }

    /** The platform's name as residents know it, from {@code platform_name} for other platforms. */
    public String platformDisplayName() {
        return platform == Platform.OTHER && platformName != null ? platformName : platform.displayName();
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    /** True when {@code successor} is a link rather than a description. */
    public boolean successorIsUrl() {
        return successor != null && successor.startsWith("https://");
    }
}
