package org.collabrisk.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.collabrisk.domain.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in rule sets (JSON resources under {@code org/collabrisk/rules/}) and user rule-set files. Built-ins
 * are read once, on first use, and shared: a {@link RuleSet} is immutable.
 */
public final class RuleSetCatalog {

    /** Built-in rule set ids, parents before children. */
    public static final List<String> BUILT_IN_IDS = List.of("ear-2026", "ai-diffusion-2025", "frontier-thresholds-2026");
    public static final String DEFAULT_ID = "ear-2026";

    private static final class Holder {
        static final Map<String, ObjectNode> MERGED = new LinkedHashMap<>();
        static final Map<String, RuleSet> BUILT_INS = new LinkedHashMap<>();

        static {
            for (String id : BUILT_IN_IDS) {
                String resource = "/org/collabrisk/rules/" + id + ".json";
                ObjectNode raw = RuleSetLoader.parse(readResource(resource), resource);
                RuleSetLoader loader = new RuleSetLoader(resource, MERGED::get);
                ObjectNode merged = loader.merged(raw);
                MERGED.put(id, merged);
                RuleSet rs = loader.build(merged);
                if (!rs.id().equals(id)) {
                    throw new IllegalStateException(resource + " declares id " + rs.id());
                }
                BUILT_INS.put(id, rs);
            }
        }
    }

    private RuleSetCatalog() {
    }

    public static List<RuleSet> builtIns() {
        return List.copyOf(Holder.BUILT_INS.values());
    }

    public static Optional<RuleSet> byId(String id) {
        return Optional.ofNullable(Holder.BUILT_INS.get(id));
    }

    public static RuleSet defaultRuleSet() {
        return Holder.BUILT_INS.get(DEFAULT_ID);
    }

    /**
     * A built-in id, or else the path of a rule-set file. Unknown ids that are not files are rejected with the
     * list of built-in ids.
     */
    public static RuleSet resolve(String idOrFile) {
        Optional<RuleSet> builtIn = byId(idOrFile);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        Path p = Path.of(idOrFile);
        if (!Files.isRegularFile(p)) {
            throw new InvalidInputException("'" + idOrFile + "' is neither a built-in rule set ("
                    + String.join(", ", BUILT_IN_IDS) + ") nor a rule-set file");
        }
        return load(p);
    }

    /** Reads a user's rule-set file; it may {@code extends} a built-in rule set. */
    public static RuleSet load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file");
        } catch (MalformedInputException e) {
            throw new InvalidInputException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return load(text, file.toString());
    }

    /** Parses rule-set JSON; {@code sourceName} names it in error messages. */
    public static RuleSet load(String json, String sourceName) {
        ObjectNode raw = RuleSetLoader.parse(json, sourceName);
        RuleSetLoader loader = new RuleSetLoader(sourceName, Holder.MERGED::get);
        RuleSet rs = loader.build(loader.merged(raw));
        // Assessments record the rule-set id; a user's file must not pass itself off as a built-in one.
        if (BUILT_IN_IDS.contains(rs.id())) {
            throw new InvalidInputException(sourceName + ": id: '" + rs.id() + "' is the id of a built-in rule set;"
                    + " give your rule set its own id (it may still \"extends\": \"" + rs.id() + "\")");
        }
        return rs;
    }

    private static String readResource(String resource) {
        try (InputStream in = RuleSetCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
