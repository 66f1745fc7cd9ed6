package se.kanalregister.site.handbook;

import java.io.IOException;
import java.util.List;
import se.kanalregister.model.Document;
import se.kanalregister.site.PageScope;
import se.kanalregister.site.RenderContext;
import se.kanalregister.render.infotext.InfoTexts;
import se.kanalregister.render.view.PageFrame;
import se.kanalregister.site.Output;
import se.kanalregister.site.Parallel;
import se.kanalregister.site.SitePart;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Organisation;
import se.kanalregister.text.Messages;

/**
 * The internal handbook in OUT/internal: the start page with its search, the chapters, the
 * full register, the compliance report, the checklists, the print edition and the search
 * index (the templates' assets are copied by {@link se.kanalregister.site.SiteBuilder}). Every link is relative and names {@code index.html}, so the
 * handbook also works opened from disk. With them the page that lists every
 * channel's short info text for its platform ({@code infotexter/}). One instance per build: the shared
 * pages reuse the channel views the channel pages made.
 */
public final class Handbook implements SitePart {

    @Override
    public List<String> templates() {
        return List.of("layout.ftlh", "internal/frame.ftlh", InfoTexts.BIO_TEMPLATE, InfoTextsPage.TEMPLATE,
                "internal/channel.ftlh", "internal/register.ftlh", "internal/compliance.ftlh", "internal/chapter.ftlh",
                "internal/chapters.ftlh", "internal/checklists.ftlh", "internal/print.ftlh", "internal/start.ftlh",
                ReviewPage.TEMPLATE, InfoTexts.FULL_TEMPLATE, InfoTexts.CLOSING_TEMPLATE);
    }

    /** The start page: the chapters, the key numbers and the way to everything else. */
    public record StartPage(PageFrame frame, List<Chapters.ChapterLink> chapters, ReportFigures.Totals totals,
                            int dueDays) {}

    /** Every channel's view, when the channel pages of this build made them all; else null. */
    private volatile ChannelViews allViews;

    @Override
    public List<String> channelFolders(Organisation organisation, String id) {
        return List.of("internal/" + Layout.internalChannelPage(id));
    }

    @Override
    public void writeChannelPages(RenderContext context, Output publicOutput, Output internalOutput) throws IOException {
        InternalPages pages = new InternalPages(context, internalOutput);
        PageScope scope = context.scope();
        ChannelViews views = new ChannelViews(context, pages.messages(), scope::rendersChannel);
        if (scope.isEverything()) allViews = views;  // the shared pages need the same views
        new RegisterPages(pages, views).writeChannelPages();
    }

    @Override
    public void writeSharedPages(RenderContext context, Output publicOutput, Output internalOutput) throws IOException {
        InternalPages pages = new InternalPages(context, internalOutput);
        ChannelViews views = allViews != null ? allViews : new ChannelViews(context, pages.messages());
        Chapters chapters = new Chapters(pages);
        Parallel.all(List.of(
                chapters::write,
                () -> new RegisterPages(pages, views).writeTable(),
                () -> {
                    ReportFigures.Totals totals = new ComplianceReport(pages, views).write();
                    pages.write(Section.START.path(), "internal/start.ftlh",
                            new StartPage(pages.frame(Section.START.path(), pages.messages().get("hb.start.title"), ""),
                                    chapters.links(), totals, ReportFigures.DUE_DAYS));
                },
                () -> Checklists.write(pages),
                () -> InfoTextsPage.write(pages),
                () -> ReviewPage.write(pages),
                () -> pages.writeFile(SearchIndex.FILE, searchIndex(pages, views).script())));
    }

    private static SearchIndex searchIndex(InternalPages pages, ChannelViews views) {
        SearchIndex index = new SearchIndex();
        for (Document d : pages.context().register().guidelines()) index.addChapter(d, pages.context().markdown());
        Messages m = pages.messages();
        for (Checklists.Checklist c : Checklists.read(m, pages.context().register().organisation().review())) {
            index.addChecklist(c, m.get("hb.checklists.title"));
        }
        for (ChannelView v : views.byUnit()) index.addChannel(v, m);
        return index;
    }
}
