package org.husnu.symposium.review.rankings;

import java.util.UUID;

import org.husnu.symposium.core.abstracts.PresentationPreference;

/**
 * What the ranking needs of an abstract, read without its text, authors' names or PDFs.
 *
 * @param id the abstract's id
 * @param number its number
 * @param title its title
 * @param topic its primary topic area code
 * @param institution the presenting author's institution code
 * @param presentation the presentation preference
 * @param studentPresenter whether the presenter is a student
 */
record RankedAbstract(UUID id, String number, String title, String topic, String institution,
		PresentationPreference presentation, boolean studentPresenter) {

}
