package org.collabrisk.service.selfcheck;

import org.collabrisk.domain.ArtifactKind;
import org.collabrisk.domain.ResearchCase;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SelfCheckStepsTest {

    @Test
    void theStandardStepsPassInTheTestRuntime() {
        SelfCheck.Report report = new SelfCheck(SelfCheckSteps.standard()).run(r -> { });
        assertTrue(report.passed(), report.toString());
    }

    @Test
    void requiredModulesAreExactlyTheJdkModulesTheInstallersLink() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<addModule>([^<]+)</addModule>").matcher(pom);
        List<String> linked = new ArrayList<>();
        while (m.find()) {
            if (!m.group(1).startsWith("javafx.")) {
                linked.add(m.group(1));
            }
        }
        assertEquals(SelfCheckSteps.REQUIRED_JDK_MODULES, linked,
                "pom.xml <addModules> and SelfCheckSteps.REQUIRED_JDK_MODULES disagree");
    }

    @Test
    void theSampleCaseReadsThroughTheStrictMapper() throws Exception {
        ResearchCase sample = SelfCheckSteps.loadSampleCase();
        assertEquals(1, sample.formatVersion());
        assertEquals(ArtifactKind.MODEL_WEIGHTS, sample.artifacts().get(0).kind());
        assertEquals(Boolean.TRUE, sample.artifacts().get(0).published());
    }
}
