package io.milepost.io.mpxj;

import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import java.time.LocalDate;
import org.mpxj.Task;

/**
 * Reads back what {@link MspdiWriter} keeps in task text fields, for a plan that went out of Milepost through MS
 * Project and came back: lead agencies, outcome, remarks, status, kind and the dates as the plan wrote them (used
 * only where they still agree with the task's dates, so a task moved in MS Project keeps its new days).
 */
final class MilepostFields {

    private MilepostFields() {
    }

    static void apply(Task t, io.milepost.model.Milestone.Builder b, LocalDate first, LocalDate last) {
        b.leadAgencyA(text(t, MspdiFields.LEAD_AGENCY_A)).leadAgencyB(text(t, MspdiFields.LEAD_AGENCY_B))
                .expectedOutcome(text(t, MspdiFields.EXPECTED_OUTCOME)).remarks(text(t, MspdiFields.REMARKS))
                .titleAlt(text(t, MspdiFields.TITLE_ALT));
        String status = text(t, MspdiFields.STATUS);
        if (status != null) {
            try {
                b.status(MilestoneStatus.valueOf(status));
            } catch (IllegalArgumentException ignored) {
                // a status typed in MS Project that Milepost does not know: the one from percent complete stays
            }
        }
        String kind = text(t, MspdiFields.KIND);
        if (kind != null) {
            try {
                b.kind(MilestoneKind.valueOf(kind));
            } catch (IllegalArgumentException ignored) {
                // as above: the kind from the task's duration stays
            }
        }
        PlanDate start = date(text(t, MspdiFields.START_AS_WRITTEN));
        if (start != null && start.firstDay().equals(first)) {
            b.start(start);
        }
        String endText = text(t, MspdiFields.END_AS_WRITTEN);
        if ("continuous".equals(endText)) {
            b.ongoing(true).end(null);
            return;
        }
        PlanDate end = date(endText);
        if (end != null && end.lastDay().equals(last)) {
            b.end(end);
        } else if (endText == null && start != null && start.firstDay().equals(first)
                && (start.lastDay().equals(last) || start.firstDay().equals(last))) {
            b.end(null);
        }
    }

    private static String text(Task t, MspdiFields f) {
        String v = t.getText(f.textNumber());
        return v == null || v.isEmpty() ? null : v;
    }

    private static PlanDate date(String code) {
        if (code == null) {
            return null;
        }
        try {
            return PlanDate.parse(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
