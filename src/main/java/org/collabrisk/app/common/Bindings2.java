package org.collabrisk.app.common;

import javafx.beans.property.Property;

import java.util.ArrayList;
import java.util.List;

/**
 * Bidirectional bindings of a form to whichever row is selected, undone together when the selection changes
 * (house style: whatever registers a listener also removes it).
 */
public final class Bindings2 {
    private final List<Runnable> undo = new ArrayList<>();

    public <T> void bind(Property<T> control, Property<T> model) {
        control.bindBidirectional(model);
        undo.add(() -> control.unbindBidirectional(model));
    }

    public void onUnbind(Runnable r) {
        undo.add(r);
    }

    public void unbindAll() {
        undo.forEach(Runnable::run);
        undo.clear();
    }
}
