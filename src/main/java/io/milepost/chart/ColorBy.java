package io.milepost.chart;

/** What a bar's colour tells: where the item stands, or which workstream it belongs to. */
public enum ColorBy {
    STATUS, SECTOR
}
