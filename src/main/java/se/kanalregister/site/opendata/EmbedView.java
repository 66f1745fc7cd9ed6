package se.kanalregister.site.opendata;

import java.util.List;

/**
 * What templates/opendata/embed.ftlh needs: the active channels for a CMS page, every
 * link absolute, every text ready to print (the template escapes it).
 *
 */
public record EmbedView(String lang, String label, List<Item> items, String registerUrl, String allLabel) {

    public EmbedView {
        items = List.copyOf(items);
    }

    /**
     * One channel.
     *
     * @param nameLang     optional: the name's language when it is not the page's
     * @param aboutContext says which channel "Om kanalen" is about, for screen readers
     */
    public record Item(String name, String nameLang, String url, String platform, String unit, boolean central,
                       String pageUrl, String aboutLabel, String aboutContext) {}
}
