package org.collabrisk.service.selfcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Runs a list of {@link Step}s in order, times each one and reports it as soon as it ends, so a user watching
 * {@code collabrisk --self-check} sees where an installation breaks. A step passes when it returns; it fails when
 * it throws; it is skipped (which also counts as not passing) when it needs something an earlier failed step
 * would have made ({@link Context#require}). The whole check passes only if every step passed.
 */
public final class SelfCheck {

    /** One thing to check. {@code action} returns a short detail for the report (or null) and throws on failure. */
    public record Step(String name, Action action) {
        public Step {
            Objects.requireNonNull(name);
            Objects.requireNonNull(action);
        }
    }

    @FunctionalInterface
    public interface Action {
        String run(Context context) throws Exception;
    }

    public enum Status { OK, FAIL, SKIP }

    public record Result(String step, Status status, long millis, String detail) {
        public boolean passed() {
            return status == Status.OK;
        }
    }

    public record Report(List<Result> results, long totalMillis) {
        public Report {
            results = List.copyOf(results);
        }

        public boolean passed() {
            return !results.isEmpty() && results.stream().allMatch(Result::passed);
        }

        public long failures() {
            return results.stream().filter(r -> !r.passed()).count();
        }
    }

    private final List<Step> steps;
    private final LongSupplier nanoClock;

    public SelfCheck(List<Step> steps) {
        this(steps, System::nanoTime);
    }

    SelfCheck(List<Step> steps, LongSupplier nanoClock) {
        this.steps = List.copyOf(steps);
        this.nanoClock = nanoClock;
    }

    public List<Step> steps() {
        return steps;
    }

    /** Runs every step (a failure does not stop the others), then closes the context (temporary files). */
    public Report run(Consumer<Result> onEachResult) {
        List<Result> results = new ArrayList<>();
        long start = nanoClock.getAsLong();
        try (Context context = new Context()) {
            for (Step step : steps) {
                Result r = runOne(step, context);
                results.add(r);
                onEachResult.accept(r);
            }
        }
        return new Report(results, toMillis(nanoClock.getAsLong() - start));
    }

    private Result runOne(Step step, Context context) {
        long t0 = nanoClock.getAsLong();
        try {
            String detail = step.action().run(context);
            return new Result(step.name(), Status.OK, toMillis(nanoClock.getAsLong() - t0), detail);
        } catch (Context.MissingPrerequisite e) {
            return new Result(step.name(), Status.SKIP, toMillis(nanoClock.getAsLong() - t0), e.getMessage());
        } catch (Exception | LinkageError | AssertionError e) {
            // LinkageError: a class or module missing from a jlinked runtime is exactly what this check is for
            return new Result(step.name(), Status.FAIL, toMillis(nanoClock.getAsLong() - t0), describe(e));
        }
    }

    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        Throwable t = e;
        for (int depth = 0; t != null && depth < 4; depth++, t = t.getCause()) {
            if (depth > 0) {
                sb.append("; caused by ");
            }
            String msg = t.getMessage();
            sb.append(msg == null || msg.isBlank() ? t.getClass().getName() : t.getClass().getSimpleName() + ": " + msg);
            if (t.getCause() == t) {
                break;
            }
        }
        return sb.toString();
    }

    private static long toMillis(long nanos) {
        return Math.round(nanos / 1_000_000.0);
    }
}
