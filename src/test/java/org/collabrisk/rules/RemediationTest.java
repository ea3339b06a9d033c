package org.collabrisk.rules;

import org.collabrisk.domain.ArtifactKind;
import org.collabrisk.domain.Encryption;
import org.collabrisk.domain.Outcome;
import org.collabrisk.domain.PublicationRestrictions;
import org.collabrisk.domain.Release;
import org.collabrisk.domain.Remedy;
import org.junit.jupiter.api.Test;

import static org.collabrisk.rules.Cases.artifact;
import static org.collabrisk.rules.Cases.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Remediation is computed by re-running the procedure on changed facts. */
class RemediationTest {

    static Release release(String rs, org.collabrisk.domain.Paper paper, Cases.PersonBuilder p, Cases.ArtifactBuilder a) {
        return EvaluatorTest.release(rs, paper, p, a);
    }

    @Test
    void publishingFirstIsTheSmallestChangeForUnpublishedWeights() {
        Release r = release("ai-diffusion-2025", Cases.companyPaper(), person("p").citizen("CN"),
                artifact("a", ArtifactKind.MODEL_WEIGHTS).ops(2e26));
        assertEquals(Outcome.PROHIBITED, r.outcome());
        Remedy first = r.remedies().get(0);
        assertEquals("publish the model weights first", first.action());
        assertEquals(Outcome.NOT_SUBJECT, first.resultingOutcome());
        assertEquals("publish the model weights first (15 CFR 734.7(a)) → NOT_SUBJECT", r.remediation().get(0));
        assertTrue(r.remediation().stream().anyMatch(x -> x.startsWith("share the published paper")));
        assertTrue(r.remediation().stream().anyMatch(x -> x.startsWith("do not share")));
        assertTrue(r.remediation().stream().noneMatch(x -> x.contains("apply for a BIS licence")),
                "no licence application under a presumption of denial");
    }

    @Test
    void decliningSponsorWithholdingRestoresFundamentalResearch() {
        Release r = release("ear-2026", Cases.paper(true, PublicationRestrictions.SPONSOR_MAY_WITHHOLD),
                person("p").citizen("CN"), artifact("a", ArtifactKind.SOURCE_CODE).eccn("3E001").intended(true));
        assertEquals(Outcome.LICENSE_REQUIRED, r.outcome());
        Remedy first = r.remedies().get(0);
        assertTrue(first.action().startsWith("decline the sponsor's right to withhold"), first.action());
        assertEquals("15 CFR 734.8(b)(2)", first.citation());
        assertEquals(Outcome.NOT_SUBJECT, first.resultingOutcome());
        assertTrue(r.remediation().get(r.remediation().size() - 1).contains("apply for a BIS licence"));
    }

    @Test
    void encryptionSourceCodeToGermanyNamesLicenseExceptionEnc() {
        Release r = release("ear-2026", Cases.companyPaper(), person("p").citizen("DE"),
                artifact("a", ArtifactKind.SOURCE_CODE).encryption(Encryption.STANDARD));
        assertEquals(Outcome.LICENSE_REQUIRED, r.outcome());
        assertTrue(r.remedies().stream().anyMatch(x -> x.action().contains("License Exception ENC")
                && x.resultingOutcome() == Outcome.NO_LICENSE_REQUIRED && x.citation().equals("15 CFR 740.17")),
                r.remediation().toString());
        assertTrue(r.remedies().stream().anyMatch(x -> x.action().equals("publish the source code first")
                && x.citation().equals("15 CFR 742.15(b)") && x.resultingOutcome() == Outcome.NOT_SUBJECT),
                r.remediation().toString());
    }

    @Test
    void tierOneDestinationNamesLicenseExceptionAiaWithItsUncertainty() {
        Release r = release("ai-diffusion-2025", Cases.companyPaper(), person("p").citizen("FR"),
                artifact("a", ArtifactKind.MODEL_WEIGHTS).ops(2e26));
        assertTrue(r.remediation().stream().anyMatch(x -> x.contains("License Exception AIA")
                && x.contains("UNCONFIRMED") && x.endsWith("→ NO_LICENSE_REQUIRED")), r.remediation().toString());
    }

    @Test
    void nsOnlyTechnologyToIndiaNamesTsrAndSta() {
        Release r = release("ear-2026", Cases.companyPaper(), person("p").citizen("IN"),
                artifact("a", ArtifactKind.ARCHITECTURE).eccn("3E001"));
        assertEquals(Outcome.LICENSE_REQUIRED, r.outcome());
        assertTrue(r.remediation().stream().anyMatch(x -> x.contains("License Exception TSR")), r.remediation().toString());
        assertTrue(r.remediation().stream().anyMatch(x -> x.contains("License Exception STA")), r.remediation().toString());
    }

    @Test
    void noLicenseExceptionWhenAReasonIsLeftUncovered() {
        // Vietnam: NS1 and the 3A090 RS control; Vietnam is in D:1 (not Group B, not A:5).
        Release r = release("ear-2026", Cases.companyPaper(), person("p").citizen("VN"),
                artifact("a", ArtifactKind.ARCHITECTURE).eccn("3E001"));
        assertEquals(Outcome.LICENSE_REQUIRED, r.outcome());
        assertTrue(r.remediation().stream().noneMatch(x -> x.contains("License Exception")), r.remediation().toString());
    }

    @Test
    void licenseExceptionsAreNotNamedForIran() {
        Release r = release("ear-2026", Cases.companyPaper(), person("p").citizen("IR"),
                artifact("a", ArtifactKind.SOURCE_CODE).encryption(Encryption.STANDARD));
        assertTrue(r.remediation().stream().noneMatch(x -> x.contains("License Exception")), r.remediation().toString());
    }

    @Test
    void publishingDoesNotHelpUnderTheFrontierRegimeSoItIsNotOffered() {
        Release r = release("frontier-thresholds-2026", Cases.companyPaper(), person("p").citizen("IN"),
                artifact("a", ArtifactKind.MODEL_WEIGHTS).ops(5e25));
        assertEquals(Outcome.LICENSE_REQUIRED, r.outcome());
        assertTrue(r.remediation().stream().noneMatch(x -> x.startsWith("publish")), r.remediation().toString());
        assertTrue(r.remediation().stream().anyMatch(x -> x.startsWith("share the published paper")));
    }

    @Test
    void clearReleasesGetNoRemediation() {
        Release r = release("ear-2026", Cases.companyPaper(), person("p").citizen("CN"),
                artifact("a", ArtifactKind.SOURCE_CODE));
        assertEquals(Outcome.NO_LICENSE_REQUIRED, r.outcome());
        assertTrue(r.remediation().isEmpty());
    }

    @Test
    void unknownStatusOffersToConfirmUsPersonStatus() {
        Release r = release("ear-2026", Cases.companyPaper(), person("p").citizen("CN")
                .status(org.collabrisk.domain.UsStatus.UNKNOWN), artifact("a", ArtifactKind.SOURCE_CODE).eccn("3E001"));
        assertEquals(Outcome.REVIEW, r.outcome());
        assertTrue(r.remediation().stream().anyMatch(x -> x.startsWith("confirm that person 'p'")
                && x.endsWith("→ NOT_SUBJECT")), r.remediation().toString());
    }
}
