package org.collabrisk.service.selfcheck;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SelfCheckTest {

    private static final Context.Key<String> THING = new Context.Key<>("thing", String.class);

    @Test
    void passesOnlyWhenEveryStepPasses() {
        SelfCheck.Report report = new SelfCheck(List.of(
                new SelfCheck.Step("first", ctx -> null),
                new SelfCheck.Step("second", ctx -> "detail"))).run(r -> { });
        assertTrue(report.passed());
        assertEquals(List.of(SelfCheck.Status.OK, SelfCheck.Status.OK),
                report.results().stream().map(SelfCheck.Result::status).toList());
        assertEquals("detail", report.results().get(1).detail());
    }

    @Test
    void aFailedStepFailsTheCheckSkipsItsDependantsAndRunsTheRest() {
        List<String> seen = new ArrayList<>();
        SelfCheck.Report report = new SelfCheck(List.of(
                new SelfCheck.Step("make thing", ctx -> {
                    throw new IllegalStateException("disk full");
                }),
                new SelfCheck.Step("use thing", ctx -> ctx.require(THING)),
                new SelfCheck.Step("independent", ctx -> "ran"))).run(r -> seen.add(r.step() + "=" + r.status()));

        assertFalse(report.passed());
        assertEquals(2, report.failures());
        assertEquals(List.of("make thing=FAIL", "use thing=SKIP", "independent=OK"), seen);
        assertEquals("IllegalStateException: disk full", report.results().get(0).detail());
        assertTrue(report.results().get(1).detail().contains("thing"), report.results().get(1).detail());
    }

    @Test
    void valuesPassFromStepToStep() {
        SelfCheck.Report report = new SelfCheck(List.of(
                new SelfCheck.Step("make", ctx -> {
                    ctx.put(THING, "made");
                    return null;
                }),
                new SelfCheck.Step("use", ctx -> ctx.require(THING)))).run(r -> { });
        assertTrue(report.passed());
        assertEquals("made", report.results().get(1).detail());
    }

    @Test
    void aMissingClassIsAFailureNotACrash() {
        SelfCheck.Report report = new SelfCheck(List.of(new SelfCheck.Step("link", ctx -> {
            throw new NoClassDefFoundError("org/h2/Driver");
        }))).run(r -> { });
        assertFalse(report.passed());
        assertEquals(SelfCheck.Status.FAIL, report.results().get(0).status());
        assertTrue(report.results().get(0).detail().contains("org/h2/Driver"));
    }

    @Test
    void noStepsIsNotAPass() {
        assertFalse(new SelfCheck(List.of()).run(r -> { }).passed());
    }

    @Test
    void eachStepIsTimedWithItsOwnClockReadings() {
        AtomicLong now = new AtomicLong();
        // every clock reading advances 5 ms: a step's time is its own end minus its own start
        SelfCheck check = new SelfCheck(List.of(new SelfCheck.Step("a", ctx -> null), new SelfCheck.Step("b", ctx -> null)),
                () -> now.getAndAdd(5_000_000));
        SelfCheck.Report report = check.run(r -> { });
        assertEquals(5, report.results().get(0).millis());
        assertEquals(5, report.results().get(1).millis());
        assertEquals(25, report.totalMillis());
    }

    @Test
    void temporaryFoldersAndResourcesAreCleanedUpAfterTheRun() {
        Path[] made = new Path[1];
        boolean[] closed = new boolean[1];
        Context.Key<AutoCloseable> resource = new Context.Key<>("resource", AutoCloseable.class);
        new SelfCheck(List.of(new SelfCheck.Step("tmp", ctx -> {
            made[0] = ctx.createTemporaryFolder("selfcheck-test-");
            Files.createDirectories(made[0].resolve("db"));
            Files.writeString(made[0].resolve("db/x.mv.db"), "x");
            ctx.put(resource, () -> closed[0] = true);
            return null;
        }))).run(r -> { });
        assertFalse(Files.exists(made[0]), "temporary folder left behind: " + made[0]);
        assertTrue(closed[0]);
    }

    @Test
    void describeFollowsCauses() {
        String d = SelfCheck.describe(new RuntimeException("outer", new java.io.IOException("inner")));
        assertEquals("RuntimeException: outer; caused by IOException: inner", d);
    }
}
