package org.collabrisk.app.matrix;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.collabrisk.domain.Artifact;
import org.collabrisk.domain.Assessment;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.ResearchCase;
import org.collabrisk.domain.ScreeningHit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The disclosure matrix: artifacts (rows) × people (columns), one cell per release, coloured by outcome; the
 * selected cell's decision trail. Rebuilt from each new (case, assessment) pair; the selection survives a rebuild
 * when the same artifact and person are still there.
 */
public final class DisclosureMatrixViewModel {

    private final ReadOnlyObjectWrapper<Model> model = new ReadOnlyObjectWrapper<>(this, "model", Model.EMPTY);
    private final ObjectProperty<MatrixCell> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<CellDetails> details = new ReadOnlyObjectWrapper<>(this, "details");

    public DisclosureMatrixViewModel() {
        selected.addListener((o, a, b) -> details.set(b == null ? null : detailsOf(b)));
    }

    /** Shows {@code assessment} of {@code researchCase}. */
    public void show(ResearchCase researchCase, Assessment assessment) {
        MatrixCell before = selected.get();
        Model m = build(researchCase, assessment);
        model.set(m);
        MatrixCell again = before == null ? null : m.cell(before.artifactId(), before.personId()).orElse(null);
        selected.set(null);
        selected.set(again);
    }

    public void clear() {
        model.set(Model.EMPTY);
        selected.set(null);
    }

    static Model build(ResearchCase c, Assessment a) {
        List<MatrixCell> cells = new ArrayList<>();
        for (Artifact art : c.artifacts()) {
            for (Person p : c.people()) {
                cells.add(new MatrixCell(art.id(), p.id(), a.release(art.id(), p.id()).orElse(null)));
            }
        }
        return new Model(c, a, c.artifacts(), c.people(), cells);
    }

    public void select(String artifactId, String personId) {
        selected.set(model.get().cell(artifactId, personId).orElse(null));
    }

    private CellDetails detailsOf(MatrixCell cell) {
        Model m = model.get();
        String artifact = m.researchCase.artifact(cell.artifactId()).map(Artifact::name).orElse(cell.artifactId());
        String person = m.researchCase.person(cell.personId()).map(Person::name).orElse(cell.personId());
        String heading = artifact + " → " + person;
        List<ScreeningHit> hits = m.assessment.screening().stream()
                .filter(h -> h.person().equals(cell.personId())).toList();
        if (cell.release() == null) {
            return new CellDetails(heading, null, null, null, List.of(), hits,
                    List.of("This artifact is not shared with this person (see the artifact's \"shared with\")."));
        }
        var r = cell.release();
        return new CellDetails(heading, r.outcome(), r.destination() == null ? null : r.destination().code(),
                r.classification(), r.reasons(), hits, r.remediation());
    }

    public ReadOnlyObjectProperty<Model> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public Model model() {
        return model.get();
    }

    public ObjectProperty<MatrixCell> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<CellDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** An immutable snapshot the view draws. */
    public static final class Model {
        static final Model EMPTY = new Model(null, null, List.of(), List.of(), List.of());

        private final ResearchCase researchCase;
        private final Assessment assessment;
        private final List<Artifact> rows;
        private final List<Person> columns;
        private final List<MatrixCell> cells;

        Model(ResearchCase researchCase, Assessment assessment, List<Artifact> rows, List<Person> columns,
              List<MatrixCell> cells) {
            this.researchCase = researchCase;
            this.assessment = assessment;
            this.rows = List.copyOf(rows);
            this.columns = List.copyOf(columns);
            this.cells = List.copyOf(cells);
        }

        public boolean isEmpty() {
            return rows.isEmpty() || columns.isEmpty();
        }

        public List<Artifact> rows() {
            return rows;
        }

        public List<Person> columns() {
            return columns;
        }

        public List<MatrixCell> cells() {
            return cells;
        }

        public Assessment assessment() {
            return assessment;
        }

        public Optional<MatrixCell> cell(String artifactId, String personId) {
            return cells.stream().filter(x -> x.artifactId().equals(artifactId) && x.personId().equals(personId))
                    .findFirst();
        }
    }
}
