package org.collabrisk.service.selfcheck;

import org.collabrisk.config.LogFormat;
import org.collabrisk.config.LogRedaction;
import org.collabrisk.config.RotatingLogFile;
import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.exchange.CaseJson;
import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.Outcome;
import org.collabrisk.rules.Evaluator;
import org.collabrisk.rules.RuleSet;
import org.collabrisk.rules.RuleSetCatalog;
import org.collabrisk.service.CaseService;
import org.collabrisk.service.StoredCase;
import org.collabrisk.store.Database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * The steps of {@code collabrisk --self-check}, in order. Each one exercises a part an installation can break:
 * a module left out of the jlinked runtime, a jar missing from the class path, a resource not packaged, a data
 * folder that cannot be written. Nothing touches the user's own data: everything happens in a temporary folder
 * that is deleted afterwards.
 */
public final class SelfCheckSteps {

    /**
     * JDK modules the application needs at run time. The installers' jlinked runtime must contain them: keep in
     * step with {@code <addModules>} in pom.xml (SelfCheckStepsTest compares the two).
     */
    public static final List<String> REQUIRED_JDK_MODULES = List.of(
            "java.base", "java.compiler", "java.desktop", "java.instrument", "java.logging", "java.management",
            "java.naming", "java.scripting", "java.sql", "java.xml", "jdk.net", "jdk.unsupported", "jdk.zipfs");

    /** One class from each desktop library, loaded without initialising (no display needed). */
    static final List<String> DESKTOP_CLASSES = List.of(
            "javafx.scene.control.Control", "javafx.embed.swing.SwingFXUtils", "org.controlsfx.control.Notifications");

    public static final String SAMPLE_CASE_RESOURCE = "/org/collabrisk/selfcheck/sample-case.json";

    public static final Context.Key<Path> TEMPORARY_FOLDER = new Context.Key<>("temporary folder", Path.class);
    public static final Context.Key<ResearchCase> SAMPLE_CASE = new Context.Key<>("sample case", ResearchCase.class);
    public static final Context.Key<Database> DATABASE = new Context.Key<>("temporary database", Database.class);

    private SelfCheckSteps() {
    }

    public static List<SelfCheck.Step> standard() {
        List<SelfCheck.Step> steps = new ArrayList<>();
        steps.add(new SelfCheck.Step("check Java runtime modules", ctx -> checkModules()));
        steps.add(new SelfCheck.Step("load desktop libraries", ctx -> loadDesktopClasses()));
        steps.add(new SelfCheck.Step("create temporary folder", SelfCheckSteps::createTemporaryFolder));
        steps.add(new SelfCheck.Step("write private log file", SelfCheckSteps::writeLogFile));
        steps.add(new SelfCheck.Step("read built-in sample case", SelfCheckSteps::readSampleCase));
        steps.add(new SelfCheck.Step("open temporary database, run migrations", SelfCheckSteps::openDatabase));
        steps.add(new SelfCheck.Step("save and reload sample case", SelfCheckSteps::saveAndReloadSample));
        steps.add(new SelfCheck.Step("load built-in rule sets", ctx -> loadRuleSets()));
        steps.add(new SelfCheck.Step("assess sample case", SelfCheckSteps::assessSample));
        return steps;
    }

    static String checkModules() {
        List<String> missing = REQUIRED_JDK_MODULES.stream()
                .filter(m -> ModuleLayer.boot().findModule(m).isEmpty())
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the Java runtime lacks module(s) " + String.join(", ", missing));
        }
        return "Java " + Runtime.version() + ", " + ModuleLayer.boot().modules().size() + " modules";
    }

    static String loadDesktopClasses() throws ClassNotFoundException {
        ClassLoader loader = SelfCheckSteps.class.getClassLoader();
        for (String name : DESKTOP_CLASSES) {
            Class.forName(name, false, loader);
        }
        return "JavaFX " + javaFxVersion(loader) + ", ControlsFX";
    }

    private static String javaFxVersion(ClassLoader loader) {
        // javafx.runtime.version is only set once the toolkit starts; the module or jar says it without starting
        try {
            Class<?> c = Class.forName("javafx.scene.control.Control", false, loader);
            return c.getModule().getDescriptor() != null
                    ? c.getModule().getDescriptor().rawVersion().orElse("(module)")
                    : "(class path)";
        } catch (ClassNotFoundException e) {
            return "?";
        }
    }

    static String createTemporaryFolder(Context ctx) throws IOException {
        Path dir = ctx.createTemporaryFolder("collabrisk-self-check-");
        Path probe = Files.writeString(dir.resolve("probe.txt"), "self-check");
        if (!"self-check".equals(Files.readString(probe))) {
            throw new IOException("wrote a file in " + dir + " but read back something else");
        }
        ctx.put(TEMPORARY_FOLDER, dir);
        return null;
    }

    /** Logs a line naming a (sample) person through the real handler and formatter: no name may reach the file. */
    static String writeLogFile(Context ctx) throws IOException {
        Path logs = ctx.require(TEMPORARY_FOLDER).resolve("logs");
        RotatingLogFile handler = new RotatingLogFile(logs, "collabrisk.log", 64 * 1024, 2,
                new LogFormat(new LogRedaction(System.getProperty("user.home"))));
        try {
            Person sample = new Person("p1", "Sample Co-author", "Example University", null, List.of(), null, null,
                    null, null);
            LogRecord record = new LogRecord(Level.INFO, "self-check log line for {0}");
            record.setLoggerName(SelfCheckSteps.class.getName());
            record.setParameters(new Object[]{sample});
            handler.publish(record);
        } finally {
            handler.close();
        }
        String text = Files.readString(handler.file());
        if (!text.contains("self-check log line for person p1")) {
            throw new IOException("the log line did not reach " + handler.file());
        }
        if (text.contains("Sample Co-author")) {
            throw new IllegalStateException("a person's name reached the log file");
        }
        if (logs.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            String perms = PosixFilePermissions.toString(Files.getPosixFilePermissions(handler.file()));
            if (!perms.equals("rw-------")) {
                throw new IllegalStateException("log file permissions are " + perms + ", not rw-------");
            }
            return "user-only (rw-------)";
        }
        return null;
    }

    static String readSampleCase(Context ctx) throws IOException {
        ResearchCase sample = loadSampleCase();
        if (sample.people().isEmpty() || sample.artifacts().isEmpty()) {
            throw new IllegalStateException("the sample case has no people or no artifacts");
        }
        ctx.put(SAMPLE_CASE, sample);
        return sample.people().size() + " person, " + sample.artifacts().size() + " artifact";
    }

    /**
     * Creates a database in the temporary folder through the store's own open path, which runs every Flyway
     * migration, then checks that the schema history reached the version this build expects.
     */
    static String openDatabase(Context ctx) throws SQLException {
        Path file = ctx.require(TEMPORARY_FOLDER).resolve("db").resolve("collabrisk");
        Database db = Database.open(file);
        ctx.put(DATABASE, db);
        int applied;
        int migrations;
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), MAX(CAST(\"version\" AS INT)) "
                     + "FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            migrations = rs.getInt(1);
            applied = rs.getInt(2);
        }
        if (applied != Database.SCHEMA_VERSION) {
            throw new IllegalStateException("the migrations reached schema version " + applied + ", expected "
                    + Database.SCHEMA_VERSION);
        }
        return "schema v" + applied + ", " + migrations + " migrations";
    }

    static String saveAndReloadSample(Context ctx) {
        ResearchCase sample = ctx.require(SAMPLE_CASE);
        Database db = ctx.require(DATABASE);
        CaseService cases = new CaseService(db, "self-check");
        StoredCase saved = cases.save(sample).stored();
        StoredCase reloaded = cases.get(saved.id());
        if (!reloaded.content().equals(saved.content())) {
            throw new IllegalStateException("the case read back from the database differs from the one saved");
        }
        return "case " + saved.id() + ", revision " + reloaded.summary().revision();
    }

    static String loadRuleSets() {
        List<RuleSet> all = RuleSetCatalog.builtIns();
        List<String> ids = all.stream().map(RuleSet::id).sorted().toList();
        List<String> expected = RuleSetCatalog.BUILT_IN_IDS.stream().sorted().toList();
        if (!ids.equals(expected)) {
            throw new IllegalStateException("built-in rule sets " + ids + ", expected " + expected);
        }
        return String.join(", ", RuleSetCatalog.BUILT_IN_IDS);
    }

    /**
     * Runs the evaluator on the sample with the default rule set. The sample's model weights are published, so
     * they are not subject to the EAR (15 CFR 734.3(b)(3), 734.7): anything but NOT_SUBJECT means the packaged
     * rules or evaluator are broken.
     */
    static String assessSample(Context ctx) {
        ResearchCase sample = ctx.require(SAMPLE_CASE);
        RuleSet rules = RuleSetCatalog.defaultRuleSet();
        Assessment assessment = new Evaluator().assess(sample, rules);
        if (assessment.releases().isEmpty()) {
            throw new IllegalStateException("the evaluator found no release in the sample case");
        }
        if (assessment.overall() != Outcome.NOT_SUBJECT) {
            throw new IllegalStateException("the sample (published weights, 15 CFR 734.7) was assessed "
                    + assessment.overall() + " under " + rules.id() + ", expected NOT_SUBJECT");
        }
        return rules.id() + ": " + assessment.overall() + ", " + assessment.releases().size() + " release";
    }

    /** The built-in sample, read through the same strict reader as users' case files. */
    public static ResearchCase loadSampleCase() throws IOException {
        try (InputStream in = SelfCheckSteps.class.getResourceAsStream(SAMPLE_CASE_RESOURCE)) {
            if (in == null) {
                throw new InvalidInputException("the built-in sample case " + SAMPLE_CASE_RESOURCE
                        + " is missing from the application jar");
            }
            return CaseJson.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                    "built-in sample case " + SAMPLE_CASE_RESOURCE);
        }
    }
}
