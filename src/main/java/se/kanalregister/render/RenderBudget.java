package se.kanalregister.render;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How long all the rendering of one build may take, from its first page: a user's template
 * with a loop that never ends ({@code <#list 1..2000000000 as i>}) must stop the build, not
 * hang it. When the budget is spent, every thread still rendering is interrupted; FreeMarker
 * checks for that inside the user's templates' loops. The default is far above what a
 * register of 10,000 channels takes (seconds); {@code -Dkanalregister.renderBudgetSeconds}
 * sets another. Thread-safe.
 */
final class RenderBudget {

    static final Duration DEFAULT = Duration.ofMinutes(5);

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kanalregister-render-budget");
        t.setDaemon(true);
        return t;
    });

    private final Duration budget;
    private final AtomicBoolean started = new AtomicBoolean();
    private final Set<Thread> rendering = ConcurrentHashMap.newKeySet();
    private volatile boolean spent;
    private volatile ScheduledFuture<?> timer;

    RenderBudget(Duration budget) {
        this.budget = budget;
    }

    /** The budget set for this run: the system property in whole seconds, else {@link #DEFAULT}. */
    static Duration configured() {
        Long seconds = Long.getLong("kanalregister.renderBudgetSeconds");
        return seconds != null && seconds > 0 ? Duration.ofSeconds(seconds) : DEFAULT;
    }

    /** The current thread begins a page; the first page starts the clock. */
    void enter() {
        if (started.compareAndSet(false, true)) timer = TIMER.schedule(this::expire, budget.toMillis(), TimeUnit.MILLISECONDS);
        rendering.add(Thread.currentThread());
    }

    /** The current thread is done with its page; an interrupt meant for the page is not left for its next task. */
    void leave() {
        synchronized (this) {
            rendering.remove(Thread.currentThread());
        }
        if (spent) Thread.interrupted();
    }

    boolean spent() {
        return spent;
    }

    /** The build is over: its clock is stopped. */
    void cancel() {
        ScheduledFuture<?> t = timer;
        if (t != null) t.cancel(false);
    }

    private synchronized void expire() {
        spent = true;
        for (Thread t : rendering) t.interrupt();
    }
}
