package org.husnu.symposium.core.abstracts;

/**
 * How the authors would like to present.
 */
public enum PresentationPreference {

	ORAL, POSTER, EITHER

}
