package org.collabrisk.app;

import org.collabrisk.app.common.BackgroundJob;
import org.collabrisk.app.common.DialogService;
import org.collabrisk.app.common.TaskRunner;
import org.collabrisk.domain.Artifact;
import org.collabrisk.domain.ArtifactKind;
import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.Country;
import org.collabrisk.domain.ListVersion;
import org.collabrisk.domain.Outcome;
import org.collabrisk.domain.Paper;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.Reason;
import org.collabrisk.domain.Release;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.RuleSetRef;
import org.collabrisk.domain.ScreeningHit;
import org.collabrisk.domain.Stage;
import org.collabrisk.domain.UsStatus;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/** Test doubles for the app's service interfaces: deterministic, tiny, and obviously not the real evaluator. */
public final class Fakes {
    private Fakes() {
    }

    public static final RuleSetRef EAR = new RuleSetRef("ear-2026", "1", "EAR as of 2026-07-23",
            LocalDate.of(2026, 7, 23), false, List.of("eCFR 2026-07-23"));
    public static final RuleSetRef DIFFUSION = new RuleSetRef("ai-diffusion-2025", "1", "AI Diffusion rule",
            LocalDate.of(2025, 1, 15), false, List.of("90 FR 4544"));
    public static final RuleSetRef FRONTIER = new RuleSetRef("frontier-thresholds-2026", "1", "Frontier thresholds",
            LocalDate.of(2026, 9, 1), true, List.of("commentary"));

    private static final Set<String> D5 = Set.of("CN", "RU", "IR", "KP", "SY", "CU", "VE", "BY");

    /**
     * A stand-in evaluator with three rules, enough for the screens: published → NOT_SUBJECT (734.7); US person →
     * NOT_SUBJECT; unpublished weights of ≥1e26 ops to a D:5 national → REVIEW (ear-2026), LICENSE_REQUIRED
     * (ai-diffusion-2025), PROHIBITED (frontier); unknown citizenship → REVIEW; else NO_LICENSE_REQUIRED.
     */
    public static final class FakeAssessor implements CaseAssessor {
        public int calls;
        private final FakeScreening screening;

        public FakeAssessor() {
            this(null);
        }

        /** Screens with {@code screening} (null: no lists) before assessing, as the database-backed one does. */
        public FakeAssessor(FakeScreening screening) {
            this.screening = screening;
        }

        @Override
        public Assessment assess(ResearchCase c, String ruleSetId) {
            return assess(c, ruleSetId, screening == null ? List.of() : screening.screen(c));
        }

        @Override
        public List<RuleSetRef> ruleSets() {
            return List.of(EAR, DIFFUSION, FRONTIER);
        }

        public synchronized Assessment assess(ResearchCase c, String ruleSetId, List<ScreeningHit> hits) {
            calls++;
            List<Release> releases = new ArrayList<>();
            List<String> questions = new ArrayList<>();
            for (Artifact a : c.artifacts()) {
                for (Person p : c.recipientsOf(a)) {
                    releases.add(release(a, p, ruleSetId, questions));
                }
            }
            Outcome overall = Outcome.mostSevere(releases.stream().map(Release::outcome).toList());
            RuleSetRef rs = ruleSet(ruleSetId);
            return new Assessment(c.id(), rs, Instant.parse("2026-11-22T05:00:00Z"), overall, releases, hits,
                    questions, List.of(), "Screening aid for the export-control office, not legal advice. Rule set: "
                    + rs.title() + " (law as of " + rs.date() + ").");
        }

        private static Release release(Artifact a, Person p, String rs, List<String> questions) {
            Country dest = p.citizenships().isEmpty() ? null : p.citizenships().get(0);
            if (Boolean.TRUE.equals(a.published())) {
                return rel(a, p, dest, Outcome.NOT_SUBJECT, List.of(new Reason("published", "15 CFR 734.7",
                        "Published: not subject to the EAR")), List.of());
            }
            if (p.usStatus() == UsStatus.CITIZEN) {
                return rel(a, p, dest, Outcome.NOT_SUBJECT, List.of(new Reason("us-person", "15 CFR 772.1",
                        "Recipient is a U.S. person")), List.of());
            }
            if (dest == null) {
                questions.add("What is " + p.name() + "'s citizenship? (15 CFR 734.13(b))");
                return rel(a, p, null, Outcome.REVIEW, List.of(new Reason("unknown-citizenship", "15 CFR 734.13(b)",
                        "Citizenship unknown")), List.of());
            }
            boolean frontier = a.kind() == ArtifactKind.MODEL_WEIGHTS && a.trainingOperations() != null
                    && a.trainingOperations() >= 1e26;
            if (frontier && D5.contains(dest.code())) {
                Outcome o = switch (rs) {
                    case "ai-diffusion-2025" -> Outcome.LICENSE_REQUIRED;
                    case "frontier-thresholds-2026" -> Outcome.PROHIBITED;
                    default -> Outcome.REVIEW;
                };
                return rel(a, p, dest, o, List.of(
                        new Reason("subject", "15 CFR 734.3", "Unpublished weights are subject to the EAR"),
                        new Reason("4e091", "ECCN 4E091", "Weights of a model trained with ≥1e26 operations"),
                        new Reason("d5", "Supp. No. 1 to Part 740", dest.code() + " is in Country Group D:5")),
                        List.of("publish the weights first (15 CFR 734.7) → NOT_SUBJECT"));
            }
            return rel(a, p, dest, Outcome.NO_LICENSE_REQUIRED, List.of(new Reason("ear99", "15 CFR 734.3(c)",
                    "EAR99 to a non-embargoed destination")), List.of());
        }

        private static Release rel(Artifact a, Person p, Country dest, Outcome o, List<Reason> reasons,
                                   List<String> remediation) {
            return new Release(a.id(), p.id(), dest, "EAR99", o != Outcome.NOT_SUBJECT,
                    o == Outcome.LICENSE_REQUIRED || o == Outcome.PROHIBITED, o, reasons, remediation, List.of());
        }
    }

    /** Screening that flags any affiliation containing "Entity University". */
    public static final class FakeScreening implements CaseScreening {
        public final List<ListVersion> lists = new ArrayList<>();
        public Path lastImport;

        @Override
        public List<ScreeningHit> screen(ResearchCase c) {
            return c.people().stream().filter(p -> p.affiliation() != null
                            && p.affiliation().contains("Entity University"))
                    .map(p -> new ScreeningHit(p.id(), ScreeningHit.FIELD_AFFILIATION, "EL", "el-1",
                            "Entity University of Testing", "Entity University", 0.97, ScreeningHit.BAND_MATCH,
                            "For all items subject to the EAR", "Presumption of denial"))
                    .toList();
        }

        @Override
        public List<ListVersion> loadedLists() {
            return List.copyOf(lists);
        }

        @Override
        public ImportedList importList(Path file, TaskRunner.Progress progress) {
            lastImport = file;
            for (int i = 1; i <= 4; i++) {
                if (progress.isCancelled()) {
                    throw new CancellationException();
                }
                progress.update(i / 4.0, "row " + i * 10);
            }
            ListVersion v = new ListVersion(file.getFileName().toString(), "test", LocalDate.of(2026, 11, 1), 40,
                    "ab".repeat(32));
            lists.add(v);
            return new ImportedList(v, false, "");
        }
    }

    /** Records what the view models asked the user; answers from queues set by the test. */
    public static final class RecordingDialogs implements DialogService {
        public final List<String> errors = new ArrayList<>();
        public final List<String> infos = new ArrayList<>();
        public final List<String> notifications = new ArrayList<>();
        public final Deque<Optional<Path>> files = new ArrayDeque<>();
        public final Deque<Optional<String>> texts = new ArrayDeque<>();
        public final Deque<Object> choices = new ArrayDeque<>();
        public boolean confirmAnswer = true;

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }

        @Override
        public void showException(String title, Throwable error) {
            errors.add(String.valueOf(error.getMessage()));
        }

        @Override
        public void showInfo(String title, String message) {
            infos.add(message);
        }

        @Override
        public boolean confirm(String title, String message) {
            return confirmAnswer;
        }

        @Override
        public Optional<String> askText(String title, String prompt, String initialValue) {
            return texts.isEmpty() ? Optional.empty() : texts.poll();
        }

        @Override
        public Optional<char[]> askPassword(String title, String prompt) {
            return texts.isEmpty() ? Optional.empty() : texts.poll().map(String::toCharArray);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> Optional<T> choose(String title, String prompt, List<T> c, T initial) {
            return choices.isEmpty() ? Optional.empty() : Optional.of((T) choices.poll());
        }

        @Override
        public Optional<Path> chooseFileToOpen(String title, FileKind kind) {
            return files.isEmpty() ? Optional.empty() : files.poll();
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String suggestedName, FileKind kind) {
            return files.isEmpty() ? Optional.empty() : files.poll();
        }

        @Override
        public void notify(String message) {
            notifications.add(message);
        }
    }

    /**
     * A task runner whose background work waits in a queue until the test completes it, in any order: for
     * checking that a stale run is dropped.
     */
    public static final class QueuedTaskRunner implements TaskRunner {
        public final Deque<Runnable> pending = new ArrayDeque<>();
        public final List<Runnable> scheduled = new ArrayList<>();

        @Override
        public <T> BackgroundJob run(String title, BackgroundWork<T> work, ProgressListener onProgress,
                                     Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            boolean[] cancelled = {false};
            pending.add(() -> {
                try {
                    T r = work.call(Progress.NONE);
                    if (!cancelled[0]) {
                        onSuccess.accept(r);
                    }
                } catch (Exception e) {
                    if (!cancelled[0]) {
                        onFailure.accept(e);
                    }
                }
            });
            return new BackgroundJob() {
                @Override
                public void cancel() {
                    cancelled[0] = true;
                }

                @Override
                public boolean isCancelled() {
                    return cancelled[0];
                }

                @Override
                public boolean isDone() {
                    return false;
                }
            };
        }

        @Override
        public BackgroundJob schedule(Duration delay, Runnable action) {
            scheduled.add(action);
            return BackgroundJob.DONE;
        }

        @Override
        public void shutdown() {
        }
    }

    // ---- cases ----

    public static Person person(String id, String name, String citizenship) {
        return new Person(id, name, "Univ " + name, citizenship == null ? null : Country.of(citizenship),
                citizenship == null ? List.of() : List.of(Country.of(citizenship)), null,
                citizenship == null ? null : Country.of(citizenship), UsStatus.FOREIGN_PERSON, Country.of("US"));
    }

    public static Artifact weights(String id, String name, Boolean published, Double ops) {
        return new Artifact(id, ArtifactKind.MODEL_WEIGHTS, name, published, true, null, ops, 7e10, false, null,
                null, null, null, List.of());
    }

    /** Frontier weights (unpublished, 3e26 ops) shared with a Chinese and a German co-author. */
    public static ResearchCase frontierCase() {
        return new ResearchCase(1, null, "Frontier model collaboration",
                new Paper("Scaling laws", "NeurIPS", Stage.DRAFT, true, null),
                List.of(person("p1", "Wei Zhang", "CN"), person("p2", "Anna Schmidt", "DE")),
                List.of(weights("a1", "Frontier weights", false, 3e26),
                        new Artifact("a2", ArtifactKind.MANUSCRIPT, "Preprint", true, true, null, null, null, null,
                                null, null, null, null, List.of())));
    }
}
