package io.milepost.ui.details;

import java.util.UUID;

/** An entry of a choice box of items named by id (a sector, a commission, a predecessor); {@code id == null}: none. */
record Choice(UUID id, String name) {

    static final Choice NONE = new Choice(null, "—");

    @Override
    public String toString() {
        return name;
    }
}
