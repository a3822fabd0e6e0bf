package io.milepost.model;

/** The path of a document from memorandum to law. */
public enum AgreementStatus {
    SIGNED_MOU, BEING_FORMALISED, AGREEMENT_SIGNED, IN_FORCE
}
