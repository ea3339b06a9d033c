package org.collabrisk.app.editor;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.collabrisk.domain.Artifact;
import org.collabrisk.domain.ArtifactKind;
import org.collabrisk.domain.Channel;
import org.collabrisk.domain.DerivedFrom;
import org.collabrisk.domain.Encryption;
import org.collabrisk.domain.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One editable artifact of the case. Numbers are kept as the text the user typed and parsed on the way out, so a
 * half-typed value is shown as a problem instead of being lost.
 */
public final class ArtifactRow {

    private static final Pattern ECCN = Pattern.compile("(?i)EAR99|[0-9][A-E][0-9]{3}[a-z0-9.]*");

    private final StringProperty id = new SimpleStringProperty(this, "id");
    private final ObjectProperty<ArtifactKind> kind = new SimpleObjectProperty<>(this, "kind", ArtifactKind.MODEL_WEIGHTS);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<Boolean> published = new SimpleObjectProperty<>(this, "published");
    private final ObjectProperty<Boolean> intendedForPublication = new SimpleObjectProperty<>(this, "intended");
    private final StringProperty eccn = new SimpleStringProperty(this, "eccn", "");
    private final StringProperty trainingOperations = new SimpleStringProperty(this, "trainingOperations", "");
    private final StringProperty parameters = new SimpleStringProperty(this, "parameters", "");
    private final ObjectProperty<Boolean> mixtureOfExperts = new SimpleObjectProperty<>(this, "moe");
    private final StringProperty benchmarks = new SimpleStringProperty(this, "benchmarks", "");
    private final ObjectProperty<Encryption> encryption = new SimpleObjectProperty<>(this, "encryption");
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(this, "channel");
    private final ObservableList<String> sharedWith = FXCollections.observableArrayList();
    /** Not edited in the form (rare); kept so a round trip through the editor does not lose it. */
    private DerivedFrom derivedFrom;

    public ArtifactRow(String id) {
        this.id.set(id);
    }

    public static ArtifactRow of(Artifact a) {
        ArtifactRow r = new ArtifactRow(a.id());
        r.kind.set(a.kind());
        r.name.set(a.name() == null ? "" : a.name());
        r.published.set(a.published());
        r.intendedForPublication.set(a.intendedForPublication());
        r.eccn.set(a.eccn() == null ? "" : a.eccn());
        r.trainingOperations.set(Numbers.format(a.trainingOperations()));
        r.parameters.set(Numbers.format(a.parameters()));
        r.mixtureOfExperts.set(a.mixtureOfExperts());
        r.benchmarks.set(Numbers.formatBenchmarks(a.benchmarks()));
        r.encryption.set(a.encryption());
        r.channel.set(a.channel());
        r.sharedWith.setAll(a.sharedWith());
        r.derivedFrom = a.derivedFrom();
        return r;
    }

    /** The artifact, or an {@link InvalidInputException} naming the field that cannot be read. */
    public Artifact toArtifact() {
        String label = "Artifact '" + label() + "' ";
        Double ops = Numbers.parse(label + "training operations", trainingOperations.get());
        Double params = Numbers.parse(label + "parameters", parameters.get());
        java.util.Map<String, Double> bench;
        try {
            bench = Numbers.parseBenchmarks(benchmarks.get());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(label + e.getMessage(), e);
        }
        String e = eccn.get() == null || eccn.get().isBlank() ? null : eccn.get().trim();
        if (e != null && eccnProblem() != null) {
            throw new InvalidInputException(label + eccnProblem());
        }
        if (e != null) {
            // "4e091" -> "4E091"; sub-paragraphs keep lower case as the CCL prints them ("5D002.c.1")
            e = e.length() <= 5 ? e.toUpperCase(Locale.ROOT)
                    : e.substring(0, 5).toUpperCase(Locale.ROOT) + e.substring(5).toLowerCase(Locale.ROOT);
        }
        return new Artifact(id.get(), kind.get(), name.get().trim(), published.get(), intendedForPublication.get(), e,
                ops, params, mixtureOfExperts.get(), derivedFrom, bench, encryption.get(), channel.get(),
                List.copyOf(sharedWith));
    }

    public ArtifactRow copyAs(String newId) {
        ArtifactRow r = new ArtifactRow(newId);
        r.kind.set(kind.get());
        r.name.set(name.get() + " (copy)");
        r.published.set(published.get());
        r.intendedForPublication.set(intendedForPublication.get());
        r.eccn.set(eccn.get());
        r.trainingOperations.set(trainingOperations.get());
        r.parameters.set(parameters.get());
        r.mixtureOfExperts.set(mixtureOfExperts.get());
        r.benchmarks.set(benchmarks.get());
        r.encryption.set(encryption.get());
        r.channel.set(channel.get());
        r.sharedWith.setAll(sharedWith);
        r.derivedFrom = derivedFrom;
        return r;
    }

    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (name.get() == null || name.get().isBlank()) {
            out.add("Name is required");
        }
        addIfPresent(out, Numbers.problem("training operations", trainingOperations.get()));
        addIfPresent(out, Numbers.problem("parameters", parameters.get()));
        addIfPresent(out, benchmarksProblem());
        addIfPresent(out, eccnProblem());
        return out;
    }

    public String benchmarksProblem() {
        try {
            Numbers.parseBenchmarks(benchmarks.get());
            return null;
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
    }

    public String eccnProblem() {
        String e = eccn.get();
        if (e == null || e.isBlank() || ECCN.matcher(e.trim()).matches()) {
            return null;
        }
        return "ECCN '" + e.trim() + "' is not of the form 4E091 or EAR99 (Supp. No. 1 to Part 774)";
    }

    private static void addIfPresent(List<String> out, String problem) {
        if (problem != null) {
            out.add(problem);
        }
    }

    public Observable[] observables() {
        return new Observable[]{kind, name, published, intendedForPublication, eccn, trainingOperations, parameters,
                mixtureOfExperts, benchmarks, encryption, channel, sharedWith};
    }

    public String label() {
        return name.get() == null || name.get().isBlank() ? "Artifact " + id.get() : name.get();
    }

    public String getId() {
        return id.get();
    }

    public StringProperty idProperty() {
        return id;
    }

    public ObjectProperty<ArtifactKind> kindProperty() {
        return kind;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Boolean> publishedProperty() {
        return published;
    }

    public ObjectProperty<Boolean> intendedForPublicationProperty() {
        return intendedForPublication;
    }

    public StringProperty eccnProperty() {
        return eccn;
    }

    public StringProperty trainingOperationsProperty() {
        return trainingOperations;
    }

    public StringProperty parametersProperty() {
        return parameters;
    }

    public ObjectProperty<Boolean> mixtureOfExpertsProperty() {
        return mixtureOfExperts;
    }

    public StringProperty benchmarksProperty() {
        return benchmarks;
    }

    public ObjectProperty<Encryption> encryptionProperty() {
        return encryption;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    /** Person ids this artifact goes to; empty means everyone on the case. */
    public ObservableList<String> sharedWith() {
        return sharedWith;
    }
}
