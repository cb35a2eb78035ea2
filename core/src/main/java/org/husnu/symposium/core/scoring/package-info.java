/**
 * Scores of abstracts from their submitted reviews: a pure function from the review form
 * in force and the reviews to means, median, confidence-weighted and per-reviewer
 * normalised scores ({@link org.husnu.symposium.core.scoring.Scoring}); the formulas are
 * in {@code docs/scoring.md}.
 */
package org.husnu.symposium.core.scoring;
