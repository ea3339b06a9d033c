package org.collabrisk.app.caselist;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.collabrisk.app.CaseRepository;
import org.collabrisk.domain.CaseStatus;
import org.collabrisk.app.CaseRepository.CaseSummary;
import org.collabrisk.app.common.ErrorMessages;
import org.collabrisk.app.common.TaskRunner;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The saved cases: search (title, id, outcome, status), status filter and the empty state shown before the
 * first case exists. Loads in the background.
 */
public final class CaseListViewModel {

    private final CaseRepository repository;
    private final TaskRunner tasks;
    private final Consumer<String> onError;
    private final ObservableList<CaseSummary> all = FXCollections.observableArrayList();
    private final FilteredList<CaseSummary> visible = new FilteredList<>(all, c -> true);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<CaseStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final BooleanProperty loadedOnce = new SimpleBooleanProperty(this, "loadedOnce");
    private final BooleanBinding empty;

    public CaseListViewModel(CaseRepository repository, TaskRunner tasks, Consumer<String> onError) {
        this.repository = repository;
        this.tasks = tasks;
        this.onError = onError;
        search.addListener(o -> refilter());
        statusFilter.addListener(o -> refilter());
        empty = Bindings.createBooleanBinding(() -> loadedOnce.get() && all.isEmpty(), loadedOnce, all);
    }

    public void refresh() {
        loading.set(true);
        tasks.run("Loading cases", p -> repository.listCases(), list -> {
            all.setAll(list);
            loading.set(false);
            loadedOnce.set(true);
        }, e -> {
            loading.set(false);
            onError.accept("Could not load the saved cases: " + ErrorMessages.sentence(e));
        });
    }

    private void refilter() {
        visible.setPredicate(predicate(search.get(), statusFilter.get()));
    }

    static Predicate<CaseSummary> predicate(String text, CaseStatus status) {
        String q = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return c -> (status == null || c.status() == status)
                && (q.isEmpty() || haystack(c).contains(q));
    }

    private static String haystack(CaseSummary c) {
        return String.join(" ", c.title() == null ? "" : c.title(), c.id() == null ? "" : c.id(),
                c.status() == null ? "" : org.collabrisk.app.CaseRepository.Decision.label(c.status()),
                c.overall() == null ? "" : c.overall().shortLabel() + " " + c.overall().name())
                .toLowerCase(Locale.ROOT);
    }

    public ObservableList<CaseSummary> all() {
        return all;
    }

    public FilteredList<CaseSummary> visible() {
        return visible;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<CaseStatus> statusFilterProperty() {
        return statusFilter;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** True once the list has loaded and there is no case yet: the welcome screen shows instead of the table. */
    public BooleanBinding emptyProperty() {
        return empty;
    }
}
