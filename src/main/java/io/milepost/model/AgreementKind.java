package io.milepost.model;

/** The legal weight of a signed document. */
public enum AgreementKind {
    MOU, AGREEMENT, PROTOCOL, TREATY, PROGRAMME
}
