package se.kanalregister.site.pub;

import java.util.List;
import se.kanalregister.render.view.PageFrame;

/**
 * The directory, {@code index.html}: the central accounts, the other active channels by
 * unit, the closed and transferred ones, and what the filter and the "Är kontot äkta?" box need.
 *
 * @param contentLang  {@code lang} for content passages; empty when it is the page's
 * @param central      the active central accounts
 * @param units        the other active channels, by unit in Swedish alphabetical order
 * @param closed       closed and transferred channels, the most recently ended first
 * @param platforms    the filter's platform choices (platforms of active channels)
 * @param unitChoices  the filter's unit choices (units of active channels)
 * @param contactEmail where to report a false account; may be empty
 * @param jsonLd       JSON-LD for the organisation, already safe inside a script element
 *                     ({@code <} written as {@code \u003c}); empty for none. Made by open data's JsonLd.
 * @param accountRules the account rules for the "Är kontot äkta?" box as JSON, safe inside a script element
 */
public record DirectoryView(
        PageFrame frame,
        String contentLang,
        String organisation,
        int activeCount,
        List<ChannelView> central,
        List<UnitGroup> units,
        List<ChannelView> closed,
        List<Choice> platforms,
        List<Choice> unitChoices,
        String contactEmail,
        String jsonLd,
        String accountRules) {

    public DirectoryView {
        central = List.copyOf(central);
        units = List.copyOf(units);
        closed = List.copyOf(closed);
        platforms = List.copyOf(platforms);
        unitChoices = List.copyOf(unitChoices);
    }

    /** One unit's active channels; {@code id} is the section's fragment id. */
    public record UnitGroup(String name, String id, List<ChannelView> channels) {
        public UnitGroup {
            channels = List.copyOf(channels);
        }
    }

    /** An option of a filter's select. */
    public record Choice(String value, String label) {}
}
