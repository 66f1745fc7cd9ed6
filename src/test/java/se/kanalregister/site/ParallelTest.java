package se.kanalregister.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void runsEveryStep() throws IOException {
        Set<Integer> done = ConcurrentHashMap.newKeySet();
        Parallel.forEach(IntStream.range(0, 1000).boxed().toList(), done::add);
        assertEquals(1000, done.size());
    }

    @Test
    void theFailureReportedIsTheFirstInOrderWhicheverCoreMetItFirst() {
        List<Integer> items = IntStream.range(0, 500).boxed().toList();
        for (int round = 0; round < 20; round++) {
            IOException e = assertThrows(IOException.class, () -> Parallel.forEach(items, i -> {
                if (i % 7 == 3) throw new IOException("step " + i);
            }));
            assertEquals("step 3", e.getMessage());
        }
    }

    @Test
    void tasksReportTheirFirstFailureToo() {
        RuntimeException e = assertThrows(RuntimeException.class, () -> Parallel.all(List.of(
                () -> { },
                () -> { throw new IllegalStateException("second"); },
                () -> { throw new IllegalStateException("third"); })));
        assertEquals("second", e.getMessage());
    }

    @Test
    void anErrorIsThrownAsItIs() {
        List<Integer> items = IntStream.range(0, 500).boxed().toList();
        OutOfMemoryError e = assertThrows(OutOfMemoryError.class, () -> Parallel.forEach(items, i -> {
            if (i == 250) throw new OutOfMemoryError("test");
        }));
        assertEquals("test", e.getMessage());
    }
}
