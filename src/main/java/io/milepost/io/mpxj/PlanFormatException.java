package io.milepost.io.mpxj;

/** A plan file that cannot be imported; the message names the file and, where known, the line and the problem. */
public final class PlanFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public PlanFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
