package se.kanalregister.load.yaml;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.diag.SourcePosition;

/**
 * Reads one YAML document into a {@link YamlNode} tree, safely.
 *
 * <p>It works on SnakeYAML's event stream, not its object constructor, so no YAML type ever
 * becomes a Java object: every scalar stays text ({@code NO}, {@code 012}, {@code 12:30}
 * included). Tags, anchors, aliases, merge keys, duplicate keys, a second document and
 * nesting deeper than {@link #MAX_DEPTH} are errors; with no aliases there is no alias bomb.
 * The caller caps the input's size. Stateless and thread-safe.
 */
public final class YamlReader {

    /** The register's deepest structure is three levels; anything far deeper is hostile or a mistake. */
    public static final int MAX_DEPTH = 20;

    private static final String MERGE_KEY = "<<";

    /**
     * Reads {@code text} (already decoded, no BOM) from {@code file}. Line numbers in the
     * result are shifted by {@code firstLine - 1} (front matter starts below its {@code ---}).
     *
     * @return the root node, or null when the document is empty or had an error (reported)
     */
    public YamlNode read(String text, String file, int firstLine, Diagnostics diagnostics) {
        return read(text, file, firstLine, true, diagnostics);
    }

    /** As {@link #read(String, String, int, Diagnostics)}; {@code emptyIsError} false lets a document be empty. */
    public YamlNode read(String text, String file, int firstLine, boolean emptyIsError, Diagnostics diagnostics) {
        Session s = new Session(file, firstLine, emptyIsError, diagnostics);
        try {
            return s.document(new ParserImpl(new StreamReader(text), options()));
        } catch (MarkedYAMLException e) {
            syntaxError(e, text, s);
            return null;
        } catch (ReaderException e) {
            diagnostics.error(s.positionOf(text, e.getCodePoint()), "yaml.character", String.format("U+%04X", e.getCodePoint()));
            return null;
        } catch (YAMLException e) {
            diagnostics.error(SourcePosition.of(file), "yaml.syntax", e.getMessage());
            return null;
        } catch (Stop stop) {
            return null;
        }
    }

    private static LoaderOptions options() {
        LoaderOptions o = new LoaderOptions();
        o.setAllowDuplicateKeys(false);
        o.setMaxAliasesForCollections(0);
        o.setNestingDepthLimit(MAX_DEPTH);
        o.setProcessComments(false);
        o.setCodePointLimit(Integer.MAX_VALUE); // the loader caps file size before parsing
        return o;
    }

    /** The mistake behind a parser error, at the place to fix it ({@link SyntaxMistakes}). */
    private static void syntaxError(MarkedYAMLException e, String text, Session s) {
        SyntaxMistakes.Mistake m = SyntaxMistakes.diagnose(e, text);
        s.error(m.line(), m.column(), m.key(), m.args().toArray());
    }

    /** Aborts reading after an error that makes the rest of the document meaningless. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** Text below U+0300 (where the combining marks begin) is always in NFC: nothing in it composes. */
    static boolean isBelowCombiningMarks(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x300) return false;
        return true;
    }

    /** The state of one read: a parser is single-use. */
    private static final class Session {
        private final String file;
        private final int lineOffset;
        private final Diagnostics diagnostics;
        private final boolean emptyIsError;
        private Parser parser;

        Session(String file, int firstLine, boolean emptyIsError, Diagnostics diagnostics) {
            this.file = file;
            this.lineOffset = firstLine - 1;
            this.emptyIsError = emptyIsError;
            this.diagnostics = diagnostics;
        }

        YamlNode document(Parser p) {
            this.parser = p;
            expect(Event.ID.StreamStart);
            if (parser.checkEvent(Event.ID.StreamEnd)) {
                if (emptyIsError) diagnostics.error(SourcePosition.startOf(file), "file.empty");
                return null;
            }
            expect(Event.ID.DocumentStart);
            YamlNode root = node(0);
            expect(Event.ID.DocumentEnd);
            if (!parser.checkEvent(Event.ID.StreamEnd)) {
                error(parser.peekEvent().getStartMark(), "yaml.second-document");
                throw new Stop();
            }
            return root;
        }

        private YamlNode node(int depth) {
            Event e = parser.getEvent();
            if (e instanceof AliasEvent) {
                error(e.getStartMark(), "yaml.alias");
                throw new Stop();
            }
            if (depth > MAX_DEPTH) {
                error(e.getStartMark(), "yaml.too-deep", MAX_DEPTH);
                throw new Stop();
            }
            NodeEvent ne = (NodeEvent) e;
            if (ne.getAnchor() != null) error(e.getStartMark(), "yaml.anchor", ne.getAnchor());
            if (e instanceof ScalarEvent se) {
                if (se.getTag() != null) error(e.getStartMark(), "yaml.tag", se.getTag());
                return new YamlScalar(nfc(se.getValue()), se.isPlain(), position(e.getStartMark()));
            }
            CollectionStartEvent ce = (CollectionStartEvent) e;
            if (ce.getTag() != null) error(e.getStartMark(), "yaml.tag", ce.getTag());
            return e.is(Event.ID.MappingStart) ? mapping(e, depth) : sequence(e, depth);
        }

        private YamlMapping mapping(Event start, int depth) {
            List<YamlMapping.Entry> entries = new ArrayList<>();
            Map<String, YamlScalar> seen = new HashMap<>();
            while (!parser.checkEvent(Event.ID.MappingEnd)) {
                YamlNode keyNode = node(depth + 1);
                YamlNode value = node(depth + 1);
                if (!(keyNode instanceof YamlScalar key)) {
                    diagnostics.error(keyNode.position(), "yaml.complex-key");
                    continue;
                }
                if (key.plain() && key.text().equals(MERGE_KEY)) {
                    diagnostics.error(key.position(), "yaml.merge-key");
                    continue;
                }
                YamlScalar first = seen.putIfAbsent(key.text(), key);
                if (first != null) {
                    diagnostics.error(key.position(), "yaml.duplicate-key", key.text(), first.position().line());
                    continue;
                }
                entries.add(new YamlMapping.Entry(key, value));
            }
            parser.getEvent();
            return new YamlMapping(entries, position(start.getStartMark()));
        }

        private YamlSequence sequence(Event start, int depth) {
            List<YamlNode> items = new ArrayList<>();
            while (!parser.checkEvent(Event.ID.SequenceEnd)) items.add(node(depth + 1));
            parser.getEvent();
            return new YamlSequence(items, position(start.getStartMark()));
        }

        private void expect(Event.ID id) {
            Event e = parser.getEvent();
            if (!e.is(id)) throw new IllegalStateException("YAML parser gave " + e + " where " + id + " belongs");
        }

        /** SnakeYAML's marks are 0-based; ours are 1-based and relative to the whole file. */
        SourcePosition position(Mark m) {
            return new SourcePosition(file, m.getLine() + 1 + lineOffset, m.getColumn() + 1);
        }

        /**
         * Where {@code codePoint} first stands in {@code text}: the reader stops at the first
         * character YAML does not allow, and such a character is allowed nowhere.
         */
        SourcePosition positionOf(String text, int codePoint) {
            int at = text.indexOf(codePoint);
            if (at < 0) return SourcePosition.of(file);
            int lineStart = text.lastIndexOf('\n', at - 1) + 1;
            int line = 1;
            for (int i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
            return new SourcePosition(file, line + lineOffset, text.codePointCount(lineStart, at) + 1);
        }

        /** An error at a 0-based line and column of the text read. */
        void error(int line, int column, String key, Object... args) {
            diagnostics.error(new SourcePosition(file, line + 1 + lineOffset, column + 1), key, args);
        }

        void error(Mark m, String key, Object... args) {
            diagnostics.error(m == null ? SourcePosition.of(file) : position(m), key, args);
        }

        private static String nfc(String s) {
            if (isBelowCombiningMarks(s)) return s; // the common case, and the check allocates
            return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
        }
    }
}
