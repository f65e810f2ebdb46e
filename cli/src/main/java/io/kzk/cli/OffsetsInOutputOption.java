package io.kzk.cli;

/** A command that reads kcat's offsets from -o (kzk consume), besides an output format. */
public interface OffsetsInOutputOption {
}
