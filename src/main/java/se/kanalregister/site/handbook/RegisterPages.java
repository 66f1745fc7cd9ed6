package se.kanalregister.site.handbook;

import java.io.IOException;
import java.util.List;
import se.kanalregister.model.Layout;
import se.kanalregister.render.view.PageFrame;
import se.kanalregister.site.Parallel;

/**
 * The full register for staff: one table with every channel and every field, internal ones
 * included, and one page per channel with its findings.
 */
final class RegisterPages {

    /** @param channels by unit, then name: the table's order before a reader sorts it */
    public record RegisterPage(PageFrame frame, List<ChannelView> channels) {}

    /** @param snapshotMonths how often a snapshot is due, from the organisation's review settings */
    public record ChannelPage(PageFrame frame, ChannelView channel, int snapshotMonths) {}

    private final InternalPages pages;
    private final ChannelViews views;

    RegisterPages(InternalPages pages, ChannelViews views) {
        this.pages = pages;
        this.views = views;
    }

    /** The table of every channel. */
    void writeTable() throws IOException {
        String path = Section.REGISTER.path();
        pages.write(path, "internal/register.ftlh",
                new RegisterPage(pages.frame(path, pages.messages().get("hb.register.title"), ""), views.byUnit()));
    }

    /** A page per channel of the views: the handbook makes views only of the channels a build renders. */
    void writeChannelPages() throws IOException {
        int months = pages.context().register().organisation().review().snapshotMonths();
        Parallel.forEach(views.all(), v -> {
            String p = Layout.internalChannelPage(v.id());
            pages.write(p, "internal/channel.ftlh", new ChannelPage(pages.frame(p, v.channel().name(), ""), v, months));
        });
    }
}
