package org.husnu.symposium.submission.abstracts;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.PresentationPreference;

/**
 * An abstract as authors send it, for creating a draft and for every later edit. Limits
 * the chairs set (words, keywords, secondary topics) are checked against the event
 * settings by {@link AbstractService}.
 *
 * @param title the title
 * @param authors authors in byline order, exactly one presenting
 * @param primaryTopic primary topic area code
 * @param secondaryTopics further topic area codes
 * @param keywords keywords
 * @param presentation oral, poster or either
 * @param studentPresenter whether the presenting author is a student
 * @param text the plain-text abstract
 * @param version on edits: the version the author loaded, so concurrent edits are
 * detected; ignored on create
 */
public record AbstractRequest(@NotBlank @Size(max = AbstractSubmission.MAX_TITLE_LENGTH) String title,
		@NotEmpty @Size(max = AbstractSubmission.MAX_AUTHORS) List<@NotNull @Valid AuthorRequest> authors,
		@NotBlank @Size(max = 60) String primaryTopic,
		@Size(max = MAX_SECONDARY_TOPICS) List<@Size(max = 60) String> secondaryTopics,
		@Size(max = MAX_KEYWORDS) List<@Size(max = 60) String> keywords, PresentationPreference presentation,
		Boolean studentPresenter, @Size(max = 30000) String text, Long version) {

	/**
	 * Most secondary topics a request may carry, whatever the settings allow
	 * ({@link org.husnu.symposium.core.event.SubmissionLimits} caps the setting at 10),
	 * so a long list is refused before any work is done.
	 */
	public static final int MAX_SECONDARY_TOPICS = 10;

	/** Most keywords a request may carry (the settings' ceiling is 50). */
	public static final int MAX_KEYWORDS = 50;

	public AbstractRequest {
		// optional in JSON; Jackson 3 refuses a missing primitive, so these are boxed
		studentPresenter = Boolean.TRUE.equals(studentPresenter);
	}

	/**
	 * One author.
	 *
	 * @param name full name
	 * @param affiliation department, lab or hospital
	 * @param institution institution code, e.g. {@code HU}
	 * @param email e-mail address
	 * @param presenting whether this author gives the talk
	 */
	public record AuthorRequest(@NotBlank @Size(max = 200) String name, @Size(max = 300) String affiliation,
			@NotBlank @Size(max = 20) String institution, @NotBlank @Size(max = 254) String email, boolean presenting) {
	}

}
