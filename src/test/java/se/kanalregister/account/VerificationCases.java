package se.kanalregister.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.kanalregister.Kanalregister;
import se.kanalregister.check.Checked;
import se.kanalregister.model.Channel;

/** The shared case table (src/test/resources/verification/cases.tsv) and the register it is asked against. */
final class VerificationCases {

    static final Path TABLE = Path.of("src/test/resources/verification/cases.tsv");
    static final Path REGISTER = Path.of("src/test/resources/fixtures/verification");

    /** One row: what typing {@code input} must answer. */
    record Case(int line, String input, String result, Set<String> channels, Set<String> lookalike, String why) {
        @Override
        public String toString() {
            return "cases.tsv:" + line + " " + why;
        }
    }

    private VerificationCases() {}

    static List<Case> all() {
        try {
            List<String> lines = Files.readAllLines(TABLE);
            List<Case> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.startsWith("#") || l.isBlank()) continue;
                String[] c = l.split("\t", -1);
                if (c.length != 5) throw new IllegalStateException("cases.tsv:" + (i + 1) + ": 5 columns expected, found " + c.length);
                out.add(new Case(i + 1, c[0], c[1], ids(c[2]), ids(c[3]), c[4]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> ids(String column) {
        Set<String> s = new TreeSet<>();
        if (!column.equals("-")) for (String id : column.split(" ")) if (!id.isEmpty()) s.add(id);
        return s;
    }

    static Set<String> ids(List<Channel> channels) {
        Set<String> s = new TreeSet<>();
        for (Channel c : channels) s.add(c.id());
        return s;
    }

    static List<Channel> register() {
        Checked checked = new Kanalregister(Path.of("").toAbsolutePath()).check(REGISTER.toAbsolutePath(), LocalDate.of(2026, 11, 21));
        if (checked.register() == null || checked.diagnostics().hasErrors()) {
            throw new IllegalStateException("the verification register does not load: " + checked.diagnostics().sorted());
        }
        return checked.register().channels();
    }
}
