package se.kanalregister.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.kanalregister.check.Checked;
import se.kanalregister.check.Finding;
import se.kanalregister.model.Register;
import se.kanalregister.model.RegisterEntry;
import se.kanalregister.site.PageScope;
import se.kanalregister.render.Templates;

/**
 * Builds the same site again and again as its content changes: the live preview's builder.
 *
 * <p>After a change to some channels, only their own pages are rendered again, followed by
 * the pages drawn from the whole register (the directory, the handbook's lists and reports,
 * the open data); every other channel's pages stay on disk as they are, and the templates and
 * info texts of unchanged channels are reused. A change that can reach every page (the
 * organisation, a content page, a template, the day, a channel added or removed) gets a full
 * build, and so does the first build and any build after one that failed. Either way the
 * files are byte for byte those of a full build ({@code RebuilderTest}). Not thread-safe: one
 * build at a time.
 */
public final class Rebuilder {

    private final SiteBuilder.Parts parts;
    private final Path templates;
    private final Path displayBase;
    /** What the last successful build was made from; null when the next build must be a full one. */
    private Memory last;

    public Rebuilder(SiteBuilder.Parts parts, Path templates, Path displayBase) {
        this.parts = parts;
        this.templates = templates;
        this.displayBase = displayBase;
    }

    /** What a build was made from, and what the next one may reuse. */
    private record Memory(Path out, LocalDate today, TemplateStamp stamp, Templates compiled, Register register,
                          Map<String, List<Finding>> findings, PageScope scope) {}

    /**
     * Builds {@code checked} into {@code out}, as much of it as the change since the last build needs.
     *
     * @param progress told as each step of a full build begins
     * @return what was written, or null when {@code strict} held it back
     */
    public SiteBuilder.Result build(Checked checked, Path out, LocalDate today, boolean strict,
                                    BuildProgress progress) throws IOException {
        if (TemplateLinks.report(templates, displayBase, checked.diagnostics())) return null;
        Path target = out.toAbsolutePath().normalize();
        TemplateStamp stamp = TemplateStamp.of(templates);
        Memory before = last;
        last = null;  // a build that fails, or throws, leaves nothing to build on
        Map<String, List<Finding>> findings = Finding.byChannel(checked.findings());
        Set<String> changed = before == null ? null : changedChannels(before, checked.register(), findings, target, today, stamp);
        SiteBuilder.Result result;
        PageScope scope;
        Templates compiled;
        if (changed == null) {
            compiled = new Templates(templates, displayBase);
            scope = PageScope.everything();
            result = SiteBuilder.buildAll(parts, SiteBuilder.context(checked, today, compiled, scope), target, strict, progress);
        } else {
            compiled = before.compiled();
            scope = PageScope.only(changed, before.scope());
            result = SiteBuilder.buildChanged(parts, SiteBuilder.context(checked, today, compiled, scope), target, strict);
        }
        if (result != null) {
            Set<String> ids = new HashSet<>();
            for (RegisterEntry e : checked.register().entries()) ids.add(e.id());
            scope.keepOnly(ids);
            last = new Memory(target, today, stamp, compiled, checked.register(), findings, scope);
        }
        return result;
    }

    /**
     * The ids of the channels whose own pages must be rendered again, or null when a change
     * reaches every page and the build must be a full one.
     */
    private static Set<String> changedChannels(Memory before, Register now, Map<String, List<Finding>> findings, Path out,
                                               LocalDate today, TemplateStamp stamp) {
        Register then = before.register();
        boolean sameFrame = before.out().equals(out) && before.today().equals(today) && before.stamp().equals(stamp)
                && then.organisation().equals(now.organisation()) && then.pages().equals(now.pages());
        if (!sameFrame || !Files.isDirectory(out.resolve("public")) || !Files.isDirectory(out.resolve("internal"))) return null;
        List<RegisterEntry> a = then.entries();
        List<RegisterEntry> b = now.entries();
        if (a.size() != b.size()) return null;
        Set<String> changed = new HashSet<>();
        for (int i = 0; i < b.size(); i++) {
            String id = b.get(i).id();
            if (!a.get(i).id().equals(id)) return null;  // added, removed or renamed: pages to delete
            if (!a.get(i).equals(b.get(i)) || !before.findings().getOrDefault(id, List.of()).equals(findings.getOrDefault(id, List.of()))) {
                changed.add(id);
            }
        }
        return changed;
    }
}
