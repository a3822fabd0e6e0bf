package io.milepost.io.mpxj;

import org.mpxj.FieldType;
import org.mpxj.TaskField;

/**
 * Where a Milepost milestone's fields that MS Project has no field for are kept in MS Project XML: task text fields
 * with aliases a planner reads in MS Project's columns, read back by the importer so that a plan sent through MS
 * Project keeps its lead agencies and its dates as written.
 */
enum MspdiFields {
    LEAD_AGENCY_A(TaskField.TEXT1, "Lead agency (%s)"),
    LEAD_AGENCY_B(TaskField.TEXT2, "Lead agency (%s)"),
    EXPECTED_OUTCOME(TaskField.TEXT3, "Expected outcome"),
    START_AS_WRITTEN(TaskField.TEXT4, "Start as written"),
    END_AS_WRITTEN(TaskField.TEXT5, "End as written"),
    STATUS(TaskField.TEXT6, "Status"),
    KIND(TaskField.TEXT7, "Kind"),
    REMARKS(TaskField.TEXT8, "Remarks"),
    TITLE_ALT(TaskField.TEXT9, "Title (second language)");

    final FieldType field;
    final String alias;

    MspdiFields(FieldType field, String alias) {
        this.field = field;
        this.alias = alias;
    }

    /** The field's number in {@code Task.getText(int)}, from 1. */
    int textNumber() {
        return ordinal() + 1;
    }
}
