package se.kanalregister.site.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.kanalregister.render.MarkdownHtml.Heading;

class TocEntryTest {

    private static TocEntry leaf(String text, String id) {
        return new TocEntry(text, id, List.of());
    }

    @Test
    void nestsTheSecondLevelUnderTheFirst() {
        List<TocEntry> toc = TocEntry.of(List.of(new Heading(2, "A", "a"), new Heading(3, "A1", "a1"),
                new Heading(3, "A2", "a2"), new Heading(2, "B", "b")));
        assertEquals(List.of(new TocEntry("A", "a", List.of(leaf("A1", "a1"), leaf("A2", "a2"))), leaf("B", "b")), toc);
    }

    @Test
    void leavesOutHeadingsDeeperThanTwoLevels() {
        List<TocEntry> toc = TocEntry.of(List.of(new Heading(2, "A", "a"), new Heading(3, "A1", "a1"), new Heading(4, "Deep", "deep")));
        assertEquals(List.of(new TocEntry("A", "a", List.of(leaf("A1", "a1")))), toc);
    }

    @Test
    void aLowerHeadingBeforeAnyHigherOneIsAnEntryOfItsOwn() {
        List<TocEntry> toc = TocEntry.of(List.of(new Heading(3, "Intro", "intro"), new Heading(2, "A", "a")));
        assertEquals(List.of(leaf("Intro", "intro"), leaf("A", "a")), toc);
    }

    @Test
    void startsFromTheHighestLevelUsed() {
        List<TocEntry> toc = TocEntry.of(List.of(new Heading(3, "A", "a"), new Heading(4, "A1", "a1")));
        assertEquals(List.of(new TocEntry("A", "a", List.of(leaf("A1", "a1")))), toc);
    }

    @Test
    void noHeadingsNoEntries() {
        assertEquals(List.of(), TocEntry.of(List.of()));
    }
}
