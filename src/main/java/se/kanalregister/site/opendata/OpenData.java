package se.kanalregister.site.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.Register;
import se.kanalregister.model.SiteAddress;
import se.kanalregister.site.RenderContext;
import se.kanalregister.render.StreamedPage;
import se.kanalregister.render.Templates;
import se.kanalregister.site.Output;
import se.kanalregister.site.Parallel;
import se.kanalregister.site.SitePart;
import se.kanalregister.text.Messages;

/**
 * The open-data files and feeds, all in the public output: kanaler.json, kanaler.csv,
 * verifiering.json, feed.xml, dcat.rdf, sitemap.xml, robots.txt, embed/kanaler.html with
 * its stylesheet, and the JSON Schema of kanaler.json. Every file is made from {@link Channel} and {@link Organisation} (and the
 * public pages' names for the sitemap), never from internal fields, and contains no date
 * but those of the content. docs/open-data.md describes the files.
 */
public final class OpenData implements SitePart {

    @Override
    public List<String> templates() {
        return List.of("opendata/feed.ftlx", "opendata/dcat.ftlx", "opendata/sitemap.ftlx", "opendata/robots.ftl",
                "opendata/embed.ftlh", "opendata/embed.css.ftl");
    }

    static final String JSON = "kanaler.json";
    static final String CSV = "kanaler.csv";
    static final String VERIFICATION = "verifiering.json";
    static final String ROBOTS = "robots.txt";
    /** The JSON Schema of kanaler.json, published beside it so that its {@code $schema} can be followed. */
    static final String JSON_SCHEMA = "schemas/kanaler.schema.json";
    /** The machine-readable files, as listed in kanaler.json's metadata. */
    static final List<String> DATA_FILES = List.of(JSON, CSV, Feed.FILE, VERIFICATION, Dcat.FILE);
    /** Every file this part writes. */
    public static final List<String> FILES = List.of(JSON, CSV, VERIFICATION, Feed.FILE, Dcat.FILE, Sitemap.FILE, ROBOTS,
            Embed.HTML, Embed.CSS, JSON_SCHEMA);

    @Override
    public void writeSharedPages(RenderContext context, Output publicOutput, Output internalOutput) throws IOException {
        Register register = context.register();
        Organisation o = register.organisation();
        List<Channel> channels = register.channels();
        SiteAddress address = SiteAddress.of(o);
        Messages messages = context.messages(o.language());
        Templates templates = context.templates();
        SitemapView sitemap = Sitemap.view(register, address);
        EmbedView embed = new Embed(o, address, messages, context.swedishOrder()).view(channels);

        Map<String, StreamedPage> files = new LinkedHashMap<>();
        files.put(JSON, out -> new ChannelsJson(o, address).page(channels,
                messages.format("opendata.dataset.title", o.name())).writeTo(out));
        files.put(Feed.FILE, out -> templates.renderUtf8("opendata/feed.ftlx", new Feed(o, address, messages).view(channels),
                messages, out));
        files.put(VERIFICATION, out -> new VerificationIndex(address, context.identities()).page(channels, o.name()).writeTo(out));
        files.put(CSV, out -> new ChannelsCsv(o, address).page(channels).writeTo(out));
        files.put(Embed.HTML, templates.page("opendata/embed.ftlh", embed, messages));
        files.put(Dcat.FILE, out -> templates.renderUtf8("opendata/dcat.ftlx",
                new Dcat(o, address, context::messages).view(channels), messages, out));
        files.put(Sitemap.FILE, templates.page("opendata/sitemap.ftlx", sitemap, messages));
        files.put(ROBOTS, templates.page("opendata/robots.ftl", sitemap, messages));
        files.put(Embed.CSS, templates.page("opendata/embed.css.ftl", embed, messages));
        files.put(JSON_SCHEMA, OpenData::copyJsonSchema);
        writeConcurrently(files, publicOutput);
    }

    /** The schema as the repository's schemas/ folder holds it, packaged into the jar by the build. */
    private static void copyJsonSchema(OutputStream out) throws IOException {
        try (InputStream in = OpenData.class.getResourceAsStream("/se/kanalregister/schemas/kanaler.schema.json")) {
            if (in == null) throw new IOException("kanaler.schema.json is missing from the program");
            in.transferTo(out);
        }
    }

    /**
     * The files are independent and each is made by one thread; made side by side, a large
     * register's big ones (kanaler.json, feed.xml, verifiering.json) keep both cores busy.
     * When several fail (a user's broken templates), the first in order is reported.
     */
    private static void writeConcurrently(Map<String, StreamedPage> files, Output out) throws IOException {
        List<Parallel.Task> tasks = new ArrayList<>();
        files.forEach((path, page) -> tasks.add(() -> out.write(path, page)));
        Parallel.all(tasks);
    }
}
