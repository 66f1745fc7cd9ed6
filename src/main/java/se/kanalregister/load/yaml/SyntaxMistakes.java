package se.kanalregister.load.yaml;

import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a YAML parser error into the writer's mistake, at the place to fix it. SnakeYAML's
 * own words are English, name the parser's state, and often point where the parser noticed
 * the problem, lines after the mistake: a quote left open on line 3 is only noticed at the
 * next quote, which may be three fields further down. So the text itself is looked at too.
 * Anything not recognised keeps the parser's text.
 */
final class SyntaxMistakes {

    /** A mistake: where it is (0-based line and column of the text read) and the message. */
    record Mistake(int line, int column, String key, List<Object> args) {

        Mistake {
            args = List.copyOf(args);
        }

        static Mistake at(Mark m, String key, Object... args) {
            return m == null ? new Mistake(0, 0, key, List.of(args)) : new Mistake(m.getLine(), m.getColumn(), key, List.of(args));
        }
    }

    private SyntaxMistakes() {}

    static Mistake diagnose(MarkedYAMLException e, String text) {
        String problem = problem(e);
        String context = e.getContext() == null ? "" : e.getContext();
        Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        List<String> lines = text.lines().toList();
        Mistake quote = unclosedQuoteBefore(lines, at == null ? lines.size() - 1 : at.getLine());
        if (quote != null) return quote;
        if (problem.contains("end of stream") && context.contains("quoted scalar") && e.getContextMark() != null) {
            return Mistake.at(e.getContextMark(), "yaml.unclosed-quote");
        }
        if (context.contains("flow sequence") && e.getContextMark() != null) {
            return Mistake.at(e.getContextMark(), "yaml.unclosed-bracket");
        }
        if (context.contains("flow mapping") && e.getContextMark() != null) {
            return Mistake.at(e.getContextMark(), "yaml.unclosed-brace");
        }
        if (problem.contains("cannot start any token") && problem.contains("(TAB)")) return Mistake.at(at, "yaml.tab");
        if (problem.startsWith("found character '") && problem.contains("cannot start any token")) {
            return Mistake.at(at, "yaml.reserved-start", problem.substring("found character '".length(), problem.indexOf('\'', 17)));
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return at != null && indentedUnderValue(lines, at.getLine())
                    ? new Mistake(at.getLine(), 0, "yaml.indented-too-far", List.of())
                    : Mistake.at(at, "yaml.colon-in-value");
        }
        if (problem.endsWith("found ']'") || problem.endsWith("found '}'")) {
            return Mistake.at(at, "yaml.stray-bracket", problem.substring(problem.length() - 2, problem.length() - 1));
        }
        if (problem.startsWith("expected <block end>") && problem.contains("<block mapping start>")) {
            return Mistake.at(at, "yaml.indent-mismatch");
        }
        return Mistake.at(at, "yaml.syntax", problem);
    }

    private static String problem(MarkedYAMLException e) {
        String p = e.getProblem() != null ? e.getProblem() : e.getContext();
        return p == null ? "" : p.strip();
    }

    /**
     * The first value up to line {@code last} that opens a quote and leaves it open at the end
     * of its line. A quoted value may go on over several lines, so this is asked only once
     * the file failed to parse: then a quote left open is almost always the mistake.
     */
    private static Mistake unclosedQuoteBefore(List<String> lines, int last) {
        for (int i = 0; i <= last && i < lines.size(); i++) {
            String line = lines.get(i);
            int start = valueStart(line);
            if (start < 0 || start >= line.length()) continue;
            char quote = line.charAt(start);
            if ((quote == '"' || quote == '\'') && !closes(line, start + 1, quote)) {
                return new Mistake(i, start, "yaml.unclosed-quote", List.of());
            }
        }
        return null;
    }

    /** Where the value of a {@code key: value} or {@code - value} line starts, or -1. */
    private static int valueStart(String line) {
        String trimmed = line.stripLeading();
        if (trimmed.startsWith("#")) return -1;
        int indent = line.length() - trimmed.length();
        int at;
        if (trimmed.startsWith("- ")) {
            at = indent + 2;
        } else {
            int colon = line.indexOf(": ");
            if (colon < 0 || line.charAt(indent) == '"' || line.charAt(indent) == '\'') return -1;
            at = colon + 2;
        }
        while (at < line.length() && line.charAt(at) == ' ') at++;
        return at;
    }

    /** Whether a quote opened before {@code from} closes on this line ({@code \"} and {@code ''} do not close it). */
    private static boolean closes(String line, int from, char quote) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') i++;
                else return true;
            }
        }
        return false;
    }

    /**
     * Whether line {@code n} is indented further than the line above it, which holds a
     * {@code key: value}: YAML then reads it as more of that value, and its colon as a
     * colon inside a value.
     */
    private static boolean indentedUnderValue(List<String> lines, int n) {
        if (n <= 0 || n >= lines.size()) return false;
        int above = n - 1;
        while (above > 0 && lines.get(above).isBlank()) above--;
        String prev = lines.get(above);
        int prevStart = valueStart(prev);
        boolean prevHasValue = prevStart >= 0 && prevStart < prev.length() && prev.charAt(prevStart) != '#';
        return prevHasValue && indent(lines.get(n)) > indent(prev);
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }
}
