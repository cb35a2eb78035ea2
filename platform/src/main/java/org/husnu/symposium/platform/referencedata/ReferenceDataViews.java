package org.husnu.symposium.platform.referencedata;

import java.util.List;

/**
 * The public JSON forms of reference data.
 */
final class ReferenceDataViews {

	private ReferenceDataViews() {
	}

	/**
	 * A name in the three languages of the event.
	 *
	 * @param en English
	 * @param ja Japanese
	 * @param ko Korean
	 */
	record Names(String en, String ja, String ko) {
	}

	/**
	 * A topic area.
	 *
	 * @param code stable code, used in abstracts
	 * @param names names per language
	 * @param mhlwPriority whether it is one of the six MHLW AI priority areas
	 * @param order position in lists
	 * @param active whether new abstracts may choose it
	 */
	record TopicAreaView(String code, Names names, boolean mhlwPriority, int order, boolean active) {
	}

	/**
	 * An institution.
	 *
	 * @param code stable code
	 * @param names names per language
	 * @param emailDomains verified mail domains (subdomains included)
	 */
	record InstitutionView(String code, Names names, List<String> emailDomains) {
	}

}
