package org.husnu.symposium.core.reviews;

/**
 * What a reviewer recommends the chairs decide.
 */
public enum Recommendation {

	ACCEPT_ORAL, ACCEPT_POSTER, REJECT

}
