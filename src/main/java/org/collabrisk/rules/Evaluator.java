package org.collabrisk.rules;

import org.collabrisk.config.AppInfo;
import org.collabrisk.domain.Artifact;
import org.collabrisk.domain.ArtifactKind;
import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.Country;
import org.collabrisk.domain.Encryption;
import org.collabrisk.domain.Outcome;
import org.collabrisk.domain.Paper;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.PublicationRestrictions;
import org.collabrisk.domain.Release;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.ScreeningHit;
import org.collabrisk.domain.Stage;
import org.collabrisk.domain.UsStatus;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one decision procedure (domain reference, section 0), driven by a {@link RuleSet}. For every artifact x
 * recipient it decides, in this order and with a reason per step: (1) is the artifact excluded from the EAR
 * (published 734.7, fundamental research 734.8, manuscripts 734.7(a)(5), encryption source code 742.15(b))? (2)
 * is there an export at all (foreign person 772.1; object code 734.13(a)(2))? (3) to which destination (734.13(b),
 * 734.14(b))? (4) what is the classification (given ECCN, or derived by the rule set; EAR99 774.1(a))? (5) does a
 * licence requirement attach (Country Chart, Part 746 embargoes, Part 744 list hits)? Then the outcome, and
 * remediation computed by re-running the procedure on changed facts.
 * <p>
 * Missing facts never clear a release: the procedure tries each possible answer, and when the outcome depends on
 * the answer the release is {@code REVIEW} with a question naming the person or artifact.
 * <p>
 * Pure and deterministic: no I/O, no regular expressions, no JSON; thread-safe.
 */
public final class Evaluator {

    private final Clock clock;

    public Evaluator() {
        this(Clock.systemUTC());
    }

    public Evaluator(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    public Assessment assess(ResearchCase c, RuleSet rules) {
        return assess(c, rules, List.of());
    }

    public Assessment assess(ResearchCase c, RuleSet rules, List<ScreeningHit> hits) {
        return assess(c, rules, hits, List.of());
    }

    /**
     * Assesses with the screening hits of the case's people and the versions of the lists they came from (recorded in
     * the assessment's {@code lists}).
     */
    public Assessment assess(ResearchCase c, RuleSet rules, List<ScreeningHit> hits,
                             List<org.collabrisk.domain.ListVersion> lists) {
        Objects.requireNonNull(c, "case");
        Objects.requireNonNull(rules, "rules");
        Map<String, List<ScreeningHit>> hitsByPerson = new HashMap<>();
        if (hits != null) {
            for (ScreeningHit h : hits) {
                hitsByPerson.computeIfAbsent(h.person(), k -> new ArrayList<>()).add(h);
            }
        }
        Procedure proc = new Procedure(rules, c.paper());
        Map<String, PersonView> persons = new HashMap<>();
        for (Person p : c.people()) {
            persons.put(p.id(), proc.person(p));
        }
        List<Release> releases = new ArrayList<>();
        LinkedHashSet<String> questions = new LinkedHashSet<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (Artifact a : c.artifacts()) {
            ArtifactView av = proc.artifact(a, c.paper());
            Remediator remediator = new Remediator(proc, a, c.paper());
            for (Person p : c.recipientsOf(a)) {
                PersonView pv = persons.get(p.id());
                List<ScreeningHit> ph = hitsByPerson.getOrDefault(p.id(), List.of());
                Trace t = new Trace(rules, true);
                Outcome o = proc.decide(av, pv, ph, t);
                questions.addAll(t.questions);
                List<RemedyLine> remedies = o.compareTo(Outcome.NO_LICENSE_REQUIRED) > 0
                        ? remediator.remedies(av, pv, ph, o, t) : List.of();
                releases.add(new Release(a.id(), p.id(), t.destination, t.classification, t.subjectToEar,
                        t.licenseRequired(o), o, t.reasons, remedies.stream().map(RemedyLine::text).toList(),
                        remedies.stream().map(RemedyLine::remedy).toList()));
                outcomes.add(o);
            }
        }
        List<ScreeningHit> screening = hits == null ? List.of() : List.copyOf(hits);
        return new Assessment(c.id(), rules.ref(), clock.instant(), Outcome.mostSevere(outcomes), releases,
                screening, List.copyOf(questions), lists == null ? List.of() : lists,
                AppInfo.notLegalAdvice(rules.ref().title(), rules.lawDate())
                        + (rules.hypothetical() ? " HYPOTHETICAL rule set: for what-if planning only, not law." : ""));
    }

    /** A remedy with its printed line ("publish the weights first (15 CFR 734.7) → NOT_SUBJECT"). */
    record RemedyLine(org.collabrisk.domain.Remedy remedy, String text) {
    }

    // ==========================================================================================================
    // Views: what can be decided about an artifact or a person on their own, computed once per assessment.
    // ==========================================================================================================

    enum Exclusion { NOT_SUBJECT, SUBJECT, UNKNOWN }

    enum Status { US_PERSON, FOREIGN_PERSON, UNKNOWN }

    /** One possible classification, with the reasons that lead to it. */
    record Candidate(String code, RuleSet.EccnEntry entry, List<Step> reasons) {
    }

    /** A reason not yet prefixed for the rule set, plus the question it raises (or null). */
    record Step(String rule, String citation, String text, String question) {
        static Step of(String rule, String citation, String text) {
            return new Step(rule, citation, text, null);
        }
    }

    /** Everything about an artifact that does not depend on the recipient. */
    record ArtifactView(Artifact artifact, String label, Exclusion exclusion, List<Step> exclusionSteps,
                        List<Candidate> candidates, boolean classificationKnown, List<Step> classificationSteps) {
    }

    /** Everything about a person that does not depend on the artifact. */
    record PersonView(Person person, String label, Status status, Country location, boolean inUs,
                      Country statusCountry, Country rawStatusCountry, Step statusCountryStep, boolean cubanNational) {
    }

    /** Collects reasons and questions of one release; quiet traces (remediation re-runs) collect nothing. */
    static final class Trace {
        final RuleSet rules;
        final boolean loud;
        final List<org.collabrisk.domain.Reason> reasons = new ArrayList<>();
        final List<String> questions = new ArrayList<>();
        Country destination;
        String classification;
        Boolean subjectToEar;
        /** Licence-requiring controls that a licence exception could overcome, and whether any cannot be. */
        final List<RuleSet.LicenseException> exceptionsWorthNaming = new ArrayList<>();
        boolean exceptionsBarred;
        boolean licenceFromControls;
        /** The reasons for control (NS, RS, EI ...) that require a licence for this release. */
        final java.util.Set<String> licenceReasons = new java.util.TreeSet<>();

        Trace(RuleSet rules, boolean loud) {
            this.rules = rules;
            this.loud = loud;
        }

        void add(Step s) {
            add(s.rule(), s.citation(), s.text());
            if (s.question() != null) {
                question(s.question());
            }
        }

        void add(String rule, String citation, String text) {
            if (loud) {
                reasons.add(new org.collabrisk.domain.Reason(rule, citation,
                        rules.hypothetical() ? "HYPOTHETICAL rule set " + rules.id() + ": " + text : text));
            }
        }

        void question(String q) {
            if (loud && !questions.contains(q)) {
                questions.add(q);
            }
        }

        Boolean licenseRequired(Outcome o) {
            if (o == Outcome.REVIEW) {
                return null;
            }
            return o.compareTo(Outcome.LICENSE_REQUIRED) >= 0;
        }
    }

    // ==========================================================================================================
    // The procedure.
    // ==========================================================================================================

    /**
     * "United States" in 15 CFR 772.1 includes Puerto Rico and the territories and possessions (wording not in the
     * domain reference): a release located there is a release in the United States.
     */
    static final CountrySet US_TERRITORY = CountrySet.ofCodes("US", "PR", "GU", "VI", "AS", "MP", "UM");

    static final class Procedure {
        final RuleSet rs;
        final Paper paper;

        Procedure(RuleSet rs, Paper paper) {
            this.rs = rs;
            this.paper = paper;
        }

        // ---- step 1 and 4, per artifact ----------------------------------------------------------------------

        ArtifactView artifact(Artifact a, Paper p) {
            String label = "artifact '" + a.id() + "' (" + (a.name() == null ? kindLabel(a.kind()) : a.name()) + ")";
            List<Step> classSteps = new ArrayList<>();
            List<Candidate> candidates = new ArrayList<>();
            boolean known = classify(a, label, classSteps, candidates);
            List<Step> exSteps = new ArrayList<>();
            Exclusion ex = exclusions(a, p == null ? new Paper(null, null, null, null, null) : p, label, candidates,
                    exSteps);
            return new ArtifactView(a, label, ex, List.copyOf(exSteps), List.copyOf(candidates), known,
                    List.copyOf(classSteps));
        }

        /** Fills the possible classifications (most restrictive first); false when the facts do not settle it. */
        private boolean classify(Artifact a, String label, List<Step> steps, List<Candidate> out) {
            RuleSet.EccnEntry ear99 = rs.eccn("EAR99").orElseThrow();
            if (a.eccn() != null && !a.eccn().isBlank()) {
                String code = a.eccn().trim().toUpperCase(java.util.Locale.ROOT);
                RuleSet.EccnEntry e = rs.eccn(code).orElse(null);
                if (e == null) {
                    Step s = new Step("classification.unknown-eccn", "15 CFR Part 774, Supp. No. 1",
                            "The case gives ECCN " + code + " for " + label + ", which rule set " + rs.id()
                                    + " does not describe: its reasons for control must be checked by hand",
                            "For " + label + ": what are the reasons for control and Country Chart columns of ECCN "
                                    + code + " (it is not in rule set " + rs.id() + ")?");
                    out.add(new Candidate(code, null, List.of(s)));
                    return false;
                }
                out.add(new Candidate(code, e, List.of(Step.of("classification.given", e.citation(),
                        "Classification given in the case file: " + code + " (" + e.title() + ")"
                                + (e.note() == null ? "" : "; note: " + e.note())))));
                return true;
            }
            boolean known = true;
            for (RuleSet.ModelControl mc : rs.modelControls()) {
                if (!mc.kinds().contains(a.kind())) {
                    continue;
                }
                Marks m = marks(mc, a, label);
                RuleSet.EccnEntry e = rs.eccn(mc.classification()).orElseThrow();
                if (m.result == Tri.YES) {
                    out.add(new Candidate(mc.classification(), e, List.of(Step.of("classification.model",
                            mc.citation(), capitalise(label) + " meets " + mc.classification() + " (" + mc.title()
                                    + "): " + m.why))));
                    return true;
                }
                if (m.result == Tri.UNKNOWN) {
                    out.add(new Candidate(mc.classification(), e, List.of(new Step("classification.model",
                            mc.citation(), "Cannot tell whether " + label + " meets " + mc.classification() + " ("
                            + mc.title() + "): " + m.why, m.question))));
                    known = false;
                } else {
                    steps.add(Step.of("classification.model", mc.citation(),
                            capitalise(label) + " does not meet " + mc.classification() + ": " + m.why));
                }
            }
            boolean definite = false;
            RuleSet.EncryptionRule enc = rs.encryption().orElse(null);
            if (enc != null && enc.kinds().contains(a.kind())) {
                RuleSet.EccnEntry e = rs.eccn(enc.classification()).orElseThrow();
                if (a.encryption() == Encryption.STANDARD || a.encryption() == Encryption.NON_STANDARD) {
                    if (known) {
                        out.add(new Candidate(enc.classification(), e, List.of(Step.of("classification.encryption",
                                enc.citation(), capitalise(label) + " implements " + (a.encryption()
                                        == Encryption.STANDARD ? "standard" : "non-standard")
                                        + " encryption: treated as " + enc.classification() + " (" + e.title() + ")"
                                        + (e.note() == null ? "" : "; " + e.note())))));
                        return true;
                    }
                    out.add(new Candidate(enc.classification(), e, List.of(Step.of("classification.encryption",
                            enc.citation(), capitalise(label) + " implements encryption: otherwise "
                                    + enc.classification()))));
                    definite = true;
                } else if (a.encryption() == null) {
                    out.add(new Candidate(enc.classification(), e, List.of(new Step("classification.encryption",
                            enc.citation(), "The case does not say whether " + label
                            + " implements encryption (which would make it " + enc.classification() + ")",
                            "Does " + label + " implement encryption functionality (ECCN " + enc.classification()
                                    + ", 15 CFR 742.15)? Answer NONE, STANDARD or NON_STANDARD."))));
                    known = false;
                }
            }
            if (definite) {
                return false;
            }
            out.add(new Candidate("EAR99", ear99, List.of(Step.of("classification.ear99", ear99.citation(),
                    (known ? "" : "Otherwise: ") + capitalise(label)
                            + " meets no CCL entry this rule set derives from the case facts: EAR99 (subject to the EAR"
                            + " but not on the CCL). Chip, computer or geospatial-imagery technology (3E001, 4E001,"
                            + " 3D001, 4D001, 4D090, 0D521) must be given as an ECCN in the case"))));
            return known;
        }

        enum Tri { YES, NO, UNKNOWN }

        record Marks(Tri result, String why, String question) {
        }

        /** Does the artifact meet the model control's marks? Applies the derived-model rule of Exclusion Note 1. */
        Marks marks(RuleSet.ModelControl mc, Artifact a, String label) {
            Double total = a.trainingOperations();
            var d = a.derivedFrom();
            if (total == null && d != null && d.baseTrainingOperations() != null
                    && d.additionalTrainingOperations() != null) {
                total = d.baseTrainingOperations() + d.additionalTrainingOperations();
            }
            if (a.kind() == ArtifactKind.DATASET && total == null && a.benchmarks().isEmpty()) {
                return new Marks(Tri.NO, "no generating-model marks are recorded for this dataset, so it is not"
                        + " treated as synthetic-data-generator output", null);
            }
            List<String> exceeded = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            List<String> below = new ArrayList<>();
            if (mc.trainingOperationsAtLeast() != null || mc.trainingOperationsAbove() != null) {
                boolean atLeast = mc.trainingOperationsAtLeast() != null;
                double limit = atLeast ? mc.trainingOperationsAtLeast() : mc.trainingOperationsAbove();
                String mark = (atLeast ? ">= " : "> ") + sci(limit) + " training operations";
                if (total == null) {
                    missing.add("training operations");
                } else if (atLeast ? total >= limit : total > limit) {
                    exceeded.add(sci(total) + " training operations (" + mark + ")");
                } else {
                    below.add(sci(total) + " training operations (mark: " + mark + ")");
                }
            }
            for (Map.Entry<String, Double> b : mc.benchmarksAbove().entrySet()) {
                Double score = a.benchmarks().get(b.getKey());
                if (score == null) {
                    missing.add(b.getKey() + " score");
                } else if (score > b.getValue()) {
                    exceeded.add(b.getKey() + " " + num(score) + " (> " + num(b.getValue()) + ")");
                } else {
                    below.add(b.getKey() + " " + num(score) + " (mark: > " + num(b.getValue()) + ")");
                }
            }
            if (mc.mixtureOfExpertsParametersAbove() != null) {
                double limit = mc.mixtureOfExpertsParametersAbove();
                if (Boolean.FALSE.equals(a.mixtureOfExperts())) {
                    below.add("not a mixture-of-experts model");
                } else if (a.mixtureOfExperts() == null) {
                    missing.add("whether it is a mixture-of-experts model (and its parameter count)");
                } else if (a.parameters() == null) {
                    missing.add("parameter count of the mixture-of-experts model");
                } else if (a.parameters() > limit) {
                    exceeded.add("mixture-of-experts with " + sci(a.parameters()) + " parameters (> " + sci(limit) + ")");
                } else {
                    below.add("mixture-of-experts with " + sci(a.parameters()) + " parameters (mark: > " + sci(limit) + ")");
                }
            }
            Tri result = !exceeded.isEmpty() ? Tri.YES : missing.isEmpty() ? Tri.NO : Tri.UNKNOWN;
            String why = !exceeded.isEmpty() ? String.join("; ", exceeded)
                    : missing.isEmpty() ? String.join("; ", below) : "not recorded: " + String.join(", ", missing)
                    + (below.isEmpty() ? "" : "; below the marks: " + String.join("; ", below));
            String question = result == Tri.UNKNOWN ? "For " + label + ": what are its " + String.join(", ", missing)
                    + " (marks of " + mc.classification() + ")?" : null;
            if (result == Tri.NO || mc.derivedFromPublished() == null || d == null) {
                return new Marks(result, why, question);
            }
            // 4E091 Exclusion Note 1: derived from a published model, unless the additional training exceeds
            // 2.5e25 operations or 25 % of the training operations, whichever is higher.
            RuleSet.DerivedModelRule rule = mc.derivedFromPublished();
            if (d.published() == null) {
                return new Marks(Tri.UNKNOWN, why + "; it is derived from a base model whose publication status is"
                        + " not recorded (" + rule.citation() + ")", "For " + label
                        + ": were the parameters of the base model it was derived from published (15 CFR 734.7)?");
            }
            if (!d.published()) {
                return new Marks(result, why + "; derived from an unpublished base model, so the derived-model"
                        + " exclusion does not apply and all training operations count (Technical Note 2)", question);
            }
            Double add = d.additionalTrainingOperations();
            Double base = d.baseTrainingOperations();
            if (add == null) {
                return new Marks(Tri.UNKNOWN, why + "; derived from a published model, but the additional training"
                        + " operations are not recorded (" + rule.citation() + ")", "For " + label
                        + ": how many training operations were added to the published base model (fine-tuning etc.)?");
            }
            // "25 percent of the training operations defined in Note 2": Note 2 counts pre-training and any
            // subsequent training, i.e. all operations of the derived model (base + additional).
            double limit = total == null ? rule.additionalOperationsAbove()
                    : Math.max(rule.additionalOperationsAbove(), rule.fractionOfAllOperationsAbove() * total);
            if (add <= limit) {
                return new Marks(Tri.NO, "derived from a published model with " + sci(add)
                        + " additional training operations, not more than " + sci(limit) + " (the higher of "
                        + sci(rule.additionalOperationsAbove()) + " and " + pct(rule.fractionOfAllOperationsAbove())
                        + " of all its training operations per Technical Note 2): excluded by " + rule.citation(), null);
            }
            if (total == null) {
                return new Marks(Tri.UNKNOWN, why + "; derived from a published model with " + sci(add)
                        + " additional operations, but its total training operations are not recorded, so"
                        + " the 25 percent test cannot be made", "For " + label
                        + ": how many training operations did the published base model use?");
            }
            return new Marks(result, why + "; derived from a published model but with " + sci(add)
                    + " additional training operations, more than " + sci(limit)
                    + " (the higher of " + sci(rule.additionalOperationsAbove()) + " and " + pct(rule.fractionOfAllOperationsAbove())
                    + " of all its training operations), so the derived-model exclusion does not apply", question);
        }

        /** Step 1: is the artifact excluded from the EAR? */
        private Exclusion exclusions(Artifact a, Paper p, String label, List<Candidate> candidates, List<Step> out) {
            RuleSet.EncryptionRule enc = rs.encryption().orElse(null);
            boolean encryption = enc != null && candidates.size() == 1
                    && candidates.get(0).code().equals(enc.classification());
            if (encryption) {
                return encryptionExclusion(a, label, enc, out);
            }
            boolean maybeEncryption = false;
            for (Candidate c : candidates) {
                maybeEncryption |= enc != null && c.code().equals(enc.classification());
            }
            // A control that publication does not lift (hypothetical regimes) applies first.
            RuleSet.ModelControl overriding = null;
            boolean overrideCertain = false;
            for (RuleSet.ModelControl mc : rs.modelControls()) {
                if (!mc.publishedExcluded()) {
                    for (Candidate c : candidates) {
                        if (c.code().equals(mc.classification())) {
                            overriding = mc;
                            overrideCertain = candidates.size() == 1;
                        }
                    }
                }
            }
            List<Exclusion> found = new ArrayList<>();
            // 734.7(a); 734.3(b)(3)(i): published.
            if (Boolean.TRUE.equals(a.published()) || a.channel() == org.collabrisk.domain.Channel.PUBLICATION) {
                String how = Boolean.TRUE.equals(a.published()) ? " is published (available to the public without"
                        + " restriction on further dissemination)" : " is released by publishing it";
                if (overriding != null) {
                    out.add(Step.of("exclusion.published", overriding.citation(), capitalise(label) + how
                            + ", but under this rule set publication does not lift the control of "
                            + overriding.classification() + (overrideCertain ? "" : " if the marks are met")));
                    found.add(overrideCertain ? Exclusion.SUBJECT : Exclusion.UNKNOWN);
                } else {
                    out.add(Step.of("exclusion.published", "15 CFR 734.7(a); 15 CFR 734.3(b)(3)(i)",
                            capitalise(label) + how + ": not subject to the EAR"
                                    + (a.kind() == ArtifactKind.MODEL_WEIGHTS
                                    ? " (4E091 Exclusion Note 1 likewise excludes published parameters)" : "")));
                    return Exclusion.NOT_SUBJECT;
                }
            }
            // 734.7(a)(5): a manuscript sent to co-authors, editors or reviewers with the intention to publish.
            if (a.kind() == ArtifactKind.MANUSCRIPT && (Boolean.TRUE.equals(a.intendedForPublication())
                    || p.stage() == Stage.SUBMITTED || p.stage() == Stage.ACCEPTED)) {
                out.add(Step.of("exclusion.manuscript", "15 CFR 734.7(a)(5) (wording UNCONFIRMED)",
                        capitalise(label) + " is a manuscript shared with the intention that it be published if"
                                + " accepted: treated as published and not subject to the EAR. UNCONFIRMED: the"
                                + " current wording of 734.7(a)(5) could not be verified; check it on the eCFR"));
                return Exclusion.NOT_SUBJECT;
            }
            // 734.8: fundamental research intended to be published.
            if (overriding != null && !overriding.fundamentalResearchExcluded()) {
                out.add(Step.of("exclusion.fundamental-research", overriding.citation(), "Under this rule set the"
                        + " fundamental-research exclusion does not lift the control of " + overriding.classification()));
                found.add(overrideCertain ? Exclusion.SUBJECT : Exclusion.UNKNOWN);
            } else {
                Exclusion fr = fundamentalResearch(a, p, label, out);
                if (fr == Exclusion.NOT_SUBJECT && maybeEncryption) {
                    out.add(Step.of("exclusion.encryption", "15 CFR 734.7(b); 15 CFR 742.15(b)", "If " + label
                            + " implements encryption (5D002), the fundamental-research exclusion is not relied on:"
                            + " only publicly available encryption source code is excluded (742.15(b); the BIS"
                            + " fundamental-research FAQ notes the encryption exceptions)"));
                    found.add(Exclusion.UNKNOWN);
                } else if (fr == Exclusion.NOT_SUBJECT) {
                    return fr;
                } else {
                    found.add(fr);
                }
            }
            if (a.channel() == org.collabrisk.domain.Channel.CONFERENCE_TALK) {
                out.add(new Step("exclusion.open-conference", "15 CFR 734.7(a)", capitalise(label)
                        + " is released in a conference talk: published if the conference is open to all"
                        + " technically qualified members of the public and attendees may take notes",
                        "For " + label + ": is the conference open (all technically qualified members of the public"
                                + " may attend and take notes) (15 CFR 734.7(a))?"));
                found.add(Exclusion.UNKNOWN);
            }
            if (a.published() == null && overriding == null) {
                out.add(new Step("exclusion.published", "15 CFR 734.7(a)", "The case does not say whether "
                        + label + " is already published", "For " + label + ": is it already available to the"
                        + " public without restriction on further dissemination (15 CFR 734.7(a))?"));
                found.add(Exclusion.UNKNOWN);
            }
            if (found.contains(Exclusion.UNKNOWN)) {
                return Exclusion.UNKNOWN;
            }
            out.add(Step.of("exclusion.none", "15 CFR 734.3", out.isEmpty() ? "No exclusion applies to " + label
                    + ": it is subject to the EAR (not published, not a fundamental-research result intended for"
                    + " publication; the case records no patent (734.10) or catalog-course (734.3(b)(3)(iii)) facts)"
                    : "So " + label + " is subject to the EAR (the case records no patent (734.10) or catalog-course"
                    + " (734.3(b)(3)(iii)) facts either)"));
            return Exclusion.SUBJECT;
        }

        private Exclusion fundamentalResearch(Artifact a, Paper p, String label, List<Step> out) {
            PublicationRestrictions r = p.publicationRestrictions();
            if (Boolean.FALSE.equals(p.fundamentalResearch())) {
                out.add(Step.of("exclusion.fundamental-research", "15 CFR 734.8(c)",
                        "The paper is not fundamental research (case file), so 734.8 does not exclude " + label));
                return Exclusion.SUBJECT;
            }
            if (r == PublicationRestrictions.SPONSOR_MAY_WITHHOLD || r == PublicationRestrictions.PROPRIETARY) {
                out.add(Step.of("exclusion.fundamental-research", "15 CFR 734.8(b), (c); Note 2 to 734.8(a)",
                        "The researchers accepted " + (r == PublicationRestrictions.PROPRIETARY
                                ? "proprietary restrictions" : "a sponsor's right to withhold publication")
                                + ": the results are not fundamental research, and " + label
                                + " is subject to the EAR"));
                return Exclusion.SUBJECT;
            }
            if (Boolean.FALSE.equals(a.intendedForPublication())) {
                out.add(Step.of("exclusion.fundamental-research", "15 CFR 734.8(a), Note 2",
                        "The decision not to publish " + label + " keeps it restricted: it is subject to the EAR even"
                                + " if it arose in fundamental research (Note 2 to 734.8(a))"));
                return Exclusion.SUBJECT;
            }
            List<String> qs = new ArrayList<>();
            if (p.fundamentalResearch() == null) {
                qs.add("Is the paper's research fundamental research (15 CFR 734.8(c)): results ordinarily"
                        + " published and shared broadly, no restrictions accepted for proprietary or national"
                        + " security reasons?");
            }
            if (r == null) {
                qs.add("Does any sponsor have the right to withhold or restrict publication of the paper's results"
                        + " (15 CFR 734.8(b))? Answer NONE, SPONSOR_REVIEW_ONLY, SPONSOR_MAY_WITHHOLD or PROPRIETARY.");
            }
            if (a.intendedForPublication() == null) {
                qs.add("For " + label + ": is it intended to be published with the research results (15 CFR 734.8(a))?");
            }
            if (!qs.isEmpty()) {
                for (int i = 0; i < qs.size(); i++) {
                    out.add(new Step("exclusion.fundamental-research", "15 CFR 734.8", i == 0 ? "Whether "
                            + label + " is a fundamental-research result intended for publication cannot be"
                            + " decided: facts are missing" : "A further fact is missing for 734.8", qs.get(i)));
                }
                return Exclusion.UNKNOWN;
            }
            out.add(Step.of("exclusion.fundamental-research", "15 CFR 734.8(a)"
                            + (r == PublicationRestrictions.SPONSOR_REVIEW_ONLY ? ", (b)(2)" : "") + "; Note 1 to 734.8(a)",
                    capitalise(label) + " arises from fundamental research and is intended to be published: not"
                            + " subject to the EAR" + (r == PublicationRestrictions.SPONSOR_REVIEW_ONLY
                            ? " (a sponsor's review solely for its own proprietary information keeps the exclusion)" : "")
                            + ". This covers results only: items received to conduct the research (Note 1) stay"
                            + " subject"));
            return Exclusion.NOT_SUBJECT;
        }

        /** 734.7(b), 742.15(b): published 5D002 stays subject unless it is publicly available source code. */
        private Exclusion encryptionExclusion(Artifact a, String label, RuleSet.EncryptionRule enc, List<Step> out) {
            if (Boolean.TRUE.equals(a.published())) {
                if (a.kind() == ArtifactKind.OBJECT_CODE) {
                    out.add(new Step("exclusion.encryption", "15 CFR 734.7(b); " + enc.publishedSourceCodeCitation(),
                            "Published encryption object code (" + label + ") is not subject to the EAR only if"
                                    + " the corresponding source code is publicly available under 742.15(b)",
                            "For " + label + ": is the corresponding encryption source code publicly available"
                                    + " (15 CFR 742.15(b))?"));
                    return Exclusion.UNKNOWN;
                }
                out.add(Step.of("exclusion.encryption", enc.publishedSourceCodeCitation(), capitalise(label)
                        + " is publicly available encryption source code: not subject to the EAR"));
                if (a.encryption() == Encryption.NON_STANDARD) {
                    out.add(Step.of("exclusion.encryption-notification", enc.notificationCitation(),
                            "It uses non-standard cryptography: notify BIS and NSA of its internet location"
                                    + " (and again if the location or the cryptography changes)"));
                } else {
                    out.add(Step.of("exclusion.encryption-notification", enc.notificationCitation(),
                            "Standard cryptography: no notification is needed"));
                }
                return Exclusion.NOT_SUBJECT;
            }
            out.add(Step.of("exclusion.encryption", "15 CFR 734.7(b); 15 CFR 742.15(b)", "The publication and"
                    + " fundamental-research exclusions do not release unpublished 5D002 encryption software ("
                    + label + "); only publicly available source code is excluded (742.15(b); the BIS"
                    + " fundamental-research FAQ notes the encryption exceptions)"));
            if (a.published() == null) {
                out.add(new Step("exclusion.published", "15 CFR 742.15(b)", "The case does not say whether " + label
                        + " is publicly available", "For " + label + ": is its source code publicly available"
                        + " (e.g. on a public repository) (15 CFR 742.15(b))?"));
                return Exclusion.UNKNOWN;
            }
            return Exclusion.SUBJECT;
        }

        // ---- steps 2 and 3, per person -----------------------------------------------------------------------

        PersonView person(Person p) {
            String label = "person '" + p.id() + "'" + (p.name() == null ? "" : " (" + p.name() + ")");
            Status status = p.usStatus() == null || p.usStatus() == UsStatus.UNKNOWN ? Status.UNKNOWN
                    : p.usStatus() == UsStatus.FOREIGN_PERSON ? Status.FOREIGN_PERSON : Status.US_PERSON;
            Country loc = p.location();
            boolean inUs = loc != null && US_TERRITORY.contains(loc);
            Country statusCountry = null;
            Step step;
            List<Country> cits = p.citizenships();
            Country pr = p.permanentResidence();
            if (p.mostRecentStatusCountry() != null) {
                statusCountry = p.mostRecentStatusCountry();
                if (statusCountry.code().equals("US")) {
                    step = new Step("destination.unknown", "15 CFR 734.13(b); 15 CFR 772.1", capitalise(label)
                            + " is recorded as a foreign person whose most recent status is in the United States,"
                            + " which contradicts itself", "For " + label + ": is the person a U.S. citizen or"
                            + " permanent resident, and if not, what is the most recent foreign country of"
                            + " citizenship or permanent residency (15 CFR 734.13(b))?");
                    statusCountry = null;
                } else {
                    boolean differs = cits.size() > 1 || (pr != null && !cits.isEmpty())
                            || (!cits.isEmpty() && !cits.contains(statusCountry));
                    step = Step.of("destination.most-recent-status", "15 CFR 734.13(b); 15 CFR 734.14(b)",
                            "Most recent country of citizenship or permanent residency of " + label + ": "
                                    + describe(statusCountry) + (differs ? " (the EAR uses only the most recent"
                                    + " status, not every citizenship: citizenships " + codes(cits)
                                    + (pr == null ? "" : ", permanent residence " + pr.code()) + ")" : ""));
                }
            } else if (cits.size() == 1 && pr == null && cits.get(0).code().equals("US")) {
                step = new Step("destination.unknown", "15 CFR 772.1; 15 CFR 734.13(b)", capitalise(label)
                        + " has U.S. citizenship only, which contradicts the recorded status", "For " + label
                        + ": is the person a U.S. citizen (then not a foreign person), and if not, what is the most"
                        + " recent foreign country of citizenship or permanent residency (15 CFR 734.13(b))?");
            } else if (cits.size() == 1 && pr == null) {
                statusCountry = cits.get(0);
                step = Step.of("destination.most-recent-status", "15 CFR 734.13(b)", capitalise(label)
                        + " has a single citizenship (" + describe(statusCountry) + ") and no permanent residence"
                        + " recorded: that is the most recent status");
            } else if (cits.isEmpty() && pr == null) {
                step = new Step("destination.unknown", "15 CFR 734.13(b)", "The case records no citizenship or"
                        + " permanent residence for " + label + ": the destination cannot be determined",
                        "For " + label + ": what are the person's citizenships and permanent residence, and which"
                                + " status was acquired most recently (15 CFR 734.13(b))?");
            } else {
                step = new Step("destination.unknown", "15 CFR 734.13(b)", capitalise(label) + " has citizenships "
                        + codes(cits) + (pr == null ? "" : " and permanent residence in " + pr.code())
                        + " but no most recent status recorded: the destination is ambiguous",
                        "For " + label + ": which of " + codes(cits) + (pr == null ? "" : " (or permanent residence "
                                + pr.code() + ")") + " is the most recently acquired country of citizenship or"
                                + " permanent residency (15 CFR 734.13(b))?");
            }
            boolean cuban = false;
            for (Country c : cits) {
                cuban |= c.code().equals("CU");
            }
            if (statusCountry != null && statusCountry.code().equals("CU")) {
                cuban = true;
            }
            return new PersonView(p, label, status, loc, inUs, statusCountry == null ? null
                    : statusCountry.earDestination(), statusCountry, step, cuban);
        }

        // ---- the decision for one release --------------------------------------------------------------------

        /** Decides one release; reasons and questions go to the trace. Unknown facts are tried both ways. */
        Outcome decide(ArtifactView av, PersonView pv, List<ScreeningHit> hits, Trace t) {
            for (Step s : av.exclusionSteps()) {
                t.add(s);
            }
            if (av.exclusion() == Exclusion.NOT_SUBJECT) {
                t.subjectToEar = false;
                t.destination = quietDestination(pv);
                notSubjectListNotes(pv, hits, t);
                return Outcome.NOT_SUBJECT;
            }
            Outcome ifSubject = subjectDecision(av, pv, hits, t);
            if (av.exclusion() == Exclusion.UNKNOWN) {
                t.subjectToEar = null;
                if (ifSubject == Outcome.NOT_SUBJECT) {
                    return ifSubject;
                }
                if (t.loud) {
                    t.add("outcome.depends-on-exclusion", "15 CFR 734.3", "If an exclusion applies the release is"
                            + " NOT_SUBJECT; if not, it is " + ifSubject + ": answer the questions on " + av.label());
                }
                return Outcome.REVIEW;
            }
            return ifSubject;
        }

        private Country quietDestination(PersonView pv) {
            if (pv.status() == Status.US_PERSON || !pv.inUs()) {
                return pv.location() == null || pv.inUs() ? null : pv.location().earDestination();
            }
            return pv.statusCountry();
        }

        /** Steps 2-5 for an item subject to the EAR. */
        private Outcome subjectDecision(ArtifactView av, PersonView pv, List<ScreeningHit> hits, Trace t) {
            t.subjectToEar = true;
            // Step 2: foreign person (772.1)?
            if (pv.status() == Status.US_PERSON) {
                if (pv.location() == null) {
                    if (t.loud) {
                        t.add(new Step("export.location-unknown", "15 CFR 734.13(a); 15 CFR 734.18(a)(2)",
                                capitalise(pv.label()) + " is a U.S. person but the case does not say where the release"
                                        + " happens", "For " + pv.label() + ": where does the release take place"
                                + " (country of the recipient at the time of sharing)?"));
                    }
                    return Outcome.REVIEW;
                }
                if (pv.inUs()) {
                    if (t.loud) {
                        t.add("person.us-person", "15 CFR 772.1; 15 CFR 734.18(a)(2)", capitalise(pv.label())
                                + " is a U.S. " + usStatusLabel(pv.person().usStatus()) + " in the United States:"
                                + " releasing it to them is not an export");
                    }
                    return usPersonListHits(pv, hits, t);
                }
                Country dest = pv.location().earDestination();
                if (t.loud) {
                    t.add("export.location", "15 CFR 734.13(a)(1)", capitalise(pv.label()) + " is a U.S. person"
                            + " but receives it in " + describe(pv.location()) + ": sending it there is an export to "
                            + describe(dest) + hongKongNote(pv.location()));
                }
                t.destination = dest;
                addClassification(av, t);
                return licence(av, pv, dest, false, hits, t);
            }
            if (pv.status() == Status.UNKNOWN) {
                String q = "For " + pv.label() + ": is the person a U.S. citizen, a U.S. permanent resident (green"
                        + " card) or a protected individual under 8 U.S.C. 1324b(a)(3), or a foreign person (15 CFR 772.1)?";
                if (t.loud) {
                    t.add("person.unknown", "15 CFR 772.1", "The case does not say whether " + pv.label()
                            + " is a U.S. person or a foreign person");
                }
                addClassification(av, t);
                Trace quiet = new Trace(t.rules, false);
                Outcome asForeign = foreignDecision(av, pv, hits, quiet);
                // As a U.S. person: no export in the U.S.; abroad, an export to the location (no deemed reexport).
                Outcome asUs = pv.inUs() ? usPersonListHits(pv, hits, new Trace(t.rules, false))
                        : pv.location() == null ? Outcome.REVIEW
                        : licence(av, pv, pv.location().earDestination(), false, hits, new Trace(t.rules, false));
                t.destination = quiet.destination;
                t.classification = quiet.classification;
                if (asForeign == asUs && asForeign != Outcome.REVIEW) {
                    if (t.loud) {
                        t.add("outcome.same-either-way", "15 CFR 772.1", "Whatever the person's status, the outcome"
                                + " is " + asForeign);
                    }
                    return asForeign;
                }
                if (t.loud) {
                    t.add("outcome.depends-on-status", "15 CFR 772.1; 15 CFR 734.13(b)", "If " + pv.label()
                            + " is a U.S. person " + (pv.inUs() ? "in the United States the release is NOT_SUBJECT"
                            : "the release is an export to " + (pv.location() == null ? "an unknown country"
                            : pv.location().code())) + " (" + asUs + "); if a foreign person, it is " + asForeign);
                }
                t.question(q);
                return Outcome.REVIEW;
            }
            if (t.loud) {
                t.add("person.foreign", "15 CFR 772.1", capitalise(pv.label()) + " is a foreign person"
                        + " (not a U.S. citizen, permanent resident or protected individual)");
            }
            return foreignDecision(av, pv, hits, t);
        }

        private Outcome foreignDecision(ArtifactView av, PersonView pv, List<ScreeningHit> hits, Trace t) {
            Artifact a = av.artifact();
            if (pv.location() == null) {
                if (t.loud) {
                    t.add(new Step("export.location-unknown", "15 CFR 734.13; 15 CFR 734.14", "The case does not say"
                            + " where the release to " + pv.label() + " takes place (in the United States: deemed"
                            + " export; abroad: export or deemed reexport)", "For " + pv.label()
                            + ": where does the release take place (country of the recipient at the time of sharing)?"));
                }
                t.destination = pv.statusCountry();
                addClassification(av, t);
                Outcome worst = listHits(pv, hits, Outcome.REVIEW, t);
                return Outcome.max(worst, Outcome.REVIEW);
            }
            if (pv.inUs()) {
                // 734.13(a)(2): a deemed export covers technology and source code, not object code.
                if (a.kind() == ArtifactKind.OBJECT_CODE) {
                    if (t.loud) {
                        t.add("export.object-code", "15 CFR 734.13(a)(2)", "Releasing object code to a foreign person"
                                + " in the United States is not a deemed export (only technology and source code are)");
                    }
                    t.destination = pv.statusCountry();
                    return usPersonListHits(pv, hits, t);
                }
                t.add(pv.statusCountryStep());
                if (pv.statusCountry() == null) {
                    addClassification(av, t);
                    Outcome worst = Outcome.REVIEW;
                    if (pv.cubanNational()) {
                        worst = Outcome.max(worst, cubanNational(av, pv, t));
                    }
                    return listHits(pv, hits, worst, t);
                }
                Country dest = pv.statusCountry();
                t.destination = dest;
                if (t.loud) {
                    t.add("destination.deemed-export", "15 CFR 734.13(a)(2), (b)", "Release in the United States to a"
                            + " foreign person: a deemed export to " + describe(dest) + hongKongNote(pv.rawStatusCountry()));
                }
                addClassification(av, t);
                return licence(av, pv, dest, true, hits, t);
            }
            // Release abroad: an export to the location's country (734.13(a)(1)); and to a foreign person of
            // another country, a deemed reexport to their most recent status (734.14(b)) unless 734.20 applies.
            Country dest = pv.location().earDestination();
            t.destination = dest;
            if (t.loud) {
                t.add("destination.abroad", "15 CFR 734.13(a)(1); 15 CFR 734.14", "Release abroad to " + pv.label()
                        + " in " + describe(pv.location()) + ": an export to " + describe(dest) + hongKongNote(pv.location()));
            }
            addClassification(av, t);
            Outcome atLocation = licence(av, pv, dest, false, hits, t);
            if (pv.statusCountry() == null) {
                t.add(pv.statusCountryStep());
                return Outcome.max(atLocation, Outcome.REVIEW);
            }
            if (pv.statusCountry().equals(dest)) {
                return atLocation;
            }
            Trace quiet = new Trace(t.rules, false);
            quiet.classification = t.classification;
            Outcome asNational = licenceForDestination(av, pv, pv.statusCountry(), true, quiet);
            if (asNational.compareTo(atLocation) > 0) {
                t.add(pv.statusCountryStep());
                if (t.loud) {
                    t.add("destination.deemed-reexport", "15 CFR 734.14(b); 15 CFR 734.20 (conditions UNCONFIRMED)",
                            capitalise(pv.label()) + " is a national of " + describe(pv.statusCountry()) + ": a release"
                                    + " abroad to a foreign person of another country is a deemed reexport to their most"
                                    + " recent country of citizenship or permanent residency, which gives " + asNational
                                    + " (more than " + atLocation + " for " + dest.code() + "). 734.20 may exclude"
                                    + " releases by a foreign employer to its vetted employees; its exact conditions are"
                                    + " UNCONFIRMED");
                }
                // Licence exceptions must fit the destination that decides, not the location.
                t.exceptionsWorthNaming.clear();
                t.licenceReasons.clear();
                licenceForDestination(av, pv, pv.statusCountry(), true, t);
                t.destination = pv.statusCountry();
                return asNational;
            }
            return atLocation;
        }

        private String hongKongNote(Country original) {
            return original != null && original.code().equals("HK") ? " (Hong Kong is treated as China since"
                    + " Dec. 2020, 85 FR 83788; FR page UNCONFIRMED)" : "";
        }

        /** Steps 4-5 for a destination, then list hits, with every classification candidate tried. */
        private Outcome licence(ArtifactView av, PersonView pv, Country dest, boolean deemed,
                                List<ScreeningHit> hits, Trace t) {
            Outcome o = licenceForDestination(av, pv, dest, deemed, t);
            return listHits(pv, hits, o, t);
        }

        /** Step 4: the classification reasons, once per release. */
        private void addClassification(ArtifactView av, Trace t) {
            for (Step s : av.classificationSteps()) {
                t.add(s);
            }
            for (Candidate c : av.candidates()) {
                for (Step s : c.reasons()) {
                    t.add(s);
                }
            }
            t.classification = av.classificationKnown() ? av.candidates().get(0).code() : null;
        }

        private Outcome licenceForDestination(ArtifactView av, PersonView pv, Country dest, boolean deemed, Trace t) {
            List<Candidate> cands = av.candidates();
            Candidate primary = cands.get(0);
            Outcome o = forClassification(primary, pv, dest, deemed, t);
            if (cands.size() == 1) {
                return o;
            }
            StringBuilder alt = new StringBuilder();
            boolean same = true;
            for (int i = 1; i < cands.size(); i++) {
                Candidate c = cands.get(i);
                Outcome other = forClassification(c, pv, dest, deemed, new Trace(t.rules, false));
                same &= other == o;
                alt.append(i == 1 ? "" : "; ").append(c.code()).append(" → ").append(other);
            }
            if (same && primary.entry() != null) {
                if (t.loud) {
                    t.add("classification.does-not-matter", "15 CFR Part 774", "The open classification question"
                            + " does not change the outcome here: " + primary.code() + " → " + o + "; " + alt);
                }
                return o;
            }
            if (t.loud) {
                t.add("classification.undecided", "15 CFR Part 774", "The outcome depends on the classification: "
                        + primary.code() + " → " + o + "; " + alt);
            }
            return o == Outcome.PROHIBITED && same ? o : Outcome.REVIEW;
        }

        /** Step 5 for one classification: embargoes (Part 746), Country Chart / control scopes (Part 738, 742). */
        Outcome forClassification(Candidate cand, PersonView pv, Country dest, boolean deemed, Trace t) {
            RuleSet.EccnEntry e = cand.entry();
            if (e == null) {
                return Outcome.REVIEW;
            }
            Outcome o = Outcome.NO_LICENSE_REQUIRED;
            boolean ear99 = e.controls().isEmpty();
            boolean licence = false;
            RuleSet.Embargo em = rs.embargoes().get(dest);
            if (em != null) {
                if (deemed && !em.appliesToDeemedReleases()) {
                    if (t.loud) {
                        t.add("embargo." + dest.code(), em.citation(), em.title() + ": " + em.deemedText());
                    }
                } else {
                    Outcome eo = ear99 ? (deemed ? em.ear99DeemedOutcome() : em.ear99Outcome()) : em.cclOutcome();
                    String text = ear99 ? (deemed && em.ear99DeemedText() != null ? em.ear99DeemedText()
                            : em.ear99Text() != null ? em.ear99Text() : em.text()) : em.text();
                    if (t.loud) {
                        t.add("embargo." + dest.code(), em.citation(), em.title() + ": " + text + " → " + eo);
                    }
                    if (eo == Outcome.REVIEW && em.ear99DeemedQuestion() != null) {
                        t.question("For " + pv.label() + ": " + em.ear99DeemedQuestion());
                    }
                    o = Outcome.max(o, eo);
                    licence |= eo.compareTo(Outcome.LICENSE_REQUIRED) >= 0;
                    t.exceptionsBarred |= em.noLicenseExceptions();
                }
                if (em.ofacNote() != null) {
                    if (t.loud) {
                        t.add("ofac." + dest.code(), "31 CFR Chapter V", em.ofacNote());
                    }
                }
            } else if (rs.embargoedRows().members().contains(dest)) {
                if (t.loud) {
                    t.add("chart.embargoed-row", rs.embargoedRows().citation(), describe(dest) + " has no Country"
                            + " Chart marks: Part 746 decides, and this rule set records no embargo for it → REVIEW");
                }
                t.question("For " + pv.label() + ": what does Part 746 require for " + describe(dest) + "?");
                o = Outcome.max(o, Outcome.REVIEW);
            }
            // Cuban nationals: 746.2 reaches any release of technology or source code to a Cuban national.
            if (pv.cubanNational() && !dest.code().equals("CU")) {
                o = Outcome.max(o, cubanNationalFor(ear99, pv, t));
                licence |= o.compareTo(Outcome.LICENSE_REQUIRED) >= 0;
            }
            if (ear99 && em == null) {
                if (t.loud) {
                    t.add("licence.ear99", e.citation(), "EAR99 needs no licence under the Country Chart for "
                            + describe(dest) + " (only embargoes, Part 744 end users/uses and listed parties can require one)");
                }
            }
            boolean notEnforcedNoted = false;
            for (RuleSet.Control c : e.controls()) {
                boolean required = c.requiresLicenceFor(dest);
                String where = c.column() != null ? "Country Chart column " + c.column().id() + " (" + c.column().title()
                        + ")" : c.reason() + " control";
                String unconfirmed = unconfirmedNote(c, dest);
                if (!required) {
                    if (!(em != null && c.column() != null)) {
                        if (t.loud) {
                            t.add("licence." + c.reason(), c.citation(), cand.code() + " " + where + ": no licence"
                                    + " required for " + describe(dest) + unconfirmed);
                        }
                    }
                    continue;
                }
                if (e.notEnforced() != null) {
                    if (!notEnforcedNoted) {
                        if (t.loud) {
                            t.add(new Step("licence.not-enforced", e.notEnforced().citation(), cand.code() + " " + where
                                    + " would require a licence for " + describe(dest) + ", but it is not enforced: " + e.notEnforced().text()
                                    + " → REVIEW", "For " + pv.label() + " and " + cand.code() + ": "
                                    + e.notEnforced().question()));
                        }
                        notEnforcedNoted = true;
                    }
                    o = Outcome.max(o, Outcome.REVIEW);
                    continue;
                }
                licence = true;
                t.licenceFromControls = true;
                t.licenceReasons.add(c.reason());
                if (e.denialPolicy() != null && e.denialPolicy().destinations().contains(dest)) {
                    if (t.loud) {
                        t.add("licence.denial", e.denialPolicy().citation(), cand.code() + " " + where
                                + ": licence required for " + describe(dest) + "; " + e.denialPolicy().text()
                                + " → PROHIBITED" + unconfirmedGroup(e.denialPolicy().groupId(), dest) + unconfirmed);
                    }
                    o = Outcome.max(o, Outcome.PROHIBITED);
                    continue;
                }
                if (t.loud) {
                    t.add("licence." + c.reason(), c.citation(), cand.code() + " " + where + ": licence required for "
                            + describe(dest) + unconfirmed);
                }
                o = Outcome.max(o, Outcome.LICENSE_REQUIRED);
            }
            if (licence && o == Outcome.LICENSE_REQUIRED) {
                for (RuleSet.LicenseException le : e.licenseExceptions()) {
                    if (le.eligible().contains(dest) && !t.exceptionsWorthNaming.contains(le)
                            && le.overcomesAll(t.licenceReasons)) {
                        t.exceptionsWorthNaming.add(le);
                    }
                }
            }
            // Crimea / DNR / LNR (746.6): a region of a country, not a code a case can carry.
            RuleSet.RegionalEmbargo re = rs.regionalEmbargo().orElse(null);
            if (re != null && re.country().equals(dest)) {
                if (deemed) {
                    if (t.loud) {
                        t.add("embargo.regional", re.passportCitation(), "For deemed exports and reexports to a person"
                                + " from " + re.regions() + " the passport nationality decides, so " + describe(dest)
                                + " is the destination here");
                    }
                } else if (o != Outcome.PROHIBITED) {
                    if (t.loud) {
                        t.add(new Step("embargo.regional", re.citation(), "If the release takes place in " + re.regions()
                                + ", " + re.text() + " → " + re.outcome(), "For " + pv.label() + ": " + re.question()));
                    }
                    o = Outcome.max(o, Outcome.REVIEW);
                }
            }
            return o;
        }

        private Outcome cubanNational(ArtifactView av, PersonView pv, Trace t) {
            Candidate c = av.candidates().get(0);
            return cubanNationalFor(c.entry() == null || c.entry().controls().isEmpty(), pv, t);
        }

        private Outcome cubanNationalFor(boolean ear99, PersonView pv, Trace t) {
            RuleSet.Embargo cu = rs.embargoes().get(Country.of("CU"));
            if (cu == null || !cu.appliesToNationals()) {
                return Outcome.NO_LICENSE_REQUIRED;
            }
            Outcome o = ear99 ? cu.ear99Outcome() : cu.cclOutcome();
            if (t.loud) {
                t.add("embargo.cuban-national", cu.citation(), capitalise(pv.label()) + " is a Cuban national: "
                        + cu.text() + " → " + o);
            }
            t.exceptionsBarred |= cu.noLicenseExceptions();
            return o;
        }

        private String unconfirmedNote(RuleSet.Control c, Country dest) {
            String s = c.unconfirmed() == null ? "" : ". UNCONFIRMED: " + c.unconfirmed();
            for (String g : c.scopeGroups()) {
                s += unconfirmedGroup(g, dest);
            }
            return s;
        }

        private String unconfirmedGroup(String groupId, Country dest) {
            RuleSet.CountryGroup g = rs.groups().get(groupId);
            if (g == null || !g.members().contains(dest)) {
                return "";
            }
            return g.unconfirmedFor(dest).map(why -> ". UNCONFIRMED membership of " + dest.code() + " in "
                    + groupId + ": " + why).orElse("");
        }

        // ---- Part 744 and OFAC list hits ---------------------------------------------------------------------

        /** List hits on a release of an item subject to the EAR that is an export. */
        Outcome listHits(PersonView pv, List<ScreeningHit> hits, Outcome o, Trace t) {
            for (ScreeningHit h : hits) {
                String who = hitLabel(pv, h);
                if (ScreeningHit.BAND_REVIEW.equals(h.band())) {
                    if (t.loud) {
                        t.add(new Step("list.review-band", h.restrictedList().legalBasis(), who + " is a possible match"
                                + " (score " + num(h.score()) + ") → REVIEW until the hit is confirmed or dismissed",
                                "For " + pv.label() + ": is the " + h.field() + " '" + h.matchedName() + "' really the "
                                        + h.list() + " entry " + entryLabel(h) + "? Confirm or dismiss the hit."));
                    }
                    o = Outcome.max(o, Outcome.REVIEW);
                    continue;
                }
                String code = h.restrictedList().code();
                RuleSet.ListRule rule = rs.listRule(code);
                if (code.equals("EL")) {
                    o = Outcome.max(o, entityList(pv, h, who, rule, t));
                    continue;
                }
                Outcome lo = rule.outcome();
                if (t.loud) {
                    t.add(new Step("list." + code, rule.citation(), who + ": " + rule.text() + " → " + lo,
                            lo == Outcome.REVIEW && rule.question() != null ? "For " + pv.label() + " (" + h.list() + " "
                                    + entryLabel(h) + "): " + rule.question() : null));
                }
                if (lo.compareTo(Outcome.LICENSE_REQUIRED) >= 0) {
                    t.exceptionsBarred = true;
                }
                if (code.equals("UVL")) {
                    t.exceptionsBarred = true;
                }
                o = Outcome.max(o, lo);
            }
            return o;
        }

        private Outcome entityList(PersonView pv, ScreeningHit h, String who, RuleSet.ListRule rule, Trace t) {
            t.exceptionsBarred = true;
            String req = h.licenseRequirement();
            String reqLower = req == null ? "" : req.toLowerCase(java.util.Locale.ROOT);
            // "For all items subject to the EAR" (incl. EAR99); narrower entries ("... other than EAR99", "except ...").
            boolean allItems = req == null || (reqLower.contains("all items subject to the ear")
                    && !reqLower.contains("other than") && !reqLower.contains("except"));
            String pol = h.licensePolicy();
            String polLower = pol == null ? "" : pol.toLowerCase(java.util.Locale.ROOT);
            boolean denial = polLower.contains("denial");
            Outcome lo = denial ? rule.denialOutcome() : rule.otherPolicyOutcome();
            if (!allItems) {
                if (t.loud) {
                    t.add(new Step("list.EL", rule.citation(), who + ": the entry's licence requirement is limited ('"
                            + req + "')", "For " + pv.label() + " (Entity List " + entryLabel(h) + "): does the item fall"
                            + " within the entry's licence requirement '" + req + "'?"));
                }
                return Outcome.REVIEW;
            }
            String affiliation = ScreeningHit.FIELD_AFFILIATION.equals(h.field())
                    ? " Employees of a listed entity (e.g. a listed university) acting for it are treated as the"
                    + " entity (BIS FAQ)." : "";
            if (t.loud) {
                t.add("list.EL", rule.citation(), who + ": " + rule.text() + ". Licence requirement: "
                        + (req == null ? "not recorded, taken as all items subject to the EAR" : req)
                        + "; review policy: " + (pol == null ? "not recorded" : pol) + "." + affiliation + " → " + lo);
            }
            return lo;
        }

        /** Hits on a release that is no export (U.S. person in the U.S., object code in the U.S.). */
        private Outcome usPersonListHits(PersonView pv, List<ScreeningHit> hits, Trace t) {
            Outcome o = Outcome.NOT_SUBJECT;
            for (ScreeningHit h : hits) {
                String code = h.restrictedList().code();
                String who = hitLabel(pv, h);
                boolean match = ScreeningHit.BAND_MATCH.equals(h.band());
                if (match && (code.equals("DPL") || code.equals("SDN"))) {
                    RuleSet.ListRule rule = rs.listRule(code);
                    if (t.loud) {
                        t.add("list." + code, rule.citation(), who + ": " + rule.text() + ". This applies even without"
                                + " an export → " + rule.outcome());
                    }
                    o = Outcome.max(o, rule.outcome());
                } else {
                    if (t.loud) {
                        t.add(new Step("list." + code, h.restrictedList().legalBasis(), who + ": no export takes place,"
                                + " but the item is subject to the EAR and the recipient may act for a listed party →"
                                + " REVIEW", "For " + pv.label() + " (" + h.list() + " " + entryLabel(h) + "): will the"
                                + " item reach the listed party, and does the export-control office clear the release?"));
                    }
                    o = Outcome.max(o, Outcome.REVIEW);
                }
            }
            return o;
        }

        /** Items not subject to the EAR stay NOT_SUBJECT for listed parties, with notes. */
        private void notSubjectListNotes(PersonView pv, List<ScreeningHit> hits, Trace t) {
            for (ScreeningHit h : hits) {
                String code = h.restrictedList().code();
                String note = hitLabel(pv, h) + ": the item is not subject to the EAR, so no EAR licence is needed"
                        + " even for a listed party; U.S. persons must still not 'support' listed activities"
                        + " (15 CFR 744.6, e.g. BIS FAQ #236)";
                if (code.equals("SDN")) {
                    note += ". OFAC: dealings with a blocked person, including services, are prohibited whatever the"
                            + " EAR says (31 CFR Chapter V): ask the export-control office";
                }
                if (t.loud) {
                    t.add("list." + code + ".not-subject", "15 CFR 734.3(b)(3); 15 CFR 744.6", note);
                }
            }
        }

        private static String hitLabel(PersonView pv, ScreeningHit h) {
            return listName(h) + " hit on the " + h.field() + " of " + pv.label() + " ('"
                    + h.matchedName() + "' matched " + entryLabel(h) + ", band " + h.band() + ")";
        }

        private static String listName(ScreeningHit h) {
            return switch (h.restrictedList()) {
                case EL -> "Entity List";
                case DPL -> "Denied Persons List";
                case SDN -> "OFAC SDN list";
                case UVL -> "Unverified List";
                case MEU -> "Military End-User List";
                case CUSTOM -> "Custom list (" + h.list() + ")";
                default -> h.list() + " list";
            };
        }

        private static String entryLabel(ScreeningHit h) {
            return "'" + (h.entryName() == null ? h.matchedName() : h.entryName() + "'")
                    + (h.entry() == null ? "" : " [" + h.entry() + "]") + (h.entryName() == null ? "'" : "");
        }
    }

    // ==========================================================================================================
    // Remediation: re-run the procedure on changed facts and keep the changes that lower the outcome.
    // ==========================================================================================================

    static final class Remediator {
        private final Procedure proc;
        private final Artifact artifact;
        private final Paper paper;
        private ArtifactView published;
        private ArtifactView paperInstead;
        private ArtifactView sponsorDeclined;
        private ArtifactView intended;

        Remediator(Procedure proc, Artifact artifact, Paper paper) {
            this.proc = proc;
            this.artifact = artifact;
            this.paper = paper;
        }

        List<RemedyLine> remedies(ArtifactView av, PersonView pv, List<ScreeningHit> hits, Outcome current,
                                  Trace original) {
            List<RemedyLine> out = new ArrayList<>();
            String what = kindLabel(artifact.kind());
            PublicationRestrictions r = paper == null ? null : paper.publicationRestrictions();
            if (paper != null && (r == PublicationRestrictions.SPONSOR_MAY_WITHHOLD
                    || r == PublicationRestrictions.PROPRIETARY)) {
                if (sponsorDeclined == null) {
                    Paper p2 = new Paper(paper.title(), paper.venue(), paper.stage(), paper.fundamentalResearch(),
                            PublicationRestrictions.SPONSOR_REVIEW_ONLY);
                    sponsorDeclined = new Procedure(proc.rs, p2).artifact(artifact, p2);
                }
                offer(out, sponsorDeclined, pv, hits, current, "decline the sponsor's right to withhold publication"
                        + " (accept only a review for the sponsor's proprietary information) to keep"
                        + " fundamental-research status", "15 CFR 734.8(b)(2)");
            }
            if (Boolean.FALSE.equals(artifact.intendedForPublication()) || artifact.intendedForPublication() == null) {
                if (intended == null) {
                    intended = proc.artifact(withIntended(artifact), paper);
                }
                offer(out, intended, pv, hits, current, "decide to publish the " + what
                        + " with the research results", "15 CFR 734.8(a)");
            }
            if (!Boolean.TRUE.equals(artifact.published())) {
                if (published == null) {
                    published = proc.artifact(artifact.withPublished(true), paper);
                }
                offer(out, published, pv, hits, current, "publish the " + what + " first",
                        artifact.kind() == ArtifactKind.SOURCE_CODE && artifact.encryption() != null
                                && artifact.encryption() != Encryption.NONE ? "15 CFR 742.15(b)" : "15 CFR 734.7(a)");
            }
            if (artifact.kind() != ArtifactKind.MANUSCRIPT) {
                if (paperInstead == null) {
                    Artifact m = new Artifact(artifact.id(), ArtifactKind.MANUSCRIPT, "published paper", true, true,
                            null, null, null, null, null, null, Encryption.NONE, artifact.channel(),
                            artifact.sharedWith());
                    paperInstead = proc.artifact(m, paper);
                }
                offer(out, paperInstead, pv, hits, current, "share the published paper or preprint instead of the "
                        + what, "15 CFR 734.7(a); 15 CFR 734.3(b)(3)(i)");
            }
            if (pv.status() == Status.UNKNOWN && pv.inUs()) {
                add(out, "confirm that " + pv.label() + " is a U.S. citizen, permanent resident or protected"
                        + " individual (if so)", "15 CFR 772.1; 15 CFR 734.18(a)(2)", Outcome.NOT_SUBJECT, current);
            }
            if (current == Outcome.LICENSE_REQUIRED && !original.exceptionsBarred && original.licenceFromControls) {
                for (RuleSet.LicenseException le : original.exceptionsWorthNaming) {
                    if (!le.overcomesAll(original.licenceReasons)) {
                        continue;
                    }
                    String unconfirmed = "";
                    for (String g : le.eligibleGroups()) {
                        unconfirmed += proc.unconfirmedGroup(g, original.destination == null
                                ? Country.of("US") : original.destination);
                    }
                    add(out, "check License Exception " + le.code() + " (" + le.title() + "): " + le.text()
                            + unconfirmed, le.citation(), Outcome.NO_LICENSE_REQUIRED, current);
                }
            }
            add(out, "do not share the " + what + " with " + pv.label() + ": no release, no export",
                    "15 CFR 734.13; 15 CFR 734.15", Outcome.NOT_SUBJECT, current);
            if (current == Outcome.LICENSE_REQUIRED) {
                org.collabrisk.domain.Remedy rem = new org.collabrisk.domain.Remedy("ask the export-control office"
                        + " to apply for a BIS licence before sharing", "15 CFR Part 748", Outcome.LICENSE_REQUIRED);
                out.add(new RemedyLine(rem, rem.action() + " (" + rem.citation() + ") → release only under the"
                        + " licence, if granted"));
            }
            return out;
        }

        private void offer(List<RemedyLine> out, ArtifactView changed, PersonView pv, List<ScreeningHit> hits,
                           Outcome current, String action, String citation) {
            Outcome o = proc.decide(changed, pv, hits, new Trace(proc.rs, false));
            add(out, action, citation, o, current);
        }

        private static void add(List<RemedyLine> out, String action, String citation, Outcome result, Outcome current) {
            if (result.compareTo(current) < 0) {
                org.collabrisk.domain.Remedy rem = new org.collabrisk.domain.Remedy(action, citation, result);
                out.add(new RemedyLine(rem, action + " (" + citation + ") → " + result));
            }
        }

        private static Artifact withIntended(Artifact a) {
            return new Artifact(a.id(), a.kind(), a.name(), a.published(), true, a.eccn(), a.trainingOperations(),
                    a.parameters(), a.mixtureOfExperts(), a.derivedFrom(), a.benchmarks(), a.encryption(),
                    a.channel(), a.sharedWith());
        }
    }

    // ==========================================================================================================
    // Wording helpers.
    // ==========================================================================================================

    static String kindLabel(ArtifactKind k) {
        if (k == null) {
            return "artifact";
        }
        return switch (k) {
            case MODEL_WEIGHTS -> "model weights";
            case ARCHITECTURE -> "architecture description";
            case SOURCE_CODE -> "source code";
            case OBJECT_CODE -> "object code";
            case DATASET -> "dataset";
            case TRAINING_RECIPE -> "training recipe";
            case EVALUATION_RESULTS -> "evaluation results";
            case MANUSCRIPT -> "manuscript";
            case AGENT_FRAMEWORK -> "agent framework";
        };
    }

    static String usStatusLabel(UsStatus s) {
        return switch (s) {
            case CITIZEN -> "citizen";
            case PERMANENT_RESIDENT -> "permanent resident";
            case PROTECTED_INDIVIDUAL -> "protected individual (8 U.S.C. 1324b(a)(3))";
            default -> "person";
        };
    }

    /** English names, looked up once: the JDK's locale lookup is too slow for every reason of every release. */
    private static final Map<String, String> DESCRIBED = describeAll();

    private static Map<String, String> describeAll() {
        Map<String, String> m = new HashMap<>();
        Country.all().forEach((code, name) -> m.put(code, name + " (" + code + ")"));
        return Map.copyOf(m);
    }

    static String describe(Country c) {
        String d = DESCRIBED.get(c.code());
        return d != null ? d : c.code();
    }

    static String codes(List<Country> cs) {
        StringBuilder b = new StringBuilder();
        for (Country c : cs) {
            b.append(b.length() == 0 ? "" : ", ").append(c.code());
        }
        return b.toString();
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String sci(double v) {
        if (v == 0) {
            return "0";
        }
        int exp = (int) Math.floor(Math.log10(Math.abs(v)));
        double mant = v / Math.pow(10, exp);
        if (Math.abs(mant - Math.round(mant)) < 1e-9) {
            return (Math.round(mant) == 1 ? "" : Math.round(mant) + " x ") + "10^" + exp;
        }
        return num(mant) + " x 10^" + exp;
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(java.util.Locale.ROOT, "%.4f", v);
        while (s.endsWith("0")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    static String pct(double fraction) {
        return num(fraction * 100) + " percent";
    }
}
