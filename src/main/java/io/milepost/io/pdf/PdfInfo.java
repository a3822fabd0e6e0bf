package io.milepost.io.pdf;

/**
 * What a PDF says about itself in its document information: shown by viewers and found by search.
 *
 * @param author the planner or ministry; may be empty
 */
public record PdfInfo(String title, String author, String subject) {

    public PdfInfo {
        title = title == null ? "" : title;
        author = author == null ? "" : author;
        subject = subject == null ? "" : subject;
    }
}
