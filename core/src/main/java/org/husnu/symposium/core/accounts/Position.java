package org.husnu.symposium.core.accounts;

/**
 * A member's position at their institution; students get dedicated program slots.
 */
public enum Position {

	FACULTY, STUDENT, STAFF

}
