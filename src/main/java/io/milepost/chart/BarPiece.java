package io.milepost.chart;

/**
 * One horizontal span of a bar's fill, full bar height: the bar is drawn as its pieces, left to right, so a soft
 * (period-dated) end fades out in steps and the done part is the bar's left part.
 *
 * @param done  part of the done (percent complete) span, drawn darker
 * @param fade  multiplies the colour's alpha: 1 on the solid part, less on the steps of a soft end
 */
public record BarPiece(double x, double width, boolean done, double fade) {
}
