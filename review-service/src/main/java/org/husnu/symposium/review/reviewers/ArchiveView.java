package org.husnu.symposium.review.reviewers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.husnu.symposium.core.reviewers.OwnPaper;
import org.husnu.symposium.core.reviewers.ReviewerPapers;

/**
 * A reviewer's archive as the API and the pages show it.
 *
 * @param reviewer the reviewer's id
 * @param papers the papers, in the order they were added
 * @param maxPapers most papers an archive holds
 * @param version the archive's version ({@code null} before the first paper)
 */
record ArchiveView(UUID reviewer, List<PaperView> papers, int maxPapers, Long version) {

	static ArchiveView of(ReviewerPapers archive) {
		return new ArchiveView(archive.accountId(), archive.papers().stream().map(PaperView::of).toList(),
				ReviewerPapers.MAX_PAPERS, archive.version());
	}

	/**
	 * One paper.
	 *
	 * @param id its id
	 * @param title its title
	 * @param abstractText its abstract (JSON {@code abstract})
	 * @param source {@code manual}, {@code upload} or {@code import}
	 * @param addedAt when it was added
	 */
	record PaperView(String id, String title, @JsonProperty("abstract") String abstractText, String source,
			Instant addedAt) {

		static PaperView of(OwnPaper paper) {
			return new PaperView(paper.id(), paper.title(), paper.text(), paper.source(), paper.addedAt());
		}

	}

}
