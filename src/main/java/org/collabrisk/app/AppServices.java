package org.collabrisk.app;

/**
 * The services the desktop app uses, behind narrow interfaces so view models can be tested with fakes and the
 * real evaluator, store and screening slot in without the views changing.
 */
public record AppServices(CaseAssessor assessor, CaseScreening screening, CaseRepository repository,
                          CaseFiles files, SampleCases samples) {
}
