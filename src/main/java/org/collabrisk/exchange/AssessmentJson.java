package org.collabrisk.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.InvalidInputException;

/** The assessment JSON of the product design ("Assessment"), written by {@code collabrisk assess --format json}. */
public final class AssessmentJson {
    private AssessmentJson() {
    }

    public static String write(Assessment a) {
        try {
            return Json.mapper().writeValueAsString(a) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an assessment could not be written as JSON", e);
        }
    }

    public static Assessment read(String json, String sourceName) {
        try {
            return Json.mapper().readValue(json, Assessment.class);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new InvalidInputException(sourceName + (loc != null ? " line " + loc.getLineNr() : "")
                    + ": not an assessment (" + JsonPaths.shortMessage(e) + ")", e);
        }
    }
}
