package io.milepost.app.merge;

/** Which copy a conflict is settled for: this document's ("ours") or the imported one ("theirs"). */
public enum Side {
    OURS, THEIRS
}
