package org.collabrisk.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.collabrisk.domain.ArtifactKind;
import org.collabrisk.domain.Country;
import org.collabrisk.domain.InvalidInputException;
import org.collabrisk.domain.Outcome;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a rule set file (format described in docs/evaluator.md) strictly: an unknown field, a wrong type, an
 * invalid country code, a reference to an undefined group, column or licence exception is an
 * {@link InvalidInputException} naming the file and the JSON path of the bad entry, e.g.
 * {@code my-rules.json: countryGroups.D:5.members[3]: 'XX' is not an ISO 3166-1 alpha-2 country code}.
 * A file may {@code extends} a built-in rule set: its sections are merged key by key (a key set to null removes
 * the inherited entry).
 */
final class RuleSetLoader {

    static final int FORMAT = 1;

    /** Sections merged key by key with the parent when a rule set extends another. */
    private static final Set<String> KEYED_SECTIONS = Set.of("countryGroups", "licenseExceptions", "eccns",
            "modelControls", "embargoes", "restrictedLists");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final String source;
    private final Function<String, ObjectNode> parentResolver;

    /**
     * @param source         the file name used in error messages
     * @param parentResolver finds the raw (merged) JSON of a rule set named in {@code extends}; null if unknown
     */
    RuleSetLoader(String source, Function<String, ObjectNode> parentResolver) {
        this.source = source;
        this.parentResolver = parentResolver;
    }

    static ObjectNode parse(String json, String source) {
        try {
            JsonNode n = MAPPER.readTree(json);
            if (n == null || !n.isObject()) {
                throw new InvalidInputException(source + ": a rule set file must hold one JSON object");
            }
            return (ObjectNode) n;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new InvalidInputException(source + where + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Resolves {@code extends} and returns the merged tree (without the extends key). */
    ObjectNode merged(ObjectNode raw) {
        JsonNode ext = raw.get("extends");
        if (ext == null || ext.isNull()) {
            ObjectNode copy = raw.deepCopy();
            copy.remove("extends");
            return copy;
        }
        if (!ext.isTextual()) {
            throw bad("extends", "must be the id of a built-in rule set");
        }
        ObjectNode parent = parentResolver.apply(ext.asText());
        if (parent == null) {
            throw bad("extends", "'" + ext.asText() + "' is not a known rule set");
        }
        ObjectNode out = parent.deepCopy();
        Iterator<Map.Entry<String, JsonNode>> it = raw.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode value = e.getValue();
            if (key.equals("extends")) {
                continue;
            }
            if (KEYED_SECTIONS.contains(key) && value.isObject() && out.get(key) instanceof ObjectNode base) {
                mergeKeys(base, (ObjectNode) value);
            } else if (key.equals("countryChart") && value.isObject() && out.get(key) instanceof ObjectNode base) {
                Iterator<Map.Entry<String, JsonNode>> ct = value.properties().iterator();
                while (ct.hasNext()) {
                    Map.Entry<String, JsonNode> c = ct.next();
                    if (c.getKey().equals("columns") && c.getValue().isObject()
                            && base.get("columns") instanceof ObjectNode cols) {
                        mergeKeys(cols, (ObjectNode) c.getValue());
                    } else {
                        base.set(c.getKey(), c.getValue());
                    }
                }
            } else {
                out.set(key, value);
            }
        }
        return out;
    }

    private static void mergeKeys(ObjectNode base, ObjectNode override) {
        Iterator<Map.Entry<String, JsonNode>> it = override.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) {
                base.remove(e.getKey());
            } else {
                base.set(e.getKey(), e.getValue());
            }
        }
    }

    static String pretty(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    RuleSet build(ObjectNode root) {
        fields(root, "", Set.of("ruleSetFormat", "id", "version", "title", "description", "lawDate",
                        "hypothetical", "sources", "countryGroups", "countryChart", "licenseExceptions", "eccns",
                        "modelControls", "encryption", "embargoes", "regionalEmbargo", "restrictedLists"),
                Set.of("ruleSetFormat", "id", "version", "title", "description", "lawDate", "hypothetical",
                        "sources", "countryGroups", "countryChart", "eccns", "restrictedLists"));
        int format = root.get("ruleSetFormat").isInt() ? root.get("ruleSetFormat").asInt() : -1;
        if (format != FORMAT) {
            throw bad("ruleSetFormat", "must be " + FORMAT);
        }
        String id = text(root, "", "id");
        if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
            throw bad("id", "'" + id + "' must be lower-case letters, digits, '.' and '-'");
        }
        String version = text(root, "", "version");
        String title = text(root, "", "title");
        String description = text(root, "", "description");
        LocalDate lawDate;
        try {
            lawDate = LocalDate.parse(text(root, "", "lawDate"));
        } catch (DateTimeParseException e) {
            throw bad("lawDate", "must be a date such as 2026-07-23");
        }
        boolean hypothetical = bool(root, "", "hypothetical", false);
        List<String> sources = textList(root.get("sources"), "sources");
        if (sources.isEmpty()) {
            throw bad("sources", "must name at least one source");
        }

        Map<String, RuleSet.CountryGroup> groups = readGroups(root.get("countryGroups"));
        JsonNode chart = root.get("countryChart");
        requireObject(chart, "countryChart");
        fields(chart, "countryChart", Set.of("citation", "embargoedRows", "sameRowAs", "columns"),
                Set.of("citation", "embargoedRows", "columns"));
        String chartCitation = text(chart, "countryChart", "citation");
        RuleSet.CountryGroup embargoedRows = readGroup("countryChart.embargoedRows", "embargoedRows",
                chart.get("embargoedRows"), Map.of());
        Map<Country, Country> sameRow = new LinkedHashMap<>();
        JsonNode sr = chart.get("sameRowAs");
        if (sr != null) {
            requireObject(sr, "countryChart.sameRowAs");
            Iterator<Map.Entry<String, JsonNode>> it = sr.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = "countryChart.sameRowAs." + e.getKey();
                sameRow.put(country(e.getKey(), p), country(e.getValue(), p));
            }
        }
        Map<String, RuleSet.ChartColumn> columns = new LinkedHashMap<>();
        JsonNode cols = chart.get("columns");
        requireObject(cols, "countryChart.columns");
        Iterator<Map.Entry<String, JsonNode>> ci = cols.properties().iterator();
        while (ci.hasNext()) {
            Map.Entry<String, JsonNode> e = ci.next();
            String p = "countryChart.columns." + e.getKey();
            JsonNode c = e.getValue();
            requireObject(c, p);
            fields(c, p, Set.of("title", "citation", "markedFor", "markedForAllExcept"), Set.of("citation"));
            CountrySet marked;
            if (c.has("markedFor") == c.has("markedForAllExcept")) {
                throw bad(p, "needs exactly one of 'markedFor' and 'markedForAllExcept'");
            } else if (c.has("markedFor")) {
                marked = countries(c.get("markedFor"), p + ".markedFor");
            } else {
                marked = CountrySet.ALL.minus(countries(c.get("markedForAllExcept"), p + ".markedForAllExcept"))
                        .minus(CountrySet.ofCodes("US"));
            }
            // Territories take their row's marks (738.3(b)); embargoed rows carry no marks (Part 746 decides).
            for (Map.Entry<Country, Country> t : sameRow.entrySet()) {
                marked = marked.contains(t.getValue()) ? marked.union(CountrySet.of(List.of(t.getKey())))
                        : marked.minus(CountrySet.of(List.of(t.getKey())));
            }
            marked = marked.minus(embargoedRows.members());
            columns.put(e.getKey(), new RuleSet.ChartColumn(e.getKey(), optText(c, "title", e.getKey()),
                    text(c, p, "citation"), marked));
        }

        Map<String, RuleSet.LicenseException> exceptions = new LinkedHashMap<>();
        JsonNode le = root.get("licenseExceptions");
        if (le != null) {
            requireObject(le, "licenseExceptions");
            Iterator<Map.Entry<String, JsonNode>> it = le.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = "licenseExceptions." + e.getKey();
                JsonNode x = e.getValue();
                requireObject(x, p);
                fields(x, p, Set.of("title", "citation", "eligible", "overcomes", "text"),
                        Set.of("citation", "eligible", "text"));
                exceptions.put(e.getKey(), new RuleSet.LicenseException(e.getKey(), optText(x, "title", e.getKey()),
                        text(x, p, "citation"), scope(x.get("eligible"), p + ".eligible", groups),
                        scopeGroups(x.get("eligible")), x.has("overcomes")
                        ? Set.copyOf(textList(x.get("overcomes"), p + ".overcomes")) : Set.of(), text(x, p, "text")));
            }
        }

        Map<String, RuleSet.EccnEntry> eccns = new LinkedHashMap<>();
        JsonNode ec = root.get("eccns");
        requireObject(ec, "eccns");
        Iterator<Map.Entry<String, JsonNode>> ei = ec.properties().iterator();
        while (ei.hasNext()) {
            Map.Entry<String, JsonNode> e = ei.next();
            eccns.put(e.getKey(), readEccn(e.getKey(), e.getValue(), groups, columns, exceptions));
        }
        if (!eccns.containsKey("EAR99")) {
            throw bad("eccns", "must define EAR99 (15 CFR 774.1(a))");
        }

        List<RuleSet.ModelControl> models = new ArrayList<>();
        JsonNode mc = root.get("modelControls");
        if (mc != null) {
            requireObject(mc, "modelControls");
            Iterator<Map.Entry<String, JsonNode>> it = mc.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                models.add(readModelControl(e.getKey(), e.getValue(), eccns));
            }
        }

        RuleSet.EncryptionRule encryption = null;
        JsonNode en = root.get("encryption");
        if (en != null) {
            requireObject(en, "encryption");
            fields(en, "encryption", Set.of("classification", "kinds", "citation", "publishedSourceCodeCitation",
                    "notificationCitation"), Set.of("classification", "kinds", "citation",
                    "publishedSourceCodeCitation", "notificationCitation"));
            String cls = text(en, "encryption", "classification");
            if (!eccns.containsKey(cls)) {
                throw bad("encryption.classification", "'" + cls + "' is not defined in eccns");
            }
            encryption = new RuleSet.EncryptionRule(cls, kinds(en.get("kinds"), "encryption.kinds"),
                    text(en, "encryption", "citation"), text(en, "encryption", "publishedSourceCodeCitation"),
                    text(en, "encryption", "notificationCitation"));
        }

        Map<Country, RuleSet.Embargo> embargoes = new HashMap<>();
        JsonNode em = root.get("embargoes");
        if (em != null) {
            requireObject(em, "embargoes");
            Iterator<Map.Entry<String, JsonNode>> it = em.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                RuleSet.Embargo emb = readEmbargo(e.getKey(), e.getValue());
                embargoes.put(emb.country(), emb);
            }
        }

        RuleSet.RegionalEmbargo regional = null;
        JsonNode re = root.get("regionalEmbargo");
        if (re != null) {
            String p = "regionalEmbargo";
            requireObject(re, p);
            Set<String> all = Set.of("country", "regions", "citation", "text", "outcome", "passportCitation",
                    "question");
            fields(re, p, all, all);
            regional = new RuleSet.RegionalEmbargo(country(re.get("country"), p + ".country"),
                    text(re, p, "regions"), text(re, p, "citation"), text(re, p, "text"),
                    outcome(re.get("outcome"), p + ".outcome"), text(re, p, "passportCitation"),
                    text(re, p, "question"));
        }

        Map<String, RuleSet.ListRule> lists = new HashMap<>();
        JsonNode rl = root.get("restrictedLists");
        requireObject(rl, "restrictedLists");
        Iterator<Map.Entry<String, JsonNode>> li = rl.properties().iterator();
        while (li.hasNext()) {
            Map.Entry<String, JsonNode> e = li.next();
            String p = "restrictedLists." + e.getKey();
            JsonNode x = e.getValue();
            requireObject(x, p);
            fields(x, p, Set.of("citation", "text", "outcome", "denialOutcome", "otherPolicyOutcome", "question"),
                    Set.of("citation", "text"));
            Outcome out = x.has("outcome") ? outcome(x.get("outcome"), p + ".outcome") : null;
            Outcome deny = x.has("denialOutcome") ? outcome(x.get("denialOutcome"), p + ".denialOutcome") : null;
            Outcome other = x.has("otherPolicyOutcome")
                    ? outcome(x.get("otherPolicyOutcome"), p + ".otherPolicyOutcome") : null;
            if (out == null && (deny == null || other == null)) {
                throw bad(p, "needs 'outcome', or both 'denialOutcome' and 'otherPolicyOutcome'");
            }
            if (out == Outcome.REVIEW && !x.has("question")) {
                throw bad(p, "a REVIEW outcome needs a 'question'");
            }
            lists.put(e.getKey(), new RuleSet.ListRule(e.getKey(), text(x, p, "citation"), text(x, p, "text"), out,
                    deny, other, optText(x, "question", null)));
        }
        if (!lists.containsKey("OTHER")) {
            throw bad("restrictedLists", "must define OTHER (the rule for lists without their own entry)");
        }

        return new RuleSet(id, version, title, description, lawDate, hypothetical, sources, groups, chartCitation,
                embargoedRows, columns, exceptions, eccns, models, encryption, embargoes, regional, lists,
                pretty(root));
    }

    private Map<String, RuleSet.CountryGroup> readGroups(JsonNode node) {
        requireObject(node, "countryGroups");
        Map<String, JsonNode> raw = new LinkedHashMap<>();
        node.properties().iterator().forEachRemaining(e -> raw.put(e.getKey(), e.getValue()));
        Map<String, RuleSet.CountryGroup> out = new LinkedHashMap<>();
        // Groups may include other groups (e.g. "Macau or D:5"); resolve plain groups first.
        for (int pass = 0; pass < 3 && out.size() < raw.size(); pass++) {
            for (Map.Entry<String, JsonNode> e : raw.entrySet()) {
                if (out.containsKey(e.getKey())) {
                    continue;
                }
                boolean ready = true;
                for (String f : List.of("includeGroups", "excludingGroups")) {
                    JsonNode refs = e.getValue().get(f);
                    if (refs != null && refs.isArray()) {
                        for (JsonNode g : refs) {
                            ready &= out.containsKey(g.asText()) || !raw.containsKey(g.asText());
                        }
                    }
                }
                if (ready) {
                    out.put(e.getKey(), readGroup("countryGroups." + e.getKey(), e.getKey(), e.getValue(), out));
                }
            }
        }
        if (out.size() < raw.size()) {
            throw bad("countryGroups", "groups include each other in a cycle");
        }
        return out;
    }

    private RuleSet.CountryGroup readGroup(String p, String groupId, JsonNode g, Map<String, RuleSet.CountryGroup> known) {
        requireObject(g, p);
        fields(g, p, Set.of("title", "citation", "members", "includeGroups", "worldwide", "excludingGroups",
                "excludingMembers", "unconfirmed"), Set.of("citation"));
        CountrySet members = g.has("members") ? countries(g.get("members"), p + ".members") : CountrySet.EMPTY;
        if (bool(g, p, "worldwide", false)) {
            members = members.union(CountrySet.ALL);
        }
        JsonNode inc = g.get("includeGroups");
        if (inc != null) {
            requireArray(inc, p + ".includeGroups");
            for (int i = 0; i < inc.size(); i++) {
                RuleSet.CountryGroup other = known.get(inc.get(i).asText());
                if (other == null) {
                    throw bad(p + ".includeGroups[" + i + "]", "'" + inc.get(i).asText()
                            + "' is not a country group defined in this rule set");
                }
                members = members.union(other.members());
            }
        }
        // A group written as "every country except ..." (Country Group B: all but D:1, E:1, E:2 and a few).
        members = members.minus(groupUnion(g.get("excludingGroups"), p + ".excludingGroups", known));
        if (g.has("excludingMembers")) {
            members = members.minus(countries(g.get("excludingMembers"), p + ".excludingMembers"));
        }
        Map<String, String> unconfirmed = new LinkedHashMap<>();
        JsonNode u = g.get("unconfirmed");
        if (u != null) {
            requireObject(u, p + ".unconfirmed");
            Iterator<Map.Entry<String, JsonNode>> it = u.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = e.getKey();
                if (!key.equals("*")) {
                    Country c = country(key, p + ".unconfirmed." + key);
                    if (!members.contains(c)) {
                        throw bad(p + ".unconfirmed." + key, "'" + key + "' is not a member of this group");
                    }
                }
                if (!e.getValue().isTextual()) {
                    throw bad(p + ".unconfirmed." + key, "must be a sentence saying why");
                }
                unconfirmed.put(key, e.getValue().asText());
            }
        }
        return new RuleSet.CountryGroup(groupId, optText(g, "title", groupId), text(g, p, "citation"), members,
                Map.copyOf(unconfirmed));
    }

    private RuleSet.EccnEntry readEccn(String code, JsonNode x, Map<String, RuleSet.CountryGroup> groups,
                                       Map<String, RuleSet.ChartColumn> columns,
                                       Map<String, RuleSet.LicenseException> exceptions) {
        String p = "eccns." + code;
        requireObject(x, p);
        fields(x, p, Set.of("title", "citation", "controls", "denialPolicy", "notEnforced", "licenseExceptions",
                "note"), Set.of("title", "citation", "controls"));
        List<RuleSet.Control> controls = new ArrayList<>();
        JsonNode cs = x.get("controls");
        requireArray(cs, p + ".controls");
        for (int i = 0; i < cs.size(); i++) {
            String cp = p + ".controls[" + i + "]";
            JsonNode c = cs.get(i);
            requireObject(c, cp);
            fields(c, cp, Set.of("reason", "column", "scope", "citation", "unconfirmed"), Set.of("reason", "citation"));
            if (c.has("column") == c.has("scope")) {
                throw bad(cp, "needs exactly one of 'column' (a Country Chart column) and 'scope'");
            }
            RuleSet.ChartColumn col = null;
            CountrySet scope = null;
            if (c.has("column")) {
                col = columns.get(text(c, cp, "column"));
                if (col == null) {
                    throw bad(cp + ".column", "'" + c.get("column").asText()
                            + "' is not a Country Chart column of this rule set");
                }
            } else {
                scope = scope(c.get("scope"), cp + ".scope", groups);
            }
            controls.add(new RuleSet.Control(text(c, cp, "reason"), col, scope,
                    scope == null ? List.of() : scopeGroups(c.get("scope")), text(c, cp, "citation"),
                    optText(c, "unconfirmed", null)));
        }
        RuleSet.DenialPolicy denial = null;
        JsonNode d = x.get("denialPolicy");
        if (d != null) {
            String dp = p + ".denialPolicy";
            requireObject(d, dp);
            fields(d, dp, Set.of("group", "citation", "text"), Set.of("group", "citation", "text"));
            String gid = text(d, dp, "group");
            RuleSet.CountryGroup g = groups.get(gid);
            if (g == null) {
                throw bad(dp + ".group", "'" + gid + "' is not a country group defined in this rule set");
            }
            denial = new RuleSet.DenialPolicy(g.members(), gid, text(d, dp, "citation"), text(d, dp, "text"));
        }
        RuleSet.NotEnforced ne = null;
        JsonNode n = x.get("notEnforced");
        if (n != null) {
            String np = p + ".notEnforced";
            requireObject(n, np);
            fields(n, np, Set.of("citation", "text", "question"), Set.of("citation", "text", "question"));
            ne = new RuleSet.NotEnforced(text(n, np, "citation"), text(n, np, "text"), text(n, np, "question"));
        }
        List<RuleSet.LicenseException> exc = new ArrayList<>();
        JsonNode l = x.get("licenseExceptions");
        if (l != null) {
            requireArray(l, p + ".licenseExceptions");
            for (int i = 0; i < l.size(); i++) {
                RuleSet.LicenseException le = exceptions.get(l.get(i).asText());
                if (le == null) {
                    throw bad(p + ".licenseExceptions[" + i + "]", "'" + l.get(i).asText()
                            + "' is not defined in licenseExceptions");
                }
                exc.add(le);
            }
        }
        return new RuleSet.EccnEntry(code, text(x, p, "title"), text(x, p, "citation"), List.copyOf(controls),
                denial, ne, List.copyOf(exc), optText(x, "note", null));
    }

    private RuleSet.ModelControl readModelControl(String key, JsonNode x, Map<String, RuleSet.EccnEntry> eccns) {
        String p = "modelControls." + key;
        requireObject(x, p);
        fields(x, p, Set.of("classification", "title", "citation", "kinds", "trainingOperationsAtLeast",
                        "trainingOperationsAbove", "benchmarksAbove", "mixtureOfExpertsParametersAbove",
                        "publishedExcluded", "fundamentalResearchExcluded", "derivedFromPublished", "note"),
                Set.of("classification", "title", "citation", "kinds", "publishedExcluded"));
        String cls = text(x, p, "classification");
        if (!eccns.containsKey(cls)) {
            throw bad(p + ".classification", "'" + cls + "' is not defined in eccns");
        }
        Map<String, Double> bench = new LinkedHashMap<>();
        JsonNode b = x.get("benchmarksAbove");
        if (b != null) {
            requireObject(b, p + ".benchmarksAbove");
            Iterator<Map.Entry<String, JsonNode>> it = b.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                bench.put(e.getKey(), number(e.getValue(), p + ".benchmarksAbove." + e.getKey()));
            }
        }
        RuleSet.DerivedModelRule derived = null;
        JsonNode dr = x.get("derivedFromPublished");
        if (dr != null) {
            String dp = p + ".derivedFromPublished";
            requireObject(dr, dp);
            fields(dr, dp, Set.of("additionalOperationsAbove", "fractionOfAllOperationsAbove", "citation"),
                    Set.of("additionalOperationsAbove", "fractionOfAllOperationsAbove", "citation"));
            derived = new RuleSet.DerivedModelRule(number(dr.get("additionalOperationsAbove"),
                    dp + ".additionalOperationsAbove"), number(dr.get("fractionOfAllOperationsAbove"),
                    dp + ".fractionOfAllOperationsAbove"), text(dr, dp, "citation"));
        }
        Double atLeast = x.has("trainingOperationsAtLeast")
                ? number(x.get("trainingOperationsAtLeast"), p + ".trainingOperationsAtLeast") : null;
        Double above = x.has("trainingOperationsAbove")
                ? number(x.get("trainingOperationsAbove"), p + ".trainingOperationsAbove") : null;
        Double moe = x.has("mixtureOfExpertsParametersAbove")
                ? number(x.get("mixtureOfExpertsParametersAbove"), p + ".mixtureOfExpertsParametersAbove") : null;
        if (atLeast == null && above == null && bench.isEmpty() && moe == null) {
            throw bad(p, "needs at least one threshold");
        }
        return new RuleSet.ModelControl(key, cls, text(x, p, "title"), text(x, p, "citation"),
                kinds(x.get("kinds"), p + ".kinds"), atLeast, above, Map.copyOf(bench), moe,
                bool(x, p, "publishedExcluded", true), bool(x, p, "fundamentalResearchExcluded", true), derived,
                optText(x, "note", null));
    }

    private RuleSet.Embargo readEmbargo(String key, JsonNode x) {
        String p = "embargoes." + key;
        Country c = country(key, p);
        requireObject(x, p);
        fields(x, p, Set.of("title", "citation", "text", "cclOutcome", "ear99Outcome", "ear99Text",
                        "ear99DeemedOutcome", "ear99DeemedText", "ear99DeemedQuestion", "appliesToNationals",
                        "appliesToDeemedReleases", "deemedText", "noLicenseExceptions", "ofacNote"),
                Set.of("title", "citation", "text", "cclOutcome", "ear99Outcome"));
        Outcome ccl = outcome(x.get("cclOutcome"), p + ".cclOutcome");
        Outcome ear99 = outcome(x.get("ear99Outcome"), p + ".ear99Outcome");
        Outcome deemed = x.has("ear99DeemedOutcome")
                ? outcome(x.get("ear99DeemedOutcome"), p + ".ear99DeemedOutcome") : ear99;
        if (deemed == Outcome.REVIEW && !x.has("ear99DeemedQuestion")) {
            throw bad(p, "a REVIEW ear99DeemedOutcome needs an 'ear99DeemedQuestion'");
        }
        boolean deemedApplies = bool(x, p, "appliesToDeemedReleases", true);
        if (!deemedApplies && !x.has("deemedText")) {
            throw bad(p, "an embargo that does not apply to deemed releases needs a 'deemedText'");
        }
        return new RuleSet.Embargo(c, text(x, p, "title"), text(x, p, "citation"), text(x, p, "text"), ccl, ear99,
                optText(x, "ear99Text", null), deemed, optText(x, "ear99DeemedText", null),
                optText(x, "ear99DeemedQuestion", null), bool(x, p, "appliesToNationals", false), deemedApplies,
                optText(x, "deemedText", null), bool(x, p, "noLicenseExceptions", false),
                optText(x, "ofacNote", null));
    }

    // --- primitive readers ------------------------------------------------------------------------------------

    private CountrySet scope(JsonNode s, String p, Map<String, RuleSet.CountryGroup> groups) {
        requireObject(s, p);
        fields(s, p, Set.of("worldwide", "groups", "members", "excludingGroups", "excludingMembers"), Set.of());
        CountrySet set = bool(s, p, "worldwide", false) ? CountrySet.ALL : CountrySet.EMPTY;
        set = set.union(groupUnion(s.get("groups"), p + ".groups", groups));
        if (s.has("members")) {
            set = set.union(countries(s.get("members"), p + ".members"));
        }
        set = set.minus(groupUnion(s.get("excludingGroups"), p + ".excludingGroups", groups));
        if (s.has("excludingMembers")) {
            set = set.minus(countries(s.get("excludingMembers"), p + ".excludingMembers"));
        }
        if (set.isEmpty()) {
            throw bad(p, "covers no destination");
        }
        return set;
    }

    /** The groups a scope names (included or excluded): their UNCONFIRMED memberships matter to the reasons. */
    private static List<String> scopeGroups(JsonNode s) {
        List<String> out = new ArrayList<>();
        for (String f : List.of("groups", "excludingGroups")) {
            JsonNode arr = s.get(f);
            if (arr != null && arr.isArray()) {
                arr.forEach(g -> out.add(g.asText()));
            }
        }
        return List.copyOf(out);
    }

    private CountrySet groupUnion(JsonNode arr, String p, Map<String, RuleSet.CountryGroup> groups) {
        if (arr == null) {
            return CountrySet.EMPTY;
        }
        requireArray(arr, p);
        CountrySet set = CountrySet.EMPTY;
        for (int i = 0; i < arr.size(); i++) {
            RuleSet.CountryGroup g = groups.get(arr.get(i).asText());
            if (g == null) {
                throw bad(p + "[" + i + "]", "'" + arr.get(i).asText() + "' is not a country group defined in this rule set");
            }
            set = set.union(g.members());
        }
        return set;
    }

    private CountrySet countries(JsonNode arr, String p) {
        requireArray(arr, p);
        List<Country> list = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            list.add(country(arr.get(i), p + "[" + i + "]"));
        }
        return CountrySet.of(list);
    }

    private Country country(JsonNode n, String p) {
        if (!n.isTextual()) {
            throw bad(p, "must be an ISO 3166-1 alpha-2 country code in quotes");
        }
        return country(n.asText(), p);
    }

    private Country country(String code, String p) {
        if (!code.equals(code.toUpperCase(Locale.ROOT)) || !Country.isKnownCode(code)) {
            throw bad(p, "'" + code + "' is not an ISO 3166-1 alpha-2 country code");
        }
        return Country.of(code);
    }

    private EnumSet<ArtifactKind> kinds(JsonNode arr, String p) {
        requireArray(arr, p);
        EnumSet<ArtifactKind> set = EnumSet.noneOf(ArtifactKind.class);
        for (int i = 0; i < arr.size(); i++) {
            try {
                set.add(ArtifactKind.valueOf(arr.get(i).asText()));
            } catch (IllegalArgumentException e) {
                throw bad(p + "[" + i + "]", "'" + arr.get(i).asText() + "' is not an artifact kind "
                        + java.util.Arrays.toString(ArtifactKind.values()));
            }
        }
        return set;
    }

    private Outcome outcome(JsonNode n, String p) {
        try {
            return Outcome.valueOf(n.asText());
        } catch (IllegalArgumentException e) {
            throw bad(p, "'" + n.asText() + "' is not an outcome " + java.util.Arrays.toString(Outcome.values()));
        }
    }

    private double number(JsonNode n, String p) {
        if (n == null || !n.isNumber() || !Double.isFinite(n.asDouble()) || n.asDouble() < 0) {
            throw bad(p, "must be a non-negative number");
        }
        return n.asDouble();
    }

    private String text(JsonNode o, String parent, String field) {
        JsonNode n = o.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw bad(join(parent, field), "must be a non-empty string");
        }
        return n.asText();
    }

    private static String optText(JsonNode o, String field, String dflt) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? dflt : n.asText();
    }

    private boolean bool(JsonNode o, String parent, String field, boolean dflt) {
        JsonNode n = o.get(field);
        if (n == null) {
            return dflt;
        }
        if (!n.isBoolean()) {
            throw bad(join(parent, field), "must be true or false");
        }
        return n.asBoolean();
    }

    private List<String> textList(JsonNode arr, String p) {
        requireArray(arr, p);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            if (!arr.get(i).isTextual()) {
                throw bad(p + "[" + i + "]", "must be a string");
            }
            out.add(arr.get(i).asText());
        }
        return out;
    }

    private void requireObject(JsonNode n, String p) {
        if (n == null || !n.isObject()) {
            throw bad(p, "must be a JSON object");
        }
    }

    private void requireArray(JsonNode n, String p) {
        if (n == null || !n.isArray()) {
            throw bad(p, "must be a JSON array");
        }
    }

    private void fields(JsonNode o, String p, Set<String> allowed, Set<String> required) {
        Iterator<String> it = o.fieldNames();
        while (it.hasNext()) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw bad(join(p, f), "unknown field (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
        for (String r : required) {
            if (!o.has(r) || o.get(r).isNull()) {
                throw bad(join(p, r), "is missing");
            }
        }
    }

    private static String join(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    private InvalidInputException bad(String path, String message) {
        return new InvalidInputException(source + ": " + path + ": " + message);
    }
}
