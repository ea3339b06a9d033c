package org.collabrisk.rules;

import org.collabrisk.domain.ArtifactKind;
import org.collabrisk.domain.Country;
import org.collabrisk.domain.Outcome;
import org.collabrisk.domain.RuleSetRef;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule set: the facts of one version of the law (country groups, Country Chart marks, ECCNs, model-weight
 * controls, embargoes, list policies), each with its citation, read from a JSON resource or a user's file by
 * {@link RuleSetLoader}. Immutable; every lookup the {@link Evaluator} makes at assess time is a precomputed
 * {@link CountrySet} bit test or a map get.
 */
public final class RuleSet {

    /** A country group of Supp. No. 1 to Part 740 (or a derived one such as "Macau or D:5"). */
    public record CountryGroup(String id, String title, String citation, CountrySet members,
                               Map<String, String> unconfirmed) {
        /** Why membership of this country is UNCONFIRMED, if it is ("*" covers the whole group). */
        public Optional<String> unconfirmedFor(Country c) {
            String why = unconfirmed.get(c.code());
            return Optional.ofNullable(why != null ? why : unconfirmed.get("*"));
        }
    }

    /** One column of the Commerce Country Chart; {@code marked} already follows territories to their rows. */
    public record ChartColumn(String id, String title, String citation, CountrySet marked) {
    }

    /**
     * One reason for control of an ECCN: either a Country Chart column, or an explicit destination scope (e.g.
     * "to or within any destination worldwide"). {@code unconfirmed} says why the scope is not confirmed.
     */
    public record Control(String reason, ChartColumn column, CountrySet scope, List<String> scopeGroups,
                          String citation, String unconfirmed) {
        public boolean requiresLicenceFor(Country destination) {
            return column != null ? column.marked().contains(destination) : scope.contains(destination);
        }
    }

    /**
     * A licence exception worth naming, the destinations where it may apply, and the reasons for control it can
     * overcome (empty: any). Each licence-requiring reason must be overcome (738.4(a)(2)).
     */
    public record LicenseException(String code, String title, String citation, CountrySet eligible,
                                   List<String> eligibleGroups, java.util.Set<String> overcomes, String text) {
        public boolean overcomesAll(java.util.Collection<String> reasons) {
            return overcomes.isEmpty() || overcomes.containsAll(reasons);
        }
    }

    /** A licence review policy of denial for some destinations (→ PROHIBITED). */
    public record DenialPolicy(CountrySet destinations, String groupId, String citation, String text) {
    }

    /** A control that is printed but not enforced, or whose status is UNCONFIRMED: → REVIEW with a question. */
    public record NotEnforced(String citation, String text, String question) {
    }

    public record EccnEntry(String code, String title, String citation, List<Control> controls,
                            DenialPolicy denialPolicy, NotEnforced notEnforced,
                            List<LicenseException> licenseExceptions, String note) {
    }

    /** 4E091 Exclusion Note 1: a model derived from a published model. */
    public record DerivedModelRule(double additionalOperationsAbove, double fractionOfAllOperationsAbove, String citation) {
    }

    /**
     * Classifies model weights (and, in some rule sets, agent frameworks and synthetic-data generators) by their
     * training compute, benchmark scores and size. Thresholds may be null (not used by this rule set).
     */
    public record ModelControl(String id, String classification, String title, String citation,
                               EnumSet<ArtifactKind> kinds, Double trainingOperationsAtLeast,
                               Double trainingOperationsAbove, Map<String, Double> benchmarksAbove,
                               Double mixtureOfExpertsParametersAbove, boolean publishedExcluded,
                               boolean fundamentalResearchExcluded, DerivedModelRule derivedFromPublished,
                               String note) {
    }

    /** Encryption software: classification and the 742.15(b) publicly-available source code rule. */
    public record EncryptionRule(String classification, EnumSet<ArtifactKind> kinds, String citation,
                                 String publishedSourceCodeCitation, String notificationCitation) {
    }

    /** A country embargo or sanctions programme of Part 746. Outcomes are per kind of item and release. */
    public record Embargo(Country country, String title, String citation, String text, Outcome cclOutcome,
                          Outcome ear99Outcome, String ear99Text, Outcome ear99DeemedOutcome,
                          String ear99DeemedText, String ear99DeemedQuestion, boolean appliesToNationals,
                          boolean appliesToDeemedReleases, String deemedText, boolean noLicenseExceptions,
                          String ofacNote) {
    }

    /** Crimea / "DNR" / "LNR": a region of a country, with the passport-nationality rule of 746.6(a)(3). */
    public record RegionalEmbargo(Country country, String regions, String citation, String text, Outcome outcome,
                                  String passportCitation, String question) {
    }

    /** What a restricted-party list hit means for a release subject to the EAR. */
    public record ListRule(String list, String citation, String text, Outcome outcome, Outcome denialOutcome,
                           Outcome otherPolicyOutcome, String question) {
    }

    private final String id;
    private final String version;
    private final String title;
    private final String description;
    private final LocalDate lawDate;
    private final boolean hypothetical;
    private final List<String> sources;
    private final Map<String, CountryGroup> groups;
    private final String chartCitation;
    private final CountryGroup embargoedRows;
    private final Map<String, ChartColumn> chartColumns;
    private final Map<String, LicenseException> licenseExceptions;
    private final Map<String, EccnEntry> eccns;
    private final List<ModelControl> modelControls;
    private final EncryptionRule encryption;
    private final Map<Country, Embargo> embargoes;
    private final RegionalEmbargo regionalEmbargo;
    private final Map<String, ListRule> listRules;
    private final String json;
    private final RuleSetRef ref;

    RuleSet(String id, String version, String title, String description, LocalDate lawDate, boolean hypothetical,
            List<String> sources, Map<String, CountryGroup> groups, String chartCitation, CountryGroup embargoedRows,
            Map<String, ChartColumn> chartColumns, Map<String, LicenseException> licenseExceptions,
            Map<String, EccnEntry> eccns, List<ModelControl> modelControls, EncryptionRule encryption,
            Map<Country, Embargo> embargoes, RegionalEmbargo regionalEmbargo, Map<String, ListRule> listRules,
            String json) {
        this.id = id;
        this.version = version;
        this.title = title;
        this.description = description;
        this.lawDate = lawDate;
        this.hypothetical = hypothetical;
        this.sources = List.copyOf(sources);
        this.groups = Map.copyOf(groups);
        this.chartCitation = chartCitation;
        this.embargoedRows = embargoedRows;
        this.chartColumns = Map.copyOf(chartColumns);
        this.licenseExceptions = Map.copyOf(licenseExceptions);
        this.eccns = Map.copyOf(eccns);
        this.modelControls = List.copyOf(modelControls);
        this.encryption = encryption;
        this.embargoes = Map.copyOf(embargoes);
        this.regionalEmbargo = regionalEmbargo;
        this.listRules = Map.copyOf(listRules);
        this.json = json;
        this.ref = new RuleSetRef(id, version, hypothetical && !title.contains("HYPOTHETICAL")
                ? "HYPOTHETICAL: " + title : title, lawDate, hypothetical, this.sources);
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    public String title() {
        return ref.title();
    }

    public String description() {
        return description;
    }

    public LocalDate lawDate() {
        return lawDate;
    }

    public boolean hypothetical() {
        return hypothetical;
    }

    public List<String> sources() {
        return sources;
    }

    public RuleSetRef ref() {
        return ref;
    }

    public Map<String, CountryGroup> groups() {
        return groups;
    }

    public Optional<CountryGroup> group(String groupId) {
        return Optional.ofNullable(groups.get(groupId));
    }

    public boolean inGroup(String groupId, Country c) {
        CountryGroup g = groups.get(groupId);
        return g != null && g.members().contains(c);
    }

    public String chartCitation() {
        return chartCitation;
    }

    /** Cuba, Iran, North Korea, Syria: chart rows without marks that point to Part 746. */
    public CountryGroup embargoedRows() {
        return embargoedRows;
    }

    public Map<String, ChartColumn> chartColumns() {
        return chartColumns;
    }

    /** True when the Country Chart has an X for this column and destination (738.4(a)(2)). */
    public boolean chartMarked(String column, Country destination) {
        ChartColumn col = chartColumns.get(column);
        return col != null && col.marked().contains(destination);
    }

    public Map<String, LicenseException> licenseExceptions() {
        return licenseExceptions;
    }

    public Map<String, EccnEntry> eccns() {
        return eccns;
    }

    public Optional<EccnEntry> eccn(String code) {
        return Optional.ofNullable(eccns.get(code));
    }

    public List<ModelControl> modelControls() {
        return modelControls;
    }

    public Optional<EncryptionRule> encryption() {
        return Optional.ofNullable(encryption);
    }

    public Map<Country, Embargo> embargoes() {
        return embargoes;
    }

    public Optional<RegionalEmbargo> regionalEmbargo() {
        return Optional.ofNullable(regionalEmbargo);
    }

    public Map<String, ListRule> listRules() {
        return listRules;
    }

    /** The rule for a list code (EL, DPL, SDN, UVL, MEU), or the OTHER rule. */
    public ListRule listRule(String listCode) {
        ListRule r = listRules.get(listCode);
        return r != null ? r : listRules.get("OTHER");
    }

    /** The rule set as JSON, with anything inherited through {@code extends} merged in. */
    public String json() {
        return json;
    }

    @Override
    public String toString() {
        return id + " " + version;
    }
}
