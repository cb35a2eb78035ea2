package org.husnu.symposium.review.reviewers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.institutions.EmailAddresses;
import org.husnu.symposium.core.reviewers.ArchiveLines;
import org.husnu.symposium.core.reviewers.OwnPaper;
import org.husnu.symposium.core.reviewers.ReviewerPapers;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.problems.ConflictException;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.review.affinity.AnalysedTexts;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Reviewers' archives of own papers: a reviewer adds (pasted or as JSON Lines) and
 * removes their own, chairs read anyone's and import archives for many reviewers at once.
 * Every upload is read whole before anything is stored, so a bad line stores nothing.
 */
@Service
public class ReviewerArchiveService {

	private final ReviewerArchiveRepository archives;

	private final ReviewerProfileRepository profiles;

	private final AuditLog audit;

	private final AnalysedTexts texts;

	private final Clock clock;

	ReviewerArchiveService(ReviewerArchiveRepository archives, ReviewerProfileRepository profiles, AuditLog audit,
			AnalysedTexts texts, Clock clock) {
		this.archives = archives;
		this.profiles = profiles;
		this.audit = audit;
		this.texts = texts;
		this.clock = clock;
	}

	/**
	 * A reviewer's archive.
	 * @param actor who asks: the reviewer or a chair
	 * @param reviewer whose archive
	 * @return the archive, empty if none is stored
	 */
	ArchiveView archive(Actor actor, UUID reviewer) {
		AccessPolicy.requireKeepReviewerArchive(actor, reviewer);
		if (!reviewer.equals(actor.accountId())) {
			requireInPool(reviewer);
		}
		return ArchiveView.of(stored(reviewer));
	}

	/**
	 * Adds one paper, as pasted.
	 * @param actor the reviewer
	 * @param title the title
	 * @param text the abstract
	 * @return the archive
	 */
	ArchiveView add(Actor actor, String title, String text) {
		AccessPolicy.requireKeepReviewerProfile(actor);
		OwnPaper paper = OwnPaper.of(title, text, "manual", this.clock.instant());
		return ArchiveView.of(change(actor, actor.accountId(), List.of(paper), "reviewer.archive.added"));
	}

	/**
	 * Adds the papers of a JSON Lines text.
	 * @param actor the reviewer
	 * @param jsonLines the uploaded text
	 * @return the archive
	 */
	ArchiveView upload(Actor actor, String jsonLines) {
		AccessPolicy.requireKeepReviewerProfile(actor);
		List<OwnPaper> papers = ArchiveLines.read(jsonLines, "upload", this.clock.instant(), false)
			.stream()
			.map(ArchiveLines.Line::paper)
			.toList();
		return ArchiveView.of(change(actor, actor.accountId(), papers, "reviewer.archive.uploaded"));
	}

	/**
	 * Removes a paper.
	 * @param actor the reviewer or a chair
	 * @param reviewer whose archive
	 * @param paperId the paper
	 * @return the archive
	 */
	ArchiveView remove(Actor actor, UUID reviewer, String paperId) {
		AccessPolicy.requireKeepReviewerArchive(actor, reviewer);
		ReviewerPapers current = stored(reviewer);
		if (current.papers().stream().noneMatch((paper) -> paper.id().equals(paperId))) {
			throw new NotFoundException("There is no paper " + paperId + " in this archive; reload the list");
		}
		ReviewerPapers changed = save(current.without(paperId));
		this.audit.record(actor, "reviewer.archive.removed", reviewer.toString(), Map.of("paper", paperId));
		return ArchiveView.of(changed);
	}

	/**
	 * Imports archives for many reviewers: JSON Lines where every line names its reviewer
	 * by {@code email}. Every address must belong to the pool and no archive may grow
	 * beyond its bound; otherwise nothing is stored.
	 * @param actor the chair
	 * @param jsonLines the uploaded text
	 * @return per reviewer address, the number of papers their archive holds now
	 */
	ImportResult importArchives(Actor actor, String jsonLines) {
		AccessPolicy.requireManageReviewers(actor);
		List<ArchiveLines.Line> lines = ArchiveLines.read(jsonLines, "import", this.clock.instant(), true);
		Map<String, UUID> reviewerIds = new HashMap<>();
		for (ReviewerProfile profile : this.profiles.findAllByOrderByEmailAsc()) {
			reviewerIds.put(profile.email(), profile.accountId());
		}
		Map<String, List<OwnPaper>> byEmail = new LinkedHashMap<>();
		List<String> unknown = new ArrayList<>();
		for (ArchiveLines.Line line : lines) {
			String email = EmailAddresses.normalize(line.reviewer());
			if (!reviewerIds.containsKey(email) && !unknown.contains(email)) {
				unknown.add(email);
			}
			byEmail.computeIfAbsent(email, (e) -> new ArrayList<>()).add(line.paper());
		}
		DomainRuleException.require(unknown.isEmpty(), "archive.import.unknown-reviewer",
				"Not in the reviewer pool: " + String.join(", ", unknown)
						+ "; invite them first or correct the addresses, then import again (nothing was stored)");
		List<ReviewerPapers> changed = new ArrayList<>();
		for (Map.Entry<String, List<OwnPaper>> entry : byEmail.entrySet()) {
			try {
				changed.add(stored(reviewerIds.get(entry.getKey())).with(entry.getValue()));
			}
			catch (DomainRuleException ex) {
				throw new DomainRuleException(ex.code(),
						entry.getKey() + ": " + ex.getMessage() + " (nothing was stored)");
			}
		}
		Map<String, Integer> papers = new LinkedHashMap<>();
		int i = 0;
		for (Map.Entry<String, List<OwnPaper>> entry : byEmail.entrySet()) {
			ReviewerPapers saved = save(changed.get(i++));
			papers.put(entry.getKey(), saved.papers().size());
		}
		this.audit.record(actor, "reviewer.archive.imported", "reviewer_archives",
				Map.of("reviewers", Integer.toString(papers.size()), "papers", Integer.toString(lines.size())));
		return new ImportResult(lines.size(), papers);
	}

	/**
	 * How many papers each reviewer's archive holds, for the pool page.
	 * @param actor the chair
	 * @return papers per reviewer id (reviewers without an archive left out)
	 */
	Map<UUID, Integer> paperCounts(Actor actor) {
		AccessPolicy.requireManageReviewers(actor);
		Map<UUID, Integer> counts = new HashMap<>();
		for (ReviewerPapers archive : this.archives.findAll()) {
			counts.put(archive.accountId(), archive.papers().size());
		}
		return counts;
	}

	/**
	 * The stored archive of a reviewer, empty if none.
	 * @param reviewer the reviewer
	 * @return the archive
	 */
	public ReviewerPapers stored(UUID reviewer) {
		return this.archives.findById(reviewer).orElseGet(() -> ReviewerPapers.empty(reviewer));
	}

	/**
	 * Every stored archive (for the affinity of the assignment).
	 * @return the archives
	 */
	public List<ReviewerPapers> all() {
		return this.archives.findAll();
	}

	private ReviewerPapers change(Actor actor, UUID reviewer, List<OwnPaper> added, String action) {
		ReviewerPapers changed = save(stored(reviewer).with(added));
		this.audit.record(actor, action, reviewer.toString(), Map.of("papers", Integer.toString(added.size())));
		return changed;
	}

	private ReviewerPapers save(ReviewerPapers archive) {
		try {
			ReviewerPapers saved = this.archives.save(archive);
			// analysed now, so that the next proposal finds the texts ready
			for (OwnPaper paper : saved.papers()) {
				this.texts.text(paper.title());
				this.texts.text(paper.text());
			}
			return saved;
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ConflictException("The papers were changed meanwhile; reload the list and try again");
		}
	}

	private void requireInPool(UUID reviewer) {
		if (this.profiles.findById(reviewer).isEmpty()) {
			throw new NotFoundException("There is no reviewer " + reviewer + " in the pool");
		}
	}

	/**
	 * What an import stored.
	 *
	 * @param papers the papers read
	 * @param reviewers per reviewer address, how many papers their archive holds now
	 */
	record ImportResult(int papers, Map<String, Integer> reviewers) {
	}

}
