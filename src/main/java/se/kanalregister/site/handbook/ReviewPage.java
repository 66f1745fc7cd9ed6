package se.kanalregister.site.handbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.kanalregister.model.Authority;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Organisation;
import se.kanalregister.render.infotext.InfoTexts;
import se.kanalregister.render.infotext.Sentences;
import se.kanalregister.render.view.PageFrame;
import se.kanalregister.site.RenderContext;
import se.kanalregister.text.Messages;

/**
 * The lawyers' review page, {@code granskning/index.html}: for each combination the register
 * uses (who holds the records, the status, comments and messages on or off), the whole text
 * of one channel, sentence by sentence, with the provision each sentence rests on or a note
 * that it is the organisation's own policy or the register's own words. So a jurist can
 * approve the wording once, and again only when a new combination appears.
 */
final class ReviewPage {

    static final String PATH = "granskning/";
    static final String TEMPLATE = "internal/granskning.ftlh";

    private ReviewPage() {}

    public record View(PageFrame frame, List<Combination> combinations) {
        public View {
            combinations = List.copyOf(combinations);
        }
    }

    /**
     * @param example  the channel whose text is shown
     * @param others   how many more channels get the same combination
     */
    public record Combination(String id, String title, String example, String exampleHref, int others, List<Row> rows) {
        public Combination {
            rows = List.copyOf(rows);
        }
    }

    /** @param ownWords true for the register's own words (a purpose, a rule), which carry no provision */
    public record Row(String text, String provision, boolean ownWords) {}

    static void write(InternalPages pages) throws IOException {
        RenderContext context = pages.context();
        Organisation o = context.register().organisation();
        Messages m = pages.messages();
        InfoTexts marked = new InfoTexts(context.templates(), o, context.messages(o.language()).markingInfoTexts());
        Map<String, List<Channel>> byCombination = new TreeMap<>();
        for (Channel c : context.register().channels()) byCombination.computeIfAbsent(sortKey(c, o), k -> new ArrayList<>()).add(c);
        List<Combination> out = new ArrayList<>();
        for (List<Channel> channels : byCombination.values()) {
            Channel c = channels.get(0);
            List<Row> rows = new ArrayList<>();
            for (Sentences.Sentence s : Sentences.of(marked.full(c))) {
                rows.add(new Row(s.text(), s.key().isEmpty() ? m.get("hb.review.own-words") : provision(m, s.key()),
                        s.key().isEmpty()));
            }
            out.add(new Combination("kombination-" + (out.size() + 1), title(c, o, m), c.name(),
                    ChannelViews.href(c.id()), channels.size() - 1, rows));
        }
        PageFrame frame = pages.frame(PATH, m.get("hb.review.title"), "");
        pages.write(PATH, TEMPLATE, new View(frame, out));
    }

    /** The provision of {@code key}, or of the nearest family it belongs to ({@code it.records.write.both} → {@code it.records.write}). */
    static String provision(Messages m, String key) {
        for (String k = key; k.contains("."); k = k.substring(0, k.lastIndexOf('.'))) {
            if (m.has("hb.review.lex." + k)) return m.get("hb.review.lex." + k);
        }
        return m.get("hb.review.lex.unknown");
    }

    /** Orders the combinations: the organisation's own first, then by kind, status, comments, messages. */
    private static String sortKey(Channel c, Organisation o) {
        Authority a = o.authority(c.authority());
        String kind = a == null ? "0" : String.valueOf(a.kind().ordinal() + 1);
        String writing = c.isActive() ? (c.comments() ? "0" : "1") + (c.messages() ? "0" : "1") : "";
        return kind + c.status().ordinal() + writing;
    }

    private static String title(Channel c, Organisation o, Messages m) {
        Authority a = o.authority(c.authority());
        String holder = a == null ? m.format("hb.review.holder.organisation", o.name()) : m.get("hb.review.holder." + a.kind().id());
        String status = m.get("hb.status." + c.status().id());
        if (!c.isActive()) return m.format("hb.review.combination", holder, status);
        return m.format("hb.review.combination.writing", holder, status, m.get(c.comments() ? "hb.yes" : "hb.no"),
                m.get(c.messages() ? "hb.yes" : "hb.no"));
    }
}
