package se.kanalregister.site.opendata;

import java.io.IOException;
import java.util.List;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.Register;
import se.kanalregister.render.RenderContext;
import se.kanalregister.render.Templates;
import se.kanalregister.site.Output;
import se.kanalregister.site.SitePart;
import se.kanalregister.text.Messages;

/**
 * The open-data files and feeds, all in the public output: kanaler.json, kanaler.csv,
 * verifiering.json, feed.xml, dcat.rdf, sitemap.xml, robots.txt and embed/kanaler.html with
 * its stylesheet. Every file is made from {@link Channel} and {@link Organisation} (and the
 * public pages' names for the sitemap), never from internal fields, and contains no date
 * but those of the content. docs/open-data.md describes the files.
 */
public final class OpenData implements SitePart {

    static final String JSON = "kanaler.json";
    static final String CSV = "kanaler.csv";
    static final String VERIFICATION = "verifiering.json";
    static final String ROBOTS = "robots.txt";
    /** The machine-readable files, as listed in kanaler.json's metadata. */
    static final List<String> DATA_FILES = List.of(JSON, CSV, Feed.FILE, VERIFICATION, Dcat.FILE);
    /** Every file this part writes. */
    public static final List<String> FILES = List.of(JSON, CSV, VERIFICATION, Feed.FILE, Dcat.FILE, Sitemap.FILE, ROBOTS,
            Embed.HTML, Embed.CSS);

    @Override
    public void writeSharedPages(RenderContext context, Output publicOutput, Output internalOutput) throws IOException {
        Register register = context.register();
        Organisation o = register.organisation();
        List<Channel> channels = register.channels();
        SiteAddress address = SiteAddress.of(o);
        Messages messages = context.messages(o.language());
        Templates templates = context.templates();

        publicOutput.write(JSON, new ChannelsJson(o, address).text(channels,
                messages.format("opendata.dataset.title", o.name())));
        publicOutput.write(CSV, new ChannelsCsv(o, address).text(channels));
        publicOutput.write(VERIFICATION, new VerificationIndex(address).text(channels, o.name()));
        publicOutput.write(Feed.FILE, templates.render("opendata/feed.ftlx",
                new Feed(o, address, messages).view(channels), messages));
        publicOutput.write(Dcat.FILE, templates.render("opendata/dcat.ftlx",
                new Dcat(o, address, context::messages).view(channels), messages));
        SitemapView sitemap = Sitemap.view(register, address);
        publicOutput.write(Sitemap.FILE, templates.render("opendata/sitemap.ftlx", sitemap, messages));
        publicOutput.write(ROBOTS, templates.render("opendata/robots.ftl", sitemap, messages));
        EmbedView embed = new Embed(o, address, messages).view(channels);
        publicOutput.write(Embed.HTML, templates.render("opendata/embed.ftlh", embed, messages));
        publicOutput.write(Embed.CSS, templates.render("opendata/embed.css.ftl", embed, messages));
    }
}
