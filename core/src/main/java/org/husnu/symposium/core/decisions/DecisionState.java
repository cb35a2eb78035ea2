package org.husnu.symposium.core.decisions;

/**
 * Decisions are held (visible to chairs only) until the chairs release them to the
 * authors.
 */
public enum DecisionState {

	HELD, RELEASED

}
