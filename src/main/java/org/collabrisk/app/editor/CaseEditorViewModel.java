package org.collabrisk.app.editor;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.collabrisk.domain.Artifact;
import org.collabrisk.domain.ArtifactKind;
import org.collabrisk.domain.Paper;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.PublicationRestrictions;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.Stage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The case being edited: paper answers, people and artifacts as editable rows, the commands of the three parts
 * (add / remove / duplicate rows) and validation. Every edit bumps {@link #changeCountProperty()}, which the live
 * assessment listens to. Holds no Node; tested without a toolkit.
 */
public final class CaseEditorViewModel {

    private final StringProperty caseId = new SimpleStringProperty(this, "caseId");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty paperTitle = new SimpleStringProperty(this, "paperTitle", "");
    private final StringProperty venue = new SimpleStringProperty(this, "venue", "");
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(this, "stage", Stage.DRAFT);
    private final ObjectProperty<Boolean> fundamentalResearch = new SimpleObjectProperty<>(this, "fundamental");
    private final ObjectProperty<PublicationRestrictions> publicationRestrictions =
            new SimpleObjectProperty<>(this, "restrictions");
    private final ObservableList<PersonRow> people =
            FXCollections.observableArrayList(PersonRow::observables);
    private final ObservableList<ArtifactRow> artifacts =
            FXCollections.observableArrayList(ArtifactRow::observables);
    private final ObjectProperty<PersonRow> selectedPerson = new SimpleObjectProperty<>(this, "selectedPerson");
    private final ObjectProperty<ArtifactRow> selectedArtifact = new SimpleObjectProperty<>(this, "selectedArtifact");
    private final IntegerProperty changeCount = new SimpleIntegerProperty(this, "changeCount");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private boolean loading;

    public CaseEditorViewModel() {
        Observable[] paperFields = {title, paperTitle, venue, stage, fundamentalResearch, publicationRestrictions};
        for (Observable o : paperFields) {
            o.addListener(x -> changed());
        }
        people.addListener((ListChangeListener<PersonRow>) c -> changed());
        artifacts.addListener((ListChangeListener<ArtifactRow>) c -> changed());
    }

    private void changed() {
        if (loading) {
            return;
        }
        dirty.set(true);
        refreshProblems();
        changeCount.set(changeCount.get() + 1);
    }

    /** Starts a new, empty case with one person and one artifact to fill in. */
    public void newCase() {
        load(new ResearchCase(ResearchCase.FORMAT_VERSION, null, "Untitled case",
                new Paper("", "", Stage.DRAFT, null, null), List.of(), List.of()), null);
        loading = true;
        try {
            addPerson();
            addArtifact();
        } finally {
            loading = false;
        }
        dirty.set(false);
        refreshProblems();
        changeCount.set(changeCount.get() + 1);
    }

    /** Shows {@code c} in the editor; {@code from} is the file it came from, if any. */
    public void load(ResearchCase c, Path from) {
        loading = true;
        try {
            caseId.set(c.id());
            title.set(c.title() == null ? "" : c.title());
            Paper p = c.paper() == null ? new Paper(null, null, null, null, null) : c.paper();
            paperTitle.set(p.title() == null ? "" : p.title());
            venue.set(p.venue() == null ? "" : p.venue());
            stage.set(p.stage());
            fundamentalResearch.set(p.fundamentalResearch());
            publicationRestrictions.set(p.publicationRestrictions());
            people.setAll(c.people().stream().map(PersonRow::of).toList());
            artifacts.setAll(c.artifacts().stream().map(ArtifactRow::of).toList());
            selectedPerson.set(people.isEmpty() ? null : people.get(0));
            selectedArtifact.set(artifacts.isEmpty() ? null : artifacts.get(0));
            file.set(from);
            open.set(true);
        } finally {
            loading = false;
        }
        dirty.set(false);
        refreshProblems();
        changeCount.set(changeCount.get() + 1);
    }

    /** After a save: the case now has an id and nothing is unsaved. */
    public void markSaved(String id, Path savedTo) {
        loading = true;
        try {
            caseId.set(id);
            if (savedTo != null) {
                file.set(savedTo);
            }
        } finally {
            loading = false;
        }
        dirty.set(false);
    }

    public void close() {
        loading = true;
        try {
            people.clear();
            artifacts.clear();
            caseId.set(null);
            file.set(null);
            open.set(false);
        } finally {
            loading = false;
        }
        dirty.set(false);
        problems.clear();
    }

    /**
     * The case as edited. Fields that cannot be read (a half-typed number) are left out as unknown, so the live
     * assessment keeps running; {@link #problems()} lists them and saving refuses them.
     */
    public ResearchCase toCase() {
        List<Person> ps = people.stream().map(PersonRow::toPerson).toList();
        List<Artifact> as = new ArrayList<>();
        for (ArtifactRow a : artifacts) {
            try {
                as.add(a.toArtifact());
            } catch (org.collabrisk.domain.InvalidInputException e) {
                as.add(lenient(a));
            }
        }
        return new ResearchCase(ResearchCase.FORMAT_VERSION, caseId.get(), blankToNull(title.get()),
                new Paper(blankToNull(paperTitle.get()), blankToNull(venue.get()), stage.get(),
                        fundamentalResearch.get(), publicationRestrictions.get()), ps, as);
    }

    private static Artifact lenient(ArtifactRow a) {
        ArtifactRow copy = a.copyAs(a.getId());
        copy.nameProperty().set(a.nameProperty().get());
        if (Numbers.problem("x", copy.trainingOperationsProperty().get()) != null) {
            copy.trainingOperationsProperty().set("");
        }
        if (Numbers.problem("x", copy.parametersProperty().get()) != null) {
            copy.parametersProperty().set("");
        }
        if (copy.benchmarksProblem() != null) {
            copy.benchmarksProperty().set("");
        }
        if (copy.eccnProblem() != null) {
            copy.eccnProperty().set("");
        }
        return copy.toArtifact();
    }

    /** The case for saving: {@link org.collabrisk.domain.InvalidInputException} naming the first problem. */
    public ResearchCase toCaseForSaving() {
        List<String> errors = blockingProblems();
        if (!errors.isEmpty()) {
            throw new org.collabrisk.domain.InvalidInputException(errors.get(0));
        }
        return toCase();
    }

    /** Problems that prevent saving (the citizenship warning does not: REVIEW is a valid answer). */
    public List<String> blockingProblems() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            String n = people.get(i).nameProblem();
            if (n != null) {
                out.add("People, row " + (i + 1) + ": " + n);
            }
        }
        for (int i = 0; i < artifacts.size(); i++) {
            for (String p : artifacts.get(i).problems()) {
                out.add("Artifacts, row " + (i + 1) + " (" + artifacts.get(i).label() + "): " + p);
            }
        }
        return out;
    }

    private void refreshProblems() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            for (String p : people.get(i).problems()) {
                out.add("People, row " + (i + 1) + " (" + people.get(i).label() + "): " + p);
            }
        }
        for (int i = 0; i < artifacts.size(); i++) {
            for (String p : artifacts.get(i).problems()) {
                out.add("Artifacts, row " + (i + 1) + " (" + artifacts.get(i).label() + "): " + p);
            }
        }
        problems.setAll(out);
    }

    // ---- People commands ----

    public PersonRow addPerson() {
        PersonRow r = new PersonRow(nextId("p", people.stream().map(PersonRow::getId).toList()));
        people.add(r);
        selectedPerson.set(r);
        return r;
    }

    /** Duplicates the selected person right below it (no-op without a selection). */
    public PersonRow duplicatePerson() {
        PersonRow sel = selectedPerson.get();
        if (sel == null) {
            return null;
        }
        PersonRow copy = sel.copyAs(nextId("p", people.stream().map(PersonRow::getId).toList()));
        people.add(people.indexOf(sel) + 1, copy);
        selectedPerson.set(copy);
        return copy;
    }

    /** Removes the selected person and takes them off every artifact's "shared with" list. */
    public void removePerson() {
        PersonRow sel = selectedPerson.get();
        if (sel == null) {
            return;
        }
        int i = people.indexOf(sel);
        for (ArtifactRow a : artifacts) {
            a.sharedWith().remove(sel.getId());
        }
        people.remove(sel);
        selectedPerson.set(people.isEmpty() ? null : people.get(Math.min(i, people.size() - 1)));
    }

    // ---- Artifact commands ----

    public ArtifactRow addArtifact() {
        ArtifactRow r = new ArtifactRow(nextId("a", artifacts.stream().map(ArtifactRow::getId).toList()));
        r.kindProperty().set(ArtifactKind.MODEL_WEIGHTS);
        artifacts.add(r);
        selectedArtifact.set(r);
        return r;
    }

    public ArtifactRow duplicateArtifact() {
        ArtifactRow sel = selectedArtifact.get();
        if (sel == null) {
            return null;
        }
        ArtifactRow copy = sel.copyAs(nextId("a", artifacts.stream().map(ArtifactRow::getId).toList()));
        artifacts.add(artifacts.indexOf(sel) + 1, copy);
        selectedArtifact.set(copy);
        return copy;
    }

    public void removeArtifact() {
        ArtifactRow sel = selectedArtifact.get();
        if (sel == null) {
            return;
        }
        int i = artifacts.indexOf(sel);
        artifacts.remove(sel);
        selectedArtifact.set(artifacts.isEmpty() ? null : artifacts.get(Math.min(i, artifacts.size() - 1)));
    }

    /** "p3" after p1, p2 (or the first free number), so ids stay short and stable in case files. */
    static String nextId(String prefix, List<String> taken) {
        int n = taken.size() + 1;
        while (taken.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    public PersonRow person(String id) {
        return people.stream().filter(p -> p.getId().equals(id)).findFirst().orElse(null);
    }

    public ArtifactRow artifact(String id) {
        return artifacts.stream().filter(a -> a.getId().equals(id)).findFirst().orElse(null);
    }

    /** One-line help for the paper questions, citing the rule (15 CFR 734.8, 734.7). */
    public static final String FUNDAMENTAL_RESEARCH_HELP = "Research at an accredited institution whose results are "
            + "ordinarily published and shared: technology and software that arise from it are not subject to the "
            + "EAR (15 CFR 734.8(a)). Unknown gives REVIEW.";
    public static final String RESTRICTIONS_HELP = "Sponsor review only to protect patent rights or proprietary "
            + "inputs keeps the exclusion; a sponsor who may withhold results or a proprietary project loses it "
            + "(15 CFR 734.8(b)).";
    public static final String STAGE_HELP = "Once the paper, code or weights are available to the public without "
            + "restriction they are \"published\" and not subject to the EAR (15 CFR 734.7).";

    // ---- properties ----

    public StringProperty caseIdProperty() {
        return caseId;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty paperTitleProperty() {
        return paperTitle;
    }

    public StringProperty venueProperty() {
        return venue;
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public ObjectProperty<Boolean> fundamentalResearchProperty() {
        return fundamentalResearch;
    }

    public ObjectProperty<PublicationRestrictions> publicationRestrictionsProperty() {
        return publicationRestrictions;
    }

    public ObservableList<PersonRow> people() {
        return people;
    }

    public ObservableList<ArtifactRow> artifacts() {
        return artifacts;
    }

    public ObjectProperty<PersonRow> selectedPersonProperty() {
        return selectedPerson;
    }

    public ObjectProperty<ArtifactRow> selectedArtifactProperty() {
        return selectedArtifact;
    }

    public ReadOnlyIntegerProperty changeCountProperty() {
        return changeCount;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanProperty openProperty() {
        return open;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** Problems and warnings, one sentence each, naming the row and field. */
    public ObservableList<String> problems() {
        return problems;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
