package org.collabrisk.app.editor;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.collabrisk.domain.Country;
import org.collabrisk.domain.Person;
import org.collabrisk.domain.UsStatus;

import java.util.ArrayList;
import java.util.List;

/** One editable person of the case (a row of the People table). */
public final class PersonRow {

    private final StringProperty id = new SimpleStringProperty(this, "id");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty affiliation = new SimpleStringProperty(this, "affiliation", "");
    private final ObjectProperty<Country> affiliationCountry = new SimpleObjectProperty<>(this, "affiliationCountry");
    private final ObservableList<Country> citizenships = FXCollections.observableArrayList();
    private final ObjectProperty<Country> permanentResidence = new SimpleObjectProperty<>(this, "permanentResidence");
    private final ObjectProperty<Country> mostRecentStatus = new SimpleObjectProperty<>(this, "mostRecentStatus");
    private final ObjectProperty<UsStatus> usStatus = new SimpleObjectProperty<>(this, "usStatus", UsStatus.UNKNOWN);
    private final ObjectProperty<Country> location = new SimpleObjectProperty<>(this, "location");

    public PersonRow(String id) {
        this.id.set(id);
    }

    public static PersonRow of(Person p) {
        PersonRow r = new PersonRow(p.id());
        r.name.set(p.name() == null ? "" : p.name());
        r.affiliation.set(p.affiliation() == null ? "" : p.affiliation());
        r.affiliationCountry.set(p.affiliationCountry());
        r.citizenships.setAll(p.citizenships());
        r.permanentResidence.set(p.permanentResidence());
        r.mostRecentStatus.set(p.mostRecentStatusCountry());
        r.usStatus.set(p.usStatus() == null ? UsStatus.UNKNOWN : p.usStatus());
        r.location.set(p.location());
        return r;
    }

    public Person toPerson() {
        return new Person(id.get(), name.get().trim(), blankToNull(affiliation.get()), affiliationCountry.get(),
                List.copyOf(citizenships), permanentResidence.get(), mostRecentStatus.get(), usStatus.get(),
                location.get());
    }

    /** A copy under a new id (the "duplicate row" command). */
    public PersonRow copyAs(String newId) {
        PersonRow r = of(toPersonUnchecked());
        r.id.set(newId);
        r.name.set(name.get() + " (copy)");
        return r;
    }

    private Person toPersonUnchecked() {
        return new Person(id.get(), name.get(), affiliation.get(), affiliationCountry.get(), List.copyOf(citizenships),
                permanentResidence.get(), mostRecentStatus.get(), usStatus.get(), location.get());
    }

    /** Problems to show under the fields, in the order of the form; empty when the row is complete. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        String n = nameProblem();
        if (n != null) {
            out.add(n);
        }
        String c = citizenshipProblem();
        if (c != null) {
            out.add(c);
        }
        return out;
    }

    public String nameProblem() {
        return name.get() == null || name.get().isBlank() ? "Name is required" : null;
    }

    /**
     * Not an error, a warning: without a citizenship the evaluator cannot derive the deemed-export destination
     * (15 CFR 734.13(b)) and will answer REVIEW with a question.
     */
    public String citizenshipProblem() {
        boolean foreignOrUnknown = usStatus.get() == null || usStatus.get() == UsStatus.FOREIGN_PERSON
                || usStatus.get() == UsStatus.UNKNOWN;
        return foreignOrUnknown && citizenships.isEmpty()
                ? "Citizenship unknown: the release destination cannot be derived (15 CFR 734.13(b))" : null;
    }

    /** What the extractor of the people list watches, so any edit counts as a change. */
    public Observable[] observables() {
        return new Observable[]{name, affiliation, affiliationCountry, citizenships, permanentResidence,
                mostRecentStatus, usStatus, location};
    }

    public String getId() {
        return id.get();
    }

    public StringProperty idProperty() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public String getName() {
        return name.get();
    }

    public StringProperty affiliationProperty() {
        return affiliation;
    }

    public ObjectProperty<Country> affiliationCountryProperty() {
        return affiliationCountry;
    }

    public ObservableList<Country> citizenships() {
        return citizenships;
    }

    public ObjectProperty<Country> permanentResidenceProperty() {
        return permanentResidence;
    }

    public ObjectProperty<Country> mostRecentStatusProperty() {
        return mostRecentStatus;
    }

    public ObjectProperty<UsStatus> usStatusProperty() {
        return usStatus;
    }

    public ObjectProperty<Country> locationProperty() {
        return location;
    }

    /** "Wei Zhang", or "Person p2" while unnamed. */
    public String label() {
        return name.get() == null || name.get().isBlank() ? "Person " + id.get() : name.get();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
