package io.github.shouldirust.core;

/**
 * One allowed answer to a question.
 *
 * @param exclusive true for answers such as "none" that cannot be combined with others
 */
public record Choice(String value, String label, boolean exclusive) {}
