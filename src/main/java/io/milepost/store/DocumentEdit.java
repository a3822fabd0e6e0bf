package io.milepost.store;

/**
 * Several changes to a document made as one transaction: they are all saved, or, when {@link #apply} throws, none
 * of them is.
 */
@FunctionalInterface
public interface DocumentEdit {
    void apply(DocumentWriter w) throws DocumentException;
}
