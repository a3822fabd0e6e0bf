package io.milepost.i18n;

import java.util.Map;

/**
 * A value of one of the domain's enums in the window's words, wherever a value is shown whatever its type (a change
 * set's "old → new"): "В работе", not IN_PROGRESS. The bundles' prefix for each enum, by its simple name (this package
 * knows nothing of the model); an enum without words shows its constant.
 */
public final class EnumWords {

    private static final Map<String, String> PREFIX = Map.of(
            "MilestoneStatus", "status",
            "MilestoneKind", "kind",
            "AgreementStatus", "agreementStatus",
            "AgreementKind", "agreementKind",
            "CommissionKind", "commissionKind",
            "DependencyType", "dependency");

    private EnumWords() {
    }

    public static String of(Enum<?> value) {
        String prefix = PREFIX.get(value.getDeclaringClass().getSimpleName());
        Messages words = Messages.ui();
        return prefix != null && words.has(prefix + "." + value.name()) ? words.of(prefix, value) : value.name();
    }
}
