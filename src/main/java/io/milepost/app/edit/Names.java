package io.milepost.app.edit;

import io.milepost.i18n.Messages;
import io.milepost.model.Milestone;
import io.milepost.model.PlanDate;

/** How an edit names its item: the title, cut short enough for a menu item ("Undo Rename 'Joint training of…'"). */
public final class Names {

    private static final int TITLE_LENGTH = 48;

    private Names() {
    }

    /** A title short enough for a menu item. */
    public static String title(Milestone m) {
        return shortened(m.title());
    }

    /** A date as the window's language writes it: "Q3 2025" / "III кв. 2025". */
    public static String date(PlanDate date) {
        return date.label(Messages.ui().locale());
    }

    public static String shortened(String title) {
        String t = title.strip();
        if (t.length() <= TITLE_LENGTH) {
            return t;
        }
        String cut = t.substring(0, TITLE_LENGTH - 1);
        int space = cut.lastIndexOf(' ');
        return (space > TITLE_LENGTH / 2 ? cut.substring(0, space) : cut).strip() + "…";
    }
}
