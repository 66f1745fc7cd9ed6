package se.kanalregister.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import se.kanalregister.check.Checked;
import se.kanalregister.model.Layout;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.Translation;
import se.kanalregister.text.Messages;

/**
 * What {@code check} says about the languages of the info texts: those that are complete
 * (built in, or a translation without errors) and those that are not, and so are not
 * published. Said only when organisation.yaml lists a language that needs a translation.
 */
final class LanguageSummary {

    private LanguageSummary() {}

    static void print(Checked checked, PrintStream err, Messages messages, boolean quiet) {
        if (quiet || checked.register() == null) return;
        Organisation o = checked.register().organisation();
        List<String> complete = new ArrayList<>(Layout.editionLanguages(o));
        for (Translation t : checked.register().translations()) complete.add(t.language());
        List<String> incomplete = o.languages().stream().filter(l -> !complete.contains(l)).toList();
        if (complete.size() == Layout.editionLanguages(o).size() && incomplete.isEmpty()) return;
        err.println(incomplete.isEmpty() ? messages.format("cli.languages.complete", String.join(", ", complete))
                : messages.format("cli.languages", String.join(", ", complete), String.join(", ", incomplete)));
    }
}
