package se.kanalregister.site.state;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import se.kanalregister.diag.Diagnostic;
import se.kanalregister.render.infotext.ChannelTexts;

/**
 * What a build of an output folder was made from, kept beside it ({@link StateFile}) so that
 * the next build can tell what changed and redo only that.
 *
 * @param tool        the {@link ToolVersion} that wrote it
 * @param inputs      the files read
 * @param made        digests of what the pages were made from
 * @param output      the files written, as they were left
 * @param checked     what loading and checking reported, for a build with nothing to do to
 *                    report again; null when one of them could not be kept
 * @param rendered    what rendering reported (a short text too long for its field), which a
 *                    rebuild that leaves a channel's pages as they are must report again for it;
 *                    null when one of them could not be kept
 * @param texts       each channel's info texts without the full text, by id: the lists of every
 *                    channel (the handbook's info-text page) reuse them for the channels a
 *                    rebuild does not render, instead of rendering every channel's texts again
 */
public record BuildState(String tool, Inputs inputs, Made made, Output output, List<Diagnostic> checked,
                         List<Diagnostic> rendered, SortedMap<String, ChannelTexts> texts) {

    public BuildState {
        checked = checked == null ? null : List.copyOf(checked);
        rendered = rendered == null ? null : List.copyOf(rendered);
        texts = Collections.unmodifiableSortedMap(new TreeMap<>(texts));
    }

    /** Everything the build reported, or null when not all of it was kept. */
    public List<Diagnostic> diagnostics() {
        if (checked == null || rendered == null) return null;
        List<Diagnostic> all = new java.util.ArrayList<>(checked);
        all.addAll(rendered);
        all.sort(null);
        return all;
    }

    /**
     * The input folders and their files.
     *
     * @param display   the folder messages name files relative to
     * @param content   the content folder, absolute; "" when it was not scanned (the live
     *                  preview), and then {@code contentFiles} is empty
     * @param templates the templates folder, absolute, or "" for the built-in templates only
     * @param scanned   when the scan of the files began, in nanoseconds since 1970
     */
    public record Inputs(String display, String content, List<FileStamp> contentFiles, String templates,
                         List<FileStamp> templateFiles, long scanned) {

        public Inputs {
            contentFiles = List.copyOf(contentFiles);
            templateFiles = List.copyOf(templateFiles);
        }

        /** True when both scanned the same folders and found the same files with the same bytes. */
        public boolean sameAs(Inputs other) {
            return !content.isEmpty() && display.equals(other.display) && content.equals(other.content)
                    && templates.equals(other.templates)
                    && InputFiles.sameContent(contentFiles, other.contentFiles)
                    && InputFiles.sameContent(templateFiles, other.templateFiles);
        }
    }

    /**
     * Digests of what the pages were made from ({@link Fingerprint}).
     *
     * @param frame    what every page shows: the organisation, the content pages, the translations
     * @param shared   what only the pages drawn from the whole register show besides the channels:
     *                 the handbook's chapters and the day
     * @param channels each channel's record and findings, by id: what its own pages show
     */
    public record Made(LocalDate today, String frame, String shared, SortedMap<String, String> channels) {

        public Made {
            channels = new TreeMap<>(channels);
        }

        @Override
        public SortedMap<String, String> channels() {
            return new TreeMap<>(channels);
        }

        /** The digest of one channel, or null when it had none. */
        public String channel(String id) {
            return channels.get(id);
        }

        public int channelCount() {
            return channels.size();
        }

        /** Both made the same pages: every digest equal. */
        public boolean sameAs(Made other) {
            return frame.equals(other.frame) && shared.equals(other.shared) && channels.equals(other.channels);
        }

        static Made of(LocalDate today, String frame, String shared, Map<String, String> channels) {
            return new Made(today, frame, shared, new TreeMap<>(channels));
        }
    }

    /** The output's files: how many, and their {@link OutputPrint#digest}. */
    public record Output(int files, long digest) {

        public static Output of(OutputPrint print) {
            return new Output(print.count(), print.digest());
        }
    }
}
