package se.kanalregister.site.handbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import se.kanalregister.model.Review;
import se.kanalregister.render.view.PageFrame;
import se.kanalregister.text.Messages;

/**
 * The checklists for opening, running, handing over and closing a channel ({@code checklista/}).
 * Their steps are texts of the message bundle, numbered {@code hb.checklist.<list>[.<group>].1},
 * {@code .2}, … so a translation or a changed routine needs no code; a field of the register is
 * written between backticks and shown as code. {@code {0}} in a step is the organisation's
 * snapshot interval in months, {@code {1}} its inactivity limit in days.
 */
final class Checklists {

    /** A piece of a step: plain text, or the name of a register field. */
    public record TextPart(String text, boolean code) {}

    public record Step(List<TextPart> parts) {}

    /** @param heading null for a list without groups */
    public record StepGroup(String heading, List<Step> steps) {}

    /** @param id the list's id, also its anchor on the page */
    public record Checklist(String id, String title, String intro, List<StepGroup> groups) {}

    public record ChecklistPage(PageFrame frame, List<Checklist> checklists) {}

    /** The lists and their groups, in page order; an empty group name means the list has no groups. */
    private static final List<List<String>> LISTS = List.of(
            List.of("open", ""),
            List.of("run", "daily", "periodic", "yearly"),
            List.of("handover", ""),
            List.of("close", ""));

    private Checklists() {}

    static List<Checklist> read(Messages m, Review review) {
        List<Checklist> out = new ArrayList<>();
        for (List<String> spec : LISTS) {
            String id = spec.get(0);
            String key = "hb.checklist." + id;
            List<StepGroup> groups = new ArrayList<>();
            for (String group : spec.subList(1, spec.size())) {
                String prefix = group.isEmpty() ? key : key + "." + group;
                String heading = group.isEmpty() ? null : m.format(prefix + ".title", review.snapshotMonths(), review.inactiveDays());
                groups.add(new StepGroup(heading, steps(m, prefix, review)));
            }
            out.add(new Checklist(id, m.get(key + ".title"), m.get(key + ".intro"), groups));
        }
        return out;
    }

    static void write(InternalPages pages) throws IOException {
        String path = Section.CHECKLISTS.path();
        Review review = pages.context().register().organisation().review();
        pages.write(path, "internal/checklists.ftlh", new ChecklistPage(
                pages.frame(path, pages.messages().get("hb.checklists.title"), ""), read(pages.messages(), review)));
    }

    private static List<Step> steps(Messages m, String prefix, Review review) {
        List<Step> steps = new ArrayList<>();
        for (int n = 1; m.has(prefix + "." + n); n++) {
            steps.add(new Step(parts(m.format(prefix + "." + n, review.snapshotMonths(), review.inactiveDays()))));
        }
        return steps;
    }

    /** Splits at backticks: every second piece is a field name. With an unpaired backtick the text stays as it is. */
    static List<TextPart> parts(String text) {
        String[] pieces = text.split("`", -1);
        if (pieces.length % 2 == 0) return List.of(new TextPart(text, false));
        List<TextPart> out = new ArrayList<>();
        for (int i = 0; i < pieces.length; i++) if (!pieces[i].isEmpty()) out.add(new TextPart(pieces[i], i % 2 == 1));
        return out;
    }

    /** The words of a list, for the search index. */
    static String plain(Checklist c) {
        StringBuilder b = new StringBuilder(c.intro());
        for (StepGroup g : c.groups()) {
            if (g.heading() != null) b.append(' ').append(g.heading());
            for (Step s : g.steps()) {
                b.append(' ');
                for (TextPart p : s.parts()) b.append(p.text());
            }
        }
        return b.toString();
    }
}
