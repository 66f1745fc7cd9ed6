package se.kanalregister.site.handbook;

import static se.kanalregister.text.Strings.orEmpty;

import java.io.IOException;
import java.util.List;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Organisation;
import se.kanalregister.site.RenderContext;
import se.kanalregister.render.view.PageFrame;
import se.kanalregister.site.Output;
import se.kanalregister.text.Messages;

/**
 * Renders handbook pages into the internal output: the shared frame (menu, footer, the
 * relative path back to the root) and one {@code index.html} per page folder. Thread-safe.
 */
final class InternalPages {

    private final RenderContext context;
    private final Output out;
    private final Messages messages;

    InternalPages(RenderContext context, Output out) {
        this.context = context;
        this.out = out;
        this.messages = context.messages(context.register().organisation().language());
    }

    RenderContext context() {
        return context;
    }

    Messages messages() {
        return messages;
    }

    /**
     * The frame of the page in folder {@code path} ({@code ""} or ending in {@code /}); the menu
     * marks {@code current} when this page is that section's own page.
     */
    PageFrame frame(String path, String title, String description) {
        Organisation org = context.register().organisation();
        String root = Layout.toRoot(path);
        List<PageFrame.NavItem> nav = Section.nav(messages, path);
        return new PageFrame(org.language(), title, org.name(), root, "", orEmpty(description), true, nav,
                PageFrame.FooterView.of(org), List.of());
    }

    /** Renders {@code template} with {@code model} into {@code path + "index.html"}. */
    void write(String path, String template, Object model) throws IOException {
        out.write(path + "index.html", context.templates().page(template, model, messages));
    }

    /** Writes a file that is not a page. */
    void writeFile(String path, String text) throws IOException {
        out.write(path, text);
    }

}
