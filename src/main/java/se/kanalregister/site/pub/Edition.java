package se.kanalregister.site.pub;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Organisation;
import se.kanalregister.text.Messages;

/**
 * One language version of the public pages: the organisation's language at the root, and
 * each further language of {@code languages} that has a bundle (English) in its own folder.
 * The content (names, purposes, Markdown) stays in the organisation's language in every
 * edition; only the fixed texts change.
 *
 * @param lang        the fixed texts' language, the pages' {@code html lang}
 * @param prefix      the folder, {@code ""} or {@code "en/"}
 * @param messages    the fixed texts
 * @param contentLang the {@code lang} for passages of content on these pages: empty when it
 *                    is the page's own language
 */
record Edition(String lang, String prefix, Messages messages, String contentLang) {

    /** The editions to build, the root first. */
    static List<Edition> of(Organisation organisation, Function<String, Messages> bundles) {
        List<Edition> out = new ArrayList<>();
        for (String l : Layout.editionLanguages(organisation)) {
            out.add(new Edition(l, out.isEmpty() ? "" : l + "/", bundles.apply(l), contentLang(l, organisation)));
        }
        return List.copyOf(out);
    }

    private static String contentLang(String pageLang, Organisation organisation) {
        return pageLang.equals(organisation.language()) ? "" : organisation.language();
    }

    /** The {@code lang} attribute for text in {@code language} on these pages: empty when it is the page's own. */
    String langFor(String language) {
        return language == null || language.equals(lang) ? "" : language;
    }
}
