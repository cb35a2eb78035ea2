package org.husnu.symposium.submission.abstracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.PresentationPreference;
import org.husnu.symposium.core.decisions.AuthorComments;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.submission.pdf.PdfCheckMessages.CheckView;

/**
 * An abstract as the API and the pages show it to one reader.
 *
 * @param id stable id
 * @param number human-readable number, e.g. {@code A-007}
 * @param status lifecycle status
 * @param version the version to send back with an edit
 * @param title title
 * @param authors authors in byline order; empty when hidden
 * @param authorsHidden whether the reader may not see who wrote it (blind review)
 * @param primaryTopic primary topic area code
 * @param secondaryTopics further topic area codes
 * @param keywords keywords
 * @param presentation presentation preference
 * @param studentPresenter whether the presenting author is a student
 * @param text the plain-text abstract
 * @param words its word count
 * @param institution the presenting author's institution; {@code null} when hidden
 * @param createdAt created
 * @param updatedAt last changed
 * @param submittedAt submitted, {@code null} for drafts
 * @param pdf the current PDF, {@code null} before the first upload
 * @param pdfVersions how many versions were uploaded
 * @param declaredConflicts the reviewers the authors declared a conflict with; only for
 * its authors and chairs, empty for anyone else
 * @param permissions what the reader may do now
 * @param decision the released decision with the comments to the authors, only for its
 * authors and chairs; {@code null} before release, whether or not a decision is held
 */
record AbstractView(UUID id, String number, AbstractStatus status, long version, String title, List<AuthorView> authors,
		boolean authorsHidden, String primaryTopic, List<String> secondaryTopics, List<String> keywords,
		PresentationPreference presentation, boolean studentPresenter, String text, int words, String institution,
		Instant createdAt, Instant updatedAt, Instant submittedAt, PdfView pdf, int pdfVersions,
		List<ConflictView> declaredConflicts, Permissions permissions, DecisionView decision) {

	/**
	 * One author.
	 *
	 * @param name full name
	 * @param affiliation department, lab or hospital
	 * @param institution institution code
	 * @param email address
	 * @param presenting whether this author gives the talk
	 */
	record AuthorView(String name, String affiliation, String institution, String email, boolean presenting) {
	}

	/**
	 * The current PDF.
	 *
	 * @param version version number
	 * @param fileName the uploaded file's name; {@code null} unless the reader is one of
	 * its authors or a chair (file names often name their author)
	 * @param size bytes
	 * @param sha256 SHA-256
	 * @param pages page count
	 * @param words word count
	 * @param uploadedAt when
	 * @param checks what the checks reported (warnings)
	 * @param downloadUrl where to download it
	 * @param previewUrl where page 1 is shown as an image
	 */
	record PdfView(int version, String fileName, long size, String sha256, int pages, int words, Instant uploadedAt,
			List<CheckView> checks, String downloadUrl, String previewUrl) {
	}

	/**
	 * A reviewer the authors declared a conflict with.
	 *
	 * @param reviewer the reviewer's id
	 * @param name the reviewer's name, {@code null} if no longer in the pool
	 * @param institution the reviewer's institution code
	 * @param reason why, as the authors wrote it
	 */
	record ConflictView(UUID reviewer, String name, String institution, String reason) {
	}

	/**
	 * What the reader may do with the abstract now.
	 *
	 * @param edit change fields and upload a PDF
	 * @param submit submit it
	 * @param withdraw withdraw it
	 */
	record Permissions(boolean edit, boolean submit, boolean withdraw) {
	}

	/**
	 * A released decision as its authors see it.
	 *
	 * @param outcome accept oral, accept poster or reject
	 * @param releasedAt when the chairs released it
	 * @param commentsToAuthors the reviewers' comments to the authors, as "Reviewer 1"…;
	 * never the comments for the chairs, never a reviewer's name
	 */
	record DecisionView(DecisionOutcome outcome, Instant releasedAt, List<AuthorComments.Comment> commentsToAuthors) {
	}

}
